package ai.domainassist.gov.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextExtractionTest {

    @Test
    void htmlBlocksBecomeLinesAndScriptsDisappear() {
        String t = TextExtraction.html("<html><script>var x=1;</script><h1>标题</h1><p>第一段&nbsp;内容</p><div>第二段</div></html>");
        assertThat(t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .containsExactly("标题", "第一段 内容", "第二段");
    }

    @Test
    void markdownMarksAreRemoved() {
        assertThat(TextExtraction.markdown("# 标题\n> 引文\n- **要点**\n")).isEqualTo("标题\n引文\n要点\n\n");
    }
}
