package ai.domainassist.retrieval.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.internal.ingest.PdfParagraphs.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParagraphsTest {
    // 12-point text: 12 units a character, lines 18 apart, full lines 30 characters wide (60..420).
    private static Line line(String text, float x0, float y, int page) {
        return new Line(text, x0, x0 + 12 * text.length(), y, text.length(), page);
    }

    @Test
    void indentShortLinesGapsAndNumbersStartParagraphs() {
        String full = "一".repeat(30);
        List<Line> lines = List.of(
                line("甲".repeat(28), 84, 100, 1),     // indented first line
                line(full, 60, 118, 1),
                line("乙".repeat(10), 60, 136, 1),     // ends short
                line(full, 60, 154, 1),                // after a short line: new paragraph
                line(full, 60, 200, 1),                // wide gap: new paragraph
                line("第三条" + "丙".repeat(27), 60, 218, 1), // a numbered clause
                line(full, 60, 60, 2),                 // continues across the page
                line("丁".repeat(5), 60, 78, 2));
        List<String> paragraphs = PdfParagraphs.group(lines);
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(0)).isEqualTo("甲".repeat(28) + "\n" + full + "\n" + "乙".repeat(10));
        assertThat(paragraphs.get(1)).isEqualTo(full);
        assertThat(paragraphs.get(2)).isEqualTo(full);
        assertThat(paragraphs.get(3)).isEqualTo("第三条" + "丙".repeat(27) + "\n" + full + "\n" + "丁".repeat(5));
    }

    @Test
    void noLinesNoParagraphs() {
        assertThat(PdfParagraphs.group(List.of())).isEmpty();
    }
}
