package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceHighlighterTest {

    private static String render(String text, SourceHighlighter.Mark... marks) {
        StringBuilder sb = new StringBuilder();
        SourceHighlighter.render(sb, text, List.of(marks));
        return sb.toString();
    }

    @Test
    void withoutSpansTheTextIsOnlyEscaped() {
        assertThat(render("a<b>c")).isEqualTo("a&lt;b&gt;c");
    }

    @Test
    void aSpanBecomesAnAnchorAndALinkedMark() {
        String html = render("我咳嗽三天了", new SourceHighlighter.Mark(1, 3, "ev-0", "#field-2", "字段: 主诉", 0));
        assertThat(html).isEqualTo("我<span class=\"anchor\" id=\"ev-0\"></span>"
                + "<mark class=\"hl\" data-spans=\"ev-0\" title=\"字段: 主诉\"><a href=\"#field-2\">咳嗽</a></mark>三天了");
    }

    @Test
    void nestedSpansAreCutAtEveryBoundaryAndTheInnerPieceLinksToTheShorterSpan() {
        String html = render("0123456789",
                new SourceHighlighter.Mark(2, 8, "ev-0", "#field-0", "outer", 0),
                new SourceHighlighter.Mark(4, 6, "ev-1", "#flag-0", "inner", 3));
        assertThat(html).isEqualTo("01<span class=\"anchor\" id=\"ev-0\"></span>"
                + "<mark class=\"hl\" data-spans=\"ev-0\" title=\"outer\"><a href=\"#field-0\">23</a></mark>"
                + "<span class=\"anchor\" id=\"ev-1\"></span>"
                + "<mark class=\"hl sev-error\" data-spans=\"ev-0 ev-1\" title=\"outer\ninner\"><a href=\"#flag-0\">45</a></mark>"
                + "<mark class=\"hl\" data-spans=\"ev-0\" title=\"outer\"><a href=\"#field-0\">67</a></mark>89");
    }

    @Test
    void theMostSevereFlagColoursASharedPiece() {
        String html = render("abcd",
                new SourceHighlighter.Mark(0, 4, "ev-0", "#flag-0", "w", 2),
                new SourceHighlighter.Mark(0, 4, "ev-1", "#flag-1", "i", 1));
        assertThat(html).contains("class=\"hl sev-warning\"").doesNotContain("sev-info");
    }

    @Test
    void titlesAndTextAreEscaped() {
        String html = render("<b>", new SourceHighlighter.Mark(0, 3, "ev-0", "#field-0", "\"><script>", 0));
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("title=\"&quot;&gt;&lt;script&gt;\"").contains("&lt;b&gt;");
    }

    @Test
    void aSpanPastTheTextIsRejected() {
        assertThatThrownBy(() -> render("abc", new SourceHighlighter.Mark(1, 4, "ev-0", "#f", "t", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ev-0");
    }

    @Test
    void anEmptySpanCannotBeMade() {
        assertThatThrownBy(() -> new SourceHighlighter.Mark(2, 2, "ev-0", "#f", "t", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
