package ai.domainassist.gov.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The banned and cautious expressions of {@code rules/wording-xinhua.tsv}. Immutable and thread-safe.
 */
public final class WordingLexicon {

    /** How a term is to be treated. */
    public enum Level {
        /** Must not be used. */
        BANNED,
        /** Use with care. */
        CAUTIOUS,
        /** Correct in some contexts; information only. */
        NOTE,
        /** A recommended form; never reported. */
        PREFERRED
    }

    /**
     * One term.
     *
     * @param term the expression
     * @param level its level
     * @param suggestion what to write instead, possibly empty
     */
    public record Term(String term, Level level, String suggestion) {
    }

    /**
     * A term found in a text.
     *
     * @param term the term
     * @param start its start
     * @param end its end
     */
    public record Hit(Term term, int start, int end) {
    }

    private static final WordingLexicon STANDARD = new WordingLexicon(DataFiles.lines("rules/wording-xinhua.tsv"));

    private final List<Term> terms;

    private WordingLexicon(List<String> lines) {
        List<Term> t = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            Level level = Level.valueOf(c[1].toUpperCase(java.util.Locale.ROOT));
            if (level != Level.PREFERRED) {
                t.add(new Term(c[0], level, c.length > 2 ? c[2] : ""));
            }
        }
        t.sort((a, b) -> Integer.compare(b.term().length(), a.term().length()));
        this.terms = List.copyOf(t);
    }

    /** @return the shipped lexicon */
    public static WordingLexicon standard() {
        return STANDARD;
    }

    /**
     * Finds the reportable terms in a text; a longer term wins over a shorter one inside it, and a
     * Latin-letter term must stand apart from other letters.
     *
     * @param text the text
     * @return the hits in text order
     */
    public List<Hit> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Hit> out = new ArrayList<>();
        for (Term t : terms) {
            String w = t.term();
            int at = text.indexOf(w);
            while (at >= 0) {
                int end = at + w.length();
                boolean free = true;
                for (int k = at; k < end && free; k++) {
                    free = !taken[k];
                }
                if (free && latinBoundary(text, at, end, w)) {
                    out.add(new Hit(t, at, end));
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                }
                at = text.indexOf(w, at + 1);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean latinBoundary(String text, int at, int end, String w) {
        boolean latinStart = isLatin(w.charAt(0));
        boolean latinEnd = isLatin(w.charAt(w.length() - 1));
        if (latinStart && at > 0 && isLatin(text.charAt(at - 1))) {
            return false;
        }
        return !(latinEnd && end < text.length() && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
