package ai.domainassist.retrieval.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void wrappedLinesJoinWithoutSpacesBetweenChineseAndWithOneBetweenWords() {
        assertThat(Layout.joinLines("　　被保险人因意外\n伤害身故的，\r\n  我们给付保险金。")).isEqualTo("被保险人因意外伤害身故的，我们给付保险金。");
        assertThat(Layout.joinLines("the insured\nperson  dies")).isEqualTo("the insured person dies");
        assertThat(Layout.joinLines("第二章　责任免除")).as("a lone ideographic space is kept").isEqualTo("第二章　责任免除");
        assertThat(Layout.joinLines("a\t\tb\u00A0c")).isEqualTo("a b c");
    }

    @Test
    void headingsRowsAndParagraphs() {
        String text = new Layout().heading("保险责任", 2).heading("第三章 附则", 1).paragraph("  ")
                .row(List.of("等级", "比例\t（%）")).row(List.of("", " ")).paragraph("正文。").text();
        assertThat(text).isEqualTo("## 保险责任\n第三章 附则\n等级\t比例 （%）\n正文。");
    }
}
