package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerLexiconTest {
    @Test
    void theShippedLexiconKnowsQuestionWordsAndAFileAddsDomainWords(@TempDir Path dir) throws Exception {
        AnswerLexicon standard = AnswerLexicon.standard();
        assertThat(standard.isStopWord("什么")).isTrue();
        assertThat(standard.isStopWord("收费")).isFalse();
        Path file = dir.resolve("words.tsv");
        Files.writeString(file, "# our words\ngeneric\t保险\nsynonym\t保险公司\t我们,本公司\n");
        AnswerLexicon ours = standard.with(AnswerLexicon.load(file));
        assertThat(ours.isGeneric("保险")).isTrue();
        assertThat(ours.synonyms("保险公司")).containsExactlyInAnyOrder("我们", "本公司");
        assertThat(ours.synonyms("我们")).as("a synonym goes from the asker's word to the sources' forms").isEmpty();
        assertThat(ours.isStopWord("什么")).isTrue();
    }

    @Test
    void aMalformedLineIsATypedErrorNamingTheLine() {
        assertThatThrownBy(() -> AnswerLexicon.read(new StringReader("stop\t的\nverb\t跑\n"), "mine.tsv"))
                .isInstanceOf(AnswerLexicon.LexiconFormatException.class).hasMessageContaining("mine.tsv, line 2");
        assertThatThrownBy(() -> AnswerLexicon.read(new StringReader("synonym\t保险公司\n"), "mine.tsv"))
                .isInstanceOf(AnswerLexicon.LexiconFormatException.class).hasMessageContaining("other forms");
        assertThatThrownBy(() -> AnswerLexicon.resource(AnswerLexiconTest.class, "/no/such.tsv"))
                .isInstanceOf(AnswerLexicon.LexiconFormatException.class).hasMessageContaining("missing resource");
    }
}
