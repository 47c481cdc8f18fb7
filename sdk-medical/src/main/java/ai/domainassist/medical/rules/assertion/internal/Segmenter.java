package ai.domainassist.medical.rules.assertion.internal;

import ai.domainassist.core.text.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an utterance into the clauses assertion triggers act in: at {@code ，。！？；} (and ASCII
 * forms), colons and line breaks; at spaces between words, the way people type lists
 * ({@code 咳嗽 没有发烧 有痰 流鼻涕} is four clauses), unless the word before the space only leads into the
 * next ({@code 没有 发烧}) or a number stands on either side; and before the words that open a new statement
 * ({@code 然后}, {@code 还有}, {@code 另外}: the table's SPLIT triggers), unless a leading word comes right before
 * ({@code 如果还有咳嗽}). Unlike {@code core.text.Sentences#clauses} it does not split
 * at the enumeration comma {@code 、}, because a negation covers a list ({@code 没有发烧、咳嗽}).
 * Immutable and thread-safe.
 */
public final class Segmenter {
    private static final String MARKS = "，。！？；,.!?;:：\n\r…~～";

    private final PhraseSet openers;
    private final PhraseSet leaders;

    /**
     * @param openers words that open a new clause (然后, 还有); folded
     * @param leaders words that lead into what follows and never end a clause before a space (没有, 好像, 如果); folded
     */
    public Segmenter(Set<String> openers, Set<String> leaders) {
        this.openers = new PhraseSet(openers);
        this.leaders = new PhraseSet(leaders);
    }

    /**
     * Splits a folded text; punctuation and spaces are left out of the spans, empty clauses are dropped.
     *
     * @param s the text
     * @return the clauses in order
     */
    public List<Segment> split(String s) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n;
            int resume = i + 1;
            if (!cut) {
                char c = s.charAt(i);
                if (MARKS.indexOf(c) >= 0) {
                    cut = !decimalPoint(s, i);
                } else if (c == ' ' || c == '\t' || c == '\u3000') {
                    int j = i;
                    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\u3000')) {
                        j++;
                    }
                    cut = spaceBreaks(s, start, i, j);
                    resume = j;
                    if (!cut) {
                        i = j - 1;
                        continue;
                    }
                } else if (i > start + 1 && Width.isHan(s.charAt(i - 1))) {
                    int len = openers.longestAt(s, i);
                    if (len > 0 && i + len < n && !isBreak(s.charAt(i + len)) && !leaders.endsAt(s, start, i)) {
                        add(out, s, start, i);
                        start = i;
                        continue;
                    }
                }
            }
            if (cut) {
                add(out, s, start, i);
                start = resume;
                i = resume - 1;
            }
        }
        return out;
    }

    /** A space between two words ends a clause unless a number is on either side or the word before leads into the next. */
    private boolean spaceBreaks(String s, int clauseStart, int from, int to) {
        if (from == clauseStart || to >= s.length()) {
            return false;
        }
        char before = s.charAt(from - 1);
        char after = s.charAt(to);
        if (!Width.isHan(before) || !Width.isHan(after)) {
            return false;
        }
        int wordStart = from;
        while (wordStart > clauseStart && Width.isHan(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        return leaders.longestAt(s, wordStart) != from - wordStart;
    }

    static boolean isBreak(char c) {
        return MARKS.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    private static void add(List<Segment> out, String s, int a, int b) {
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Segment(a, b));
        }
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
    public static int indexOf(List<Segment> clauses, int pos) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).contains(pos)) {
                return i;
            }
        }
        return -1;
    }

    /** A small set of phrases looked up at a position, longest first. */
    private static final class PhraseSet {
        private final Set<String> phrases;
        private final Set<Character> first = new java.util.HashSet<>();
        private final int longest;

        PhraseSet(Set<String> phrases) {
            this.phrases = Set.copyOf(phrases);
            int l = 0;
            for (String p : phrases) {
                l = Math.max(l, p.length());
                first.add(p.charAt(0));
            }
            this.longest = l;
        }

        /** @return whether a phrase ends at {@code at} and starts at or after {@code from} (如果 in 如果还有) */
        boolean endsAt(String s, int from, int at) {
            for (int len = 1; len <= longest && at - len >= from; len++) {
                if (phrases.contains(s.substring(at - len, at))) {
                    return true;
                }
            }
            return false;
        }

        /** @return the length of the longest phrase starting at {@code at}, or 0 */
        int longestAt(String s, int at) {
            if (at >= s.length() || !first.contains(s.charAt(at))) {
                return 0;
            }
            for (int len = Math.min(longest, s.length() - at); len > 0; len--) {
                if (phrases.contains(s.substring(at, at + len))) {
                    return len;
                }
            }
            return 0;
        }
    }
}
