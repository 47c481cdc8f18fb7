package ai.domainassist.gov.rules.internal;

import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.Width;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The statistical part of the proofreader: for one line of text, the candidate edits (one character
 * for a homophone, fuzzy homophone, look-alike or known confusion, or any character that completes
 * a common word with its neighbours; a homophone word of two to four
 * characters for a span written with wrong homophones), each scored by the gain of the line under
 * the character language model, the gain of the window's best word segmentation and the weights of
 * {@link ScoringWeights}; the edits scoring above the threshold are taken best first, never
 * overlapping. A numeral is never replaced by a numeral (a figure is not a spelling matter).
 *
 * <p>Only candidates that complete a known word with their neighbours, or form a trigram seen in
 * the language model's corpus, or are known confusions of the character are scored: one lookup per
 * window in a {@link CompletionIndex} instead of one per candidate. The same algorithm is written in
 * {@code sdk-gov/tools/tune_proofreader.py}.
 *
 * <p>Immutable; thread-safe.
 */
public final class ConfusionCorrector {
    private static final int WINDOW = 4;
    /** The word frequency (words.tsv) from which a word completes candidates outside the confusion sets. */
    public static final int COMMON_WORD = 1000;
    /**
     * Per thread, for the character being corrected: 1 + the index of each of its candidates, 0 for
     * other characters (set and cleared per character), so that a pattern's completions are looked
     * up one by one instead of merged with the whole candidate list.
     */
    private static final ThreadLocal<short[]> POSITIONS = ThreadLocal.withInitial(() -> new short[65536]);
    /**
     * Per thread, for the character being corrected: the length of the longest common word each
     * character outside its confusion set completes there, 0 for the others (set and cleared per
     * character).
     */
    private static final ThreadLocal<byte[]> COMPLETED = ThreadLocal.withInitial(() -> new byte[65536]);

    /**
     * An accepted edit.
     *
     * @param start the first character replaced, in the text
     * @param original the characters replaced
     * @param replacement the replacement, same length
     * @param kind why a one-character candidate is one; {@code null} for a homophone word
     * @param learned how often the confusion was seen (for a word: summed over its characters)
     * @param margin how far its score passes the threshold (positive)
     */
    public record Edit(int start, String original, String replacement, ConfusionSets.Kind kind, int learned,
            double margin) {
    }

    private final WordFrequencies words;
    private final CompletionIndex completions;
    private final CompletionIndex common;
    private final CharNgramModel model;
    private final ConfusionSets sets;
    private final PinyinWords pinyinWords;
    private final ScoringWeights weights;
    private final double unknown;

    /**
     * @param words the word unigram model
     * @param completions the completion index of the same words
     * @param common the completion index of the common words ({@link #COMMON_WORD} and more): a
     *     character outside the confusion set that completes one of them is a candidate too
     * @param model the character language model
     * @param sets the confusion sets
     * @param pinyinWords the words by pinyin
     * @param weights the scoring weights
     */
    public ConfusionCorrector(WordFrequencies words, CompletionIndex completions, CompletionIndex common,
            CharNgramModel model, ConfusionSets sets, PinyinWords pinyinWords, ScoringWeights weights) {
        this.words = words;
        this.completions = completions;
        this.common = common;
        this.model = model;
        this.sets = sets;
        this.pinyinWords = pinyinWords;
        this.weights = weights;
        this.unknown = Math.log(0.5) - Math.log(words.total()) - 5;
    }

    /**
     * The accepted edits of one line.
     *
     * @param text the text
     * @param from the line's start
     * @param to its end (exclusive; no line break inside)
     * @param taken positions already claimed (by the word-pair lexicon); not changed
     * @return the edits in no particular order, positions in {@code text}
     */
    public List<Edit> correct(String text, int from, int to, boolean[] taken) {
        Line line = new Line(text, from, to);
        int n = to - from;
        for (int i = 0; i < n; i++) {
            if (!Width.isHan(line.cur[i])) {
                continue;
            }
            if (!taken[from + i]) {
                single(line, i);
            }
            for (int len = 2; len <= 4 && i + len <= n; len++) {
                int nk = pinyinWords.readings(line.view, i, i + len, line.keys);
                if (nk == 0) {
                    continue;
                }
                // a word of several readings may come twice: the same candidate twice, harmless
                for (int k = 0; k < nk; k++) {
                    long range = pinyinWords.range(line.keys[k]);
                    for (int q = (int) (range >>> 32), end = (int) range; q < end; q++) {
                        word(line, i, pinyinWords.word(q));
                    }
                }
            }
        }
        List<Candidate> found = line.found;
        found.sort(Comparator.comparingDouble((Candidate x) -> -x.score).thenComparingInt(x -> x.start)
                .thenComparing(x -> x.replacement));
        boolean[] used = Arrays.copyOfRange(taken, from, to);
        List<Edit> out = new ArrayList<>();
        for (Candidate x : found) {
            int end = x.start + x.replacement.length();
            boolean free = true;
            for (int k = x.start; k < end && free; k++) {
                free = !used[k];
            }
            if (!free) {
                continue;
            }
            Arrays.fill(used, x.start, end, true);
            out.add(new Edit(from + x.start, new String(line.cur, x.start, end - x.start), x.replacement, x.kind,
                    x.learned, x.score - weights.threshold()));
        }
        return out;
    }

    /** The working state of one line. */
    private final class Line {
        final char[] cur;
        final CharSequence view;
        final char[] framed;
        final double[] sums;
        final double[] backoffs;
        final double[][] segmentBefore = new double[5][];
        final long[] keys = new long[PinyinWords.MAX_READINGS];
        final List<Candidate> found = new ArrayList<>();
        final short[] positions = POSITIONS.get();
        /** Per candidate index of the current character: {@link #FOUND}, {@link #FORMS_WORD}; zero between characters. */
        byte[] flags = new byte[256];
        /** The candidate indices flagged for the current character. */
        int[] marked = new int[256];
        int nMarked;

        Line(String text, int from, int to) {
            cur = text.substring(from, to).toCharArray();
            view = new CharArrayView(cur);
            framed = CharNgramModel.frame(text, from, to);
            sums = model.cumulative(framed);
            backoffs = model.contextBackoffs(framed);
        }

        /** The best segmentation of the window of {@code [i, i + len)} as written (computed once). */
        double segmentBefore(int i, int len) {
            double[] m = segmentBefore[len];
            if (m == null) {
                m = new double[cur.length];
                Arrays.fill(m, Double.NaN);
                segmentBefore[len] = m;
            }
            if (Double.isNaN(m[i])) {
                m[i] = segment(cur, Math.max(0, i - WINDOW), Math.min(cur.length, i + len + WINDOW));
            }
            return m[i];
        }
    }

    private static final byte FOUND = 1;
    private static final byte FORMS_WORD = 2;

    private void single(Line line, int i) {
        char[] mine = sets.candidates(line.cur[i]);
        if (mine != null) {
            confusable(line, i, mine);
        }
        completing(line, i, mine);
    }

    /** The candidates of the confusion set of {@code cur[i]}. */
    private void confusable(Line line, int i, char[] mine) {
        char[] cur = line.cur;
        char c = cur[i];
        if (line.flags.length < mine.length) {
            line.flags = new byte[mine.length];
            line.marked = new int[mine.length];
        }
        line.nMarked = 0;
        short[] pos = line.positions;
        for (int idx = 0; idx < mine.length; idx++) {
            pos[mine[idx]] = (short) (idx + 1);
        }
        try {
            markCandidates(line, i, c, mine);
        } finally {
            for (char c2 : mine) {
                pos[c2] = 0;
            }
        }
        int j = i + 1;
        boolean numeral = ChineseNumbers.isNumeral(c);
        byte[] flags = line.flags;
        for (int m = 0; m < line.nMarked; m++) {
            int idx = line.marked[m];
            byte f = flags[idx];
            flags[idx] = 0;
            char c2 = mine[idx];
            if (numeral && ChineseNumbers.isNumeral(c2)) {
                continue;
            }
            String one = String.valueOf(c2);
            double dl = model.gain(line.framed, line.sums, line.backoffs, j, one, weights.minLmGain());
            if (dl <= weights.minLmGain()) {
                continue;
            }
            boolean formsWord = (f & FORMS_WORD) != 0;
            ConfusionSets.Kind kind = sets.kind(c, idx);
            int lc = sets.learnedCount(c, c2);
            double score = dl + weights.segWeight() * segmentGain(line, i, one) + weights.kind(kind)
                    + (lc > 0 ? weights.learned() * Math.log(1 + lc) : 0) + (formsWord ? 0 : weights.noWord());
            if (score > weights.threshold()) {
                line.found.add(new Candidate(i, one, kind, lc, score));
            }
        }
    }

    /**
     * The candidates outside the confusion set of {@code cur[i]} ({@code mine}, may be {@code null})
     * that complete a common word with their neighbours (兄 in 村兄支部 → 党, 支部 and 党支部 being
     * words), scored with the bonus of the longest word they complete; only where the character as
     * written is in no known word of two to four characters with its neighbours and is no numeral
     * (二〇二四 is a figure).
     */
    private void completing(Line line, int i, char[] mine) {
        char[] cur = line.cur;
        char c = cur[i];
        if (ChineseNumbers.isNumeral(c)) {
            return;
        }
        for (int len = 2; len <= 4; len++) {
            for (int st = Math.max(0, i - len + 1); st <= i && st + len <= cur.length; st++) {
                if (words.get(WordFrequencies.key(cur, st, st + len)) > 0) {
                    return;
                }
            }
        }
        byte[] done = COMPLETED.get();
        StringBuilder found = new StringBuilder();
        try {
            for (int len = 2; len <= 4; len++) {
                for (int st = Math.max(0, i - len + 1); st <= i && st + len <= cur.length; st++) {
                    int pat = common.find(cur, st, st + len, i);
                    if (pat < 0) {
                        continue;
                    }
                    for (int q = common.start(pat), end = common.end(pat); q < end; q++) {
                        char c2 = common.at(q);
                        if (c2 == c || (mine != null && Arrays.binarySearch(mine, c2) >= 0)) {
                            continue;
                        }
                        if (done[c2] == 0) {
                            found.append(c2);
                        }
                        done[c2] = (byte) len;
                    }
                }
            }
            int j = i + 1;
            for (int k = 0; k < found.length(); k++) {
                char c2 = found.charAt(k);
                String one = String.valueOf(c2);
                double dl = model.gain(line.framed, line.sums, line.backoffs, j, one, weights.minLmGain());
                if (dl <= weights.minLmGain()) {
                    continue;
                }
                double score = dl + weights.segWeight() * segmentGain(line, i, one) + weights.completes(done[c2]);
                if (score > weights.threshold()) {
                    line.found.add(new Candidate(i, one, ConfusionSets.Kind.COMPLETION, 0, score));
                }
            }
        } finally {
            for (int k = 0; k < found.length(); k++) {
                done[found.charAt(k)] = 0;
            }
        }
    }

    private void word(Line line, int i, String w) {
        char[] cur = line.cur;
        int changed = 0;
        int lc = 0;
        for (int k = 0; k < w.length(); k++) {
            char a = cur[i + k];
            char b = w.charAt(k);
            if (a != b) {
                if (ChineseNumbers.isNumeral(a) && ChineseNumbers.isNumeral(b)) {
                    return;
                }
                changed++;
                lc += sets.learnedCount(a, b);
            }
        }
        if (changed < 2) {
            return;
        }
        double dl = model.gain(line.framed, line.sums, line.backoffs, i + 1, w, weights.minLmGain());
        if (dl <= weights.minLmGain()) {
            return;
        }
        boolean replacesWord = words.get(WordFrequencies.key(cur, i, i + w.length())) > 0;
        double score = dl + weights.segWeight() * segmentGain(line, i, w) + weights.word(changed)
                + (lc > 0 ? weights.learned() * Math.log(1 + lc) : 0) + (replacesWord ? weights.replacesWord() : 0);
        if (score > weights.threshold()) {
            line.found.add(new Candidate(i, w, null, lc, score));
        }
    }

    /**
     * Flags the candidates of {@code cur[i]} that complete a word with their neighbours, form a
     * trigram of the corpus, or are learned confusions; {@code line.positions} holds their indices.
     */
    private void markCandidates(Line line, int i, char c, char[] mine) {
        char[] cur = line.cur;
        for (int len = 2; len <= 4; len++) {
            for (int st = Math.max(0, i - len + 1); st <= i && st + len <= cur.length; st++) {
                mark(line, completions, completions.find(cur, st, st + len, i), mine, (byte) (FOUND | FORMS_WORD));
            }
        }
        int j = i + 1;
        CompletionIndex trigrams = model.trigrams();
        for (int a = Math.max(0, j - 2); a <= j && a + 3 <= line.framed.length; a++) {
            mark(line, trigrams, trigrams.find(line.framed, a, a + 3, j), mine, FOUND);
        }
        char[] learned = sets.learned(c);
        if (learned != null) {
            for (char c2 : learned) {
                int idx = line.positions[c2] - 1;
                if (idx >= 0) {
                    flag(line, idx, FOUND);
                }
            }
        }
    }

    /** Marks the candidates ({@code mine}, indexed in {@code line.positions}) that complete a pattern. */
    private static void mark(Line line, CompletionIndex index, int pat, char[] mine, byte flag) {
        if (pat < 0) {
            return;
        }
        int q = index.start(pat);
        int end = index.end(pat);
        if (end - q > 8 * mine.length) {
            // a pattern many characters complete: look each candidate up in it instead
            for (int idx = 0; idx < mine.length; idx++) {
                if (index.completes(pat, mine[idx])) {
                    flag(line, idx, flag);
                }
            }
            return;
        }
        short[] pos = line.positions;
        for (; q < end; q++) {
            int idx = pos[index.at(q)] - 1;
            if (idx >= 0) {
                flag(line, idx, flag);
            }
        }
    }

    private static void flag(Line line, int idx, byte flag) {
        if (line.flags[idx] == 0) {
            line.marked[line.nMarked++] = idx;
        }
        line.flags[idx] |= flag;
    }

    /** The gain of the best segmentation of the window around {@code [i, i + rep.length())}. */
    private double segmentGain(Line line, int i, String rep) {
        char[] cur = line.cur;
        int lo = Math.max(0, i - WINDOW);
        int hi = Math.min(cur.length, i + rep.length() + WINDOW);
        double before = line.segmentBefore(i, rep.length());
        char[] saved = new char[rep.length()];
        for (int k = 0; k < rep.length(); k++) {
            saved[k] = cur[i + k];
            cur[i + k] = rep.charAt(k);
        }
        double after = segment(cur, lo, hi);
        System.arraycopy(saved, 0, cur, i, saved.length);
        return after - before;
    }

    /** The log probability of the best segmentation of {@code s[lo, hi)} into known words. */
    private double segment(char[] s, int lo, int hi) {
        int n = hi - lo;
        double[] best = new double[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= Math.min(4, j); len++) {
                float lp = words.logProbability(WordFrequencies.key(s, lo + j - len, lo + j));
                double p;
                if (!Float.isNaN(lp)) {
                    p = lp;
                } else if (len == 1) {
                    p = unknown;
                } else {
                    continue;
                }
                best[j] = Math.max(best[j], best[j - len] + p);
            }
        }
        return best[n];
    }

    private record Candidate(int start, String replacement, ConfusionSets.Kind kind, int learned, double score) {
    }

    /** A read-only {@link CharSequence} view of a char array (no copy). */
    private record CharArrayView(char[] a) implements CharSequence {
        @Override
        public int length() {
            return a.length;
        }

        @Override
        public char charAt(int index) {
            return a[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(a, start, end - start);
        }

        @Override
        public String toString() {
            return new String(a);
        }
    }
}
