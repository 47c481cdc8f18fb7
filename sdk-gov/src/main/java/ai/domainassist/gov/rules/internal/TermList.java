package ai.domainassist.gov.rules.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of domain terms (the first column of a data file such as {@code proofreading/terms-legal.txt}):
 * which characters of a text stand inside a term, and how many terms a text contains. Immutable;
 * thread-safe.
 */
public final class TermList {
    private final Set<String> terms;
    private final int minLength;
    /** The length of the longest term starting with each character (0: none starts with it). */
    private final byte[] longestFrom = new byte[65536];

    private TermList(Set<String> terms) {
        this.terms = Set.copyOf(terms);
        int min = Integer.MAX_VALUE;
        for (String t : terms) {
            min = Math.min(min, t.length());
            int c = t.charAt(0);
            longestFrom[c] = (byte) Math.max(longestFrom[c], Math.min(t.length(), Byte.MAX_VALUE));
        }
        this.minLength = terms.isEmpty() ? 1 : min;
    }

    /** The length of the longest term at {@code text[i, to)}, or 0. */
    private int longestAt(String text, int i, int to) {
        for (int len = Math.min(longestFrom[text.charAt(i)], to - i); len >= minLength; len--) {
            if (terms.contains(text.substring(i, i + len))) {
                return len;
            }
        }
        return 0;
    }

    /**
     * @param lines data lines: the term, optionally followed by a tab and other columns
     * @param minLength terms shorter than this are left out
     * @return the list
     * @throws IllegalStateException if a line has no term
     */
    public static TermList parse(List<String> lines, int minLength) {
        Set<String> s = new HashSet<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String t = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (t.isEmpty()) {
                throw new IllegalStateException("term list: empty term in line " + line);
            }
            if (t.length() >= minLength) {
                s.add(t);
            }
        }
        return new TermList(s);
    }

    /**
     * The union of two lists.
     *
     * @param other another list
     * @return a list with the terms of both
     */
    public TermList and(TermList other) {
        Set<String> s = new HashSet<>(terms);
        s.addAll(other.terms);
        return new TermList(s);
    }

    /** @return the number of terms */
    public int size() {
        return terms.size();
    }

    /**
     * Marks every character of {@code text[from, to)} that stands inside an occurrence of a term.
     *
     * @param text the text
     * @param from the first character looked at
     * @param to one past the last
     * @param mask set to {@code true} at covered positions (indices into {@code text})
     */
    public void cover(String text, int from, int to, boolean[] mask) {
        for (int i = from; i + minLength <= to; i++) {
            int len = longestAt(text, i, to);
            for (int k = i; k < i + len; k++) {
                mask[k] = true;
            }
        }
    }

    /**
     * Counts the terms of a text, leftmost longest first, never overlapping.
     *
     * @param text the text
     * @return {@code [occurrences, characters covered]}
     */
    public int[] count(String text) {
        int n = 0;
        int chars = 0;
        int i = 0;
        while (i + minLength <= text.length()) {
            int found = longestAt(text, i, text.length());
            if (found > 0) {
                n++;
                chars += found;
                i += found;
            } else {
                i++;
            }
        }
        return new int[] {n, chars};
    }
}
