package ai.domainassist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsKeepingOffsets() {
        String text = "  咳嗽三天。有没有发烧？\n没有！他说：“好。”然后走了";
        List<Sentences.Span> spans = Sentences.split(text);
        assertThat(spans).extracting(Sentences.Span::text)
                .containsExactly("咳嗽三天。", "有没有发烧？", "没有！", "他说：“好。”", "然后走了");
        for (Sentences.Span s : spans) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void clausesAlsoSplitAtCommas() {
        assertThat(Sentences.clauses("咳嗽，咳痰、发热：无。")).extracting(Sentences.Span::text)
                .containsExactly("咳嗽，", "咳痰、", "发热：", "无。");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(Sentences.split(" \n ")).isEmpty();
    }
}
