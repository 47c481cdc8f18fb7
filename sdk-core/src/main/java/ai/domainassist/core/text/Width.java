package ai.domainassist.core.text;

/**
 * Full-width and half-width forms of Chinese text.
 *
 * <p>Stateless and thread-safe.
 */
public final class Width {
    private Width() {
    }

    /**
     * The half-width form of one character: full-width ASCII variants (U+FF01 to U+FF5E) become
     * ASCII, the ideographic space (U+3000) becomes a space, the full-width signs
     * ￠￡￢￣￤￥ become their Latin-1 forms; every other character is returned as is.
     *
     * @param c the character
     * @return its half-width form
     */
    public static char toHalf(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        switch (c) {
            case '\uFFE0': return '\u00A2';
            case '\uFFE1': return '\u00A3';
            case '\uFFE2': return '\u00AC';
            case '\uFFE3': return '\u00AF';
            case '\uFFE4': return '\u00A6';
            case '\uFFE5': return '\u00A5';
            default: return c;
        }
    }

    /**
     * The half-width form of a text, character by character (length preserved, so offsets stay valid).
     *
     * @param text the text
     * @return the folded text
     */
    public static String toHalf(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = toHalf(c);
            if (h != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = h;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether a character is a CJK ideograph (the unified block and extension A, plus
     * compatibility ideographs), the characters Chinese text is written in.
     *
     * @param c the character
     * @return {@code true} for a Chinese character
     */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '\u3007';
    }

    /**
     * Whether a character is a full-width (Chinese) punctuation mark: the CJK symbols block
     * (、。〈〉《》「」『』【】〔〕 ...), full-width ASCII punctuation (，：；！？（） ...) and the
     * quotation marks and dashes used in Chinese text (“”‘’—…).
     *
     * @param c the character
     * @return {@code true} for full-width punctuation
     */
    public static boolean isFullWidthPunctuation(char c) {
        if (c >= '\u3001' && c <= '\u3011' && c != '\u3005' && c != '\u3007') {
            return true;
        }
        if (c >= '\u3014' && c <= '\u301F') {
            return true;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char h = (char) (c - 0xFEE0);
            return !Character.isLetterOrDigit(h);
        }
        return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026'
                || c == '\u00B7';
    }
}
