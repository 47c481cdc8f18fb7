package ai.domainassist.core.report.internal;

/**
 * Escapes text for HTML. Every character of user data (source texts, values, messages, field
 * paths, titles) reaches the page through this class, so a source that contains {@code <script>}
 * shows as text and never runs.
 *
 * <p>Characters that have no place in an HTML document (NUL, other C0 and C1 controls except tab,
 * line feed, form feed and carriage return, and unpaired surrogates) are written as U+FFFD, one
 * for one, so the text keeps its length. Stateless and thread-safe.
 */
public final class Html {
    /** The replacement for characters HTML cannot carry. */
    static final char REPLACEMENT = '\uFFFD';

    private Html() {
    }

    /**
     * Escapes text for an element's content or a double- or single-quoted attribute value.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escape(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        append(sb, s, 0, s.length());
        return sb.toString();
    }

    /**
     * Appends {@code s[from, to)} escaped to {@code out}. A surrogate at either end of the range
     * whose partner lies outside the range is written as U+FFFD.
     *
     * @param out where to write
     * @param s the text
     * @param from the first character
     * @param to one past the last character
     * @throws IndexOutOfBoundsException if the range is not inside {@code s}
     */
    public static void append(StringBuilder out, CharSequence s, int from, int to) {
        if (from < 0 || to > s.length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of " + s.length());
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\f', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append(REPLACEMENT);
                        }
                    } else if (Character.isLowSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
