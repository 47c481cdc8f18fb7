package ai.domainassist.medical.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an utterance into clauses at {@code ，。！？；} (and ASCII forms), line breaks and
 * colons. Unlike {@code core.text.Sentences#clauses} it does not split at the enumeration comma
 * {@code 、}, because a negation covers a list ({@code 没有发烧、咳嗽}). Stateless and thread-safe.
 */
public final class Clauses {
    private static final String MARKS = "，。！？；,.!?;:：\n\r…~～";

    private Clauses() {
    }

    /**
     * A clause span.
     *
     * @param start first character
     * @param end one past the last
     */
    public record Span(int start, int end) {
        /**
         * @param i a position
         * @return whether it is inside
         */
        public boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    /**
     * Splits a text; punctuation is left out of the spans, empty clauses are dropped.
     *
     * @param s the text
     * @return the clauses in order
     */
    public static List<Span> split(String s) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || MARKS.indexOf(s.charAt(i)) >= 0 && !decimalPoint(s, i)) {
                int a = start;
                int b = i;
                while (a < b && Character.isWhitespace(s.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new Span(a, b));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean decimalPoint(String s, int i) {
        char c = s.charAt(i);
        return (c == '.' || c == ':') && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * The clause that contains a position.
     *
     * @param clauses the clauses
     * @param pos the position
     * @return the clause's index, or -1
     */
    public static int indexOf(List<Span> clauses, int pos) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).contains(pos)) {
                return i;
            }
        }
        return -1;
    }
}
