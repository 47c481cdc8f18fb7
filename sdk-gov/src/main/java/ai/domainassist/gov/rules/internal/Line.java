package ai.domainassist.gov.rules.internal;

import ai.domainassist.gov.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text, trimmed of surrounding whitespace (spaces, ideographic spaces, tabs, CR) and
 * of a leading Markdown heading mark, with its span in the text. Immutable.
 *
 * @param text the trimmed text
 * @param start its start in the full text
 * @param end its end
 */
public record Line(String text, int start, int end) {

    /**
     * Splits a text into lines; blank lines are kept as empty lines so that gaps can be seen.
     *
     * @param text the text
     * @return the lines in order
     */
    public static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        int n = text.length();
        while (s <= n) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = n;
            }
            int a = s;
            int b = e;
            while (a < b && isSpace(text.charAt(a))) {
                a++;
            }
            if (a < b && text.charAt(a) == '#') {
                // a Markdown heading mark is layout, not text
                while (a < b && (text.charAt(a) == '#' || isSpace(text.charAt(a)))) {
                    a++;
                }
            }
            while (b > a && isSpace(text.charAt(b - 1))) {
                b--;
            }
            out.add(new Line(text.substring(a, b), a, b));
            s = e + 1;
        }
        return out;
    }

    /**
     * @param c a character
     * @return whether it is whitespace in the sense of this class
     */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00A0' || c == '\f';
    }

    /** @return whether the line is blank */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** @return the line as a span */
    public TextSpan span() {
        return new TextSpan(text, start, end);
    }
}
