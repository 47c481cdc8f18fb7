package ai.domainassist.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese (and mixed) text into sentences and clauses, keeping character offsets.
 *
 * <p>Stateless and thread-safe.
 */
public final class Sentences {
    private Sentences() {
    }

    /**
     * A span of text.
     *
     * @param text the span's text, trimmed of surrounding whitespace
     * @param start the start of the trimmed span in the original
     * @param end its end (exclusive)
     */
    public record Span(String text, int start, int end) {
    }

    /**
     * Splits at sentence ends: 。！？ and their ASCII forms, ；… and line breaks. A closing quote or
     * bracket right after the end mark stays with the sentence. Empty pieces are dropped.
     *
     * @param text the text
     * @return the sentences in order
     */
    public static List<Span> split(String text) {
        return splitAt(text, "。！？!?；;…\n");
    }

    /**
     * Splits at clause ends: everything {@link #split(String)} splits at, plus ，、：, and ASCII {@code ,:}.
     *
     * @param text the text
     * @return the clauses in order
     */
    public static List<Span> clauses(String text) {
        return splitAt(text, "。！？!?；;…\n，,、：:");
    }

    private static List<Span> splitAt(String text, String marks) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (marks.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (marks.indexOf(text.charAt(end)) >= 0 && text.charAt(end) != '\n'
                        || "”’」』）)】〕".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(text.substring(s, e), s, e));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
