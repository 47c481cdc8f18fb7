package ai.domainassist.retrieval.internal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups PDF text lines into paragraphs by layout. A line starts a new paragraph when it is
 * indented (by position or by leading ideographic spaces), when the line before it ended short of
 * the right margin, when the gap above it is clearly wider than the usual line spacing, or when
 * it starts with a Chinese heading or item number ({@code 第三条}, {@code 一、}, {@code （1）},
 * {@code 2.4}). A paragraph may continue across a page break. Stateless.
 */
final class PdfParagraphs {
    private PdfParagraphs() {
    }

    /**
     * A text line.
     *
     * @param text the text
     * @param x0 where it starts
     * @param x1 where it ends
     * @param y its baseline, growing downwards
     * @param chars how many glyphs it has
     * @param page its page, from 1
     */
    record Line(String text, float x0, float x1, float y, int chars, int page) {
    }

    /**
     * @param lines the lines in reading order
     * @return the paragraphs, each with its lines separated by {@code \n}
     */
    static List<String> group(List<Line> lines) {
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float[] widths = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            left = Math.min(left, l.x0());
            right = Math.max(right, l.x1());
            widths[i] = (l.x1() - l.x0()) / Math.max(1, l.chars());
        }
        float em = Math.max(1f, median(widths));
        float gap = usualGap(lines);

        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        for (Line l : lines) {
            boolean start = previous == null
                    || l.text().startsWith("\u3000")
                    || l.x0() > left + 1.5f * em
                    || previous.x1() < right - 2f * em
                    || previous.page() == l.page() && gap > 0 && l.y() - previous.y() > 1.6f * gap
                    || Layout.startsWithChineseMarker(l.text().strip());
            if (start && paragraph.length() > 0) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (paragraph.length() > 0) {
                paragraph.append('\n');
            }
            paragraph.append(l.text());
            previous = l;
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        return out;
    }

    /** The median distance between consecutive lines of a page; 0 if there is none. */
    private static float usualGap(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            if (a.page() == b.page() && b.y() > a.y()) {
                gaps.add(b.y() - a.y());
            }
        }
        float[] g = new float[gaps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gaps.get(i);
        }
        return g.length == 0 ? 0 : median(g);
    }

    private static float median(float[] values) {
        float[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? 0 : v[v.length / 2];
    }
}
