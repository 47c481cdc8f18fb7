package ai.domainassist.core.text;

import ai.domainassist.core.text.internal.CharacterVariants;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A text folded for matching (full/half width, whitespace, punctuation, letter case, traditional
 * and simplified character variants) that remembers
 * where each of its characters came from, so a match found in the folded text maps back to an
 * exact span of the original.
 *
 * <p>Immutable and thread-safe.
 */
public final class NormalizedText {

    /** What to fold. */
    public enum Fold {
        /** Full-width ASCII and the ideographic space become half-width. */
        WIDTH,
        /** Whitespace (spaces, tabs, line breaks, ideographic space) is removed. */
        WHITESPACE,
        /** Punctuation, Chinese and ASCII, is removed. */
        PUNCTUATION,
        /** Letters become lower case. */
        CASE,
        /**
         * Traditional characters become simplified (體 to 体, 醫 to 医), one character for one,
         * from a data file derived from OpenCC's character table.
         */
        VARIANTS
    }

    /** Every fold. */
    public static final Set<Fold> ALL = EnumSet.allOf(Fold.class);

    private final String original;
    private final String folded;
    private final int[] toOriginal;

    private NormalizedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /**
     * Folds a text.
     *
     * @param text the original text
     * @param folds what to fold
     * @return the folded text with its offset map
     * @throws NullPointerException if an argument is {@code null}
     */
    public static NormalizedText of(String text, Set<Fold> folds) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(folds, "folds");
        boolean width = folds.contains(Fold.WIDTH);
        boolean space = folds.contains(Fold.WHITESPACE);
        boolean punct = folds.contains(Fold.PUNCTUATION);
        boolean lower = folds.contains(Fold.CASE);
        boolean variants = folds.contains(Fold.VARIANTS);
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (width) {
                c = Width.toHalf(c);
            }
            if (space && (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0')) {
                continue;
            }
            if (punct && isPunctuation(c)) {
                continue;
            }
            if (lower) {
                c = Character.toLowerCase(c);
            }
            if (variants) {
                c = CharacterVariants.toSimplified(c);
            }
            sb.append(c);
            map[n++] = i;
        }
        map[n] = text.length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(map, 0, trimmed, 0, n + 1);
        return new NormalizedText(text, sb.toString(), trimmed);
    }

    /**
     * Folds a text with every fold.
     *
     * @param text the text
     * @return the folded text
     */
    public static NormalizedText of(String text) {
        return of(text, ALL);
    }

    private static boolean isPunctuation(char c) {
        if (Width.isFullWidthPunctuation(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** @return the original text */
    public String original() {
        return original;
    }

    /** @return the folded text */
    public String folded() {
        return folded;
    }

    /**
     * Maps a span of the folded text back to the original: the original span runs from the
     * first kept character to the last kept character of the span, so it starts and ends on real
     * content (whitespace or punctuation the fold removed inside the span is included).
     *
     * @param start the folded span's start
     * @param end the folded span's end (exclusive), {@code > start}
     * @return {@code {originalStart, originalEnd}}
     * @throws IndexOutOfBoundsException if the span is not inside the folded text
     */
    public int[] toOriginalSpan(int start, int end) {
        if (start < 0 || end > folded.length() || start >= end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") of " + folded.length());
        }
        return new int[] {toOriginal[start], toOriginal[end - 1] + 1};
    }

    /**
     * Finds a needle (folded the same way) in this text and returns its span in the original.
     *
     * @param needle the text to find
     * @param folds the folds to apply to the needle (use the same as for this text)
     * @param from where to start searching, as an offset into the original text
     * @return {@code {originalStart, originalEnd}}, or {@code null} when not found or the needle
     *     folds to nothing
     */
    public int[] find(String needle, Set<Fold> folds, int from) {
        String n = of(needle, folds).folded();
        if (n.isEmpty()) {
            return null;
        }
        int foldedFrom = 0;
        while (foldedFrom < toOriginal.length - 1 && toOriginal[foldedFrom] < from) {
            foldedFrom++;
        }
        int at = folded.indexOf(n, foldedFrom);
        return at < 0 ? null : toOriginalSpan(at, at + n.length());
    }
}
