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
    private final int maxLength;

    private TermList(Set<String> terms) {
        this.terms = Set.copyOf(terms);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String t : terms) {
            min = Math.min(min, t.length());
            max = Math.max(max, t.length());
        }
        this.minLength = terms.isEmpty() ? 1 : min;
        this.maxLength = max;
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
            for (int len = Math.min(maxLength, to - i); len >= minLength; len--) {
                if (terms.contains(text.substring(i, i + len))) {
                    for (int k = i; k < i + len; k++) {
                        mask[k] = true;
                    }
                    break;
                }
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
            int found = 0;
            for (int len = Math.min(maxLength, text.length() - i); len >= minLength; len--) {
                if (terms.contains(text.substring(i, i + len))) {
                    found = len;
                    break;
                }
            }
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
