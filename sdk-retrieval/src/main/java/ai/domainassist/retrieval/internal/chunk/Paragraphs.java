package ai.domainassist.retrieval.internal.chunk;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into paragraphs (non-blank lines) with trimmed spans. Stateless. */
final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * @param text the text
     * @return the {@code [start, end)} spans of its non-blank lines, trimmed of whitespace
     */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(text.charAt(i))) {
                int s = lineStart;
                int e = i;
                while (s < e && Heading.isSpace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Heading.isSpace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085';
    }

    /** A flattened table row: tab-separated cells, or a Markdown {@code |} row. */
    static boolean isTableRow(String paragraph) {
        return paragraph.indexOf('\t') >= 0 || paragraph.charAt(0) == '|';
    }
}
