package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpertDictionaryTest {

    @Test
    void findsVariantsAndForbiddenTermsWithTheirReplacements() {
        List<ExpertDictionary.Match> m = ExpertDictionary.standard().find("请报送截止到上月底的情况及其它问题，不要拍脑袋。");
        assertThat(m).extracting(ExpertDictionary.Match::found, ExpertDictionary.Match::replacement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("截止到", "截至"), org.assertj.core.groups.Tuple.tuple("其它", "其他"),
                org.assertj.core.groups.Tuple.tuple("拍脑袋", "主观决策"));
    }

    @Test
    void usersMaintainTheirOwnFileAndItSurvivesSaving(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dict.tsv");
        Files.writeString(f, "# our terms\npreferred\t京津冀\t京津翼\t\nforbidden\t搞好\t做好\t少用口语\n");
        ExpertDictionary d = ExpertDictionary.load(f)
                .with(new ExpertDictionary.Entry(ExpertDictionary.Kind.STANDARD, "“一带一路”倡议", List.of("“一带一路”战略"), ""))
                .without("搞好");
        Path out = dir.resolve("saved.tsv");
        d.save(out);
        ExpertDictionary again = ExpertDictionary.load(out);
        assertThat(again.entries()).extracting(ExpertDictionary.Entry::term)
                .containsExactlyInAnyOrder("京津冀", "“一带一路”倡议");
        assertThat(again.find("推进京津翼协同")).hasSize(1);
    }

    @Test
    void aMalformedLineNamesTheEntry(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "preferred\t京津冀\t京津翼\nsuggested\t其他\t其它\n");
        assertThatThrownBy(() -> ExpertDictionary.load(f)).isInstanceOf(ExpertDictionary.DictionaryFormatException.class)
                .hasMessageContaining("entry 2").hasMessageContaining("suggested");
        Files.writeString(f, "preferred\t京津冀\n");
        assertThatThrownBy(() -> ExpertDictionary.load(f)).hasMessageContaining("needs at least one variant");
    }
}
