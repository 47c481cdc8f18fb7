package ai.domainassist.gov.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A character 4-gram language model of official Chinese, interpolated modified Kneser-Ney (Chen and
 * Goodman 1998), estimated from lines of correct text when it is built and then stored ARPA-style:
 * the probability of every seen n-gram and the back-off weight of every seen context, keyed by the
 * characters packed into a {@code long}. Before counting, digits become {@code 0} and Latin letters
 * {@code A} ({@link #normalize}); every line is framed by {@link #BOS} and {@link #EOS}.
 *
 * <p>The proofreader asks it how much the log probability of a line changes when characters are
 * replaced ({@link #gain}); it also keeps the seen trigrams as a {@link CompletionIndex}, so that
 * "which characters would make a seen trigram here" is one lookup. The same estimate is written in
 * {@code sdk-gov/tools/tune_proofreader.py}, where the weights were tuned.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class CharNgramModel {
    /** The order: up to three characters of context. */
    public static final int ORDER = 4;
    /** Marks the beginning of a line. */
    public static final char BOS = '\u0002';
    /** Marks the end of a line. */
    public static final char EOS = '\u0003';

    private final LongTable prob;
    private final LongTable bow;
    private final double unknown;
    private final CompletionIndex trigrams;

    private CharNgramModel(LongTable prob, LongTable bow, double unknown, CompletionIndex trigrams) {
        this.prob = prob;
        this.bow = bow;
        this.unknown = unknown;
        this.trigrams = trigrams;
    }

    /**
     * The character as the model sees it: full-width digits and letters as half-width, then every
     * digit as {@code 0} and every Latin letter as {@code A}; anything else unchanged.
     *
     * @param c a character
     * @return its normalised form
     */
    public static char normalize(char c) {
        if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
            c = (char) (c - 0xFEE0);
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return 'A';
        }
        return c;
    }

    /**
     * A line framed for the model: {@link #BOS}, the normalised characters of
     * {@code text[from, to)}, {@link #EOS}. Character {@code k} of the text is at {@code k - from + 1}.
     *
     * @param text the text
     * @param from the line's start
     * @param to its end
     * @return a new array of {@code to - from + 2} characters
     */
    public static char[] frame(CharSequence text, int from, int to) {
        char[] s = new char[to - from + 2];
        s[0] = BOS;
        for (int k = from; k < to; k++) {
            s[k - from + 1] = normalize(text.charAt(k));
        }
        s[s.length - 1] = EOS;
        return s;
    }

    /**
     * Estimates the model from lines of correct text.
     *
     * @param lines the corpus, one line of text each
     * @return the model
     * @throws IllegalArgumentException if the corpus is empty
     */
    public static CharNgramModel estimate(List<String> lines) {
        LongTable[] counts = new LongTable[ORDER + 1];
        for (int n = 1; n <= ORDER; n++) {
            counts[n] = new LongTable(1 << 16);
        }
        for (String line : lines) {
            char[] s = frame(line, 0, line.length());
            for (int i = 1; i < s.length; i++) {
                for (int n = 1; n <= Math.min(ORDER, i + 1); n++) {
                    counts[n].add(WordFrequencies.key(s, i - n + 1, i + 1), 1);
                }
            }
        }
        if (counts[1].size() == 0) {
            throw new IllegalArgumentException("empty corpus");
        }
        // Kneser-Ney: below the highest order, count the distinct characters seen before an n-gram
        // (n-grams at the start of a line have none and keep their counts)
        LongTable[] adj = new LongTable[ORDER + 1];
        adj[ORDER] = counts[ORDER];
        for (int n = ORDER - 1; n >= 1; n--) {
            LongTable cc = new LongTable(counts[n].size());
            long mask = mask(n);
            counts[n + 1].forEach((g, c) -> cc.add(g & mask, 1));
            int shift = 16 * (n - 1);
            counts[n].forEach((g, c) -> {
                if ((char) (g >>> shift) == BOS) {
                    cc.put(g, c);
                }
            });
            adj[n] = cc;
        }
        double[][] d = new double[ORDER + 1][];
        for (int n = 1; n <= ORDER; n++) {
            d[n] = discounts(adj[n]);
        }
        LongTable prob = new LongTable(counts[1].size() + counts[2].size() + counts[3].size() + counts[4].size());
        LongTable bow = new LongTable(counts[2].size() + counts[3].size() + counts[4].size());
        double[] tot = new double[1];
        int[] st = new int[3];
        adj[1].forEach((g, c) -> {
            tot[0] += c;
            st[bucket(c)]++;
        });
        double[] d1 = d[1];
        double gamma = (d1[0] * st[0] + d1[1] * st[1] + d1[2] * st[2]) / tot[0];
        double uniform = gamma / (adj[1].size() + 1);
        double unknown = Math.log(uniform);
        adj[1].forEach((g, c) -> prob.put(g, Math.log((c - d1[bucket(c)]) / tot[0] + uniform)));
        CharNgramModel model = new CharNgramModel(prob, bow, unknown, null);
        for (int n = 2; n <= ORDER; n++) {
            double[] dn = d[n];
            LongTable ctxTotal = new LongTable(adj[n].size());
            LongTable[] ctxStats = {new LongTable(adj[n].size()), new LongTable(adj[n].size()), new LongTable(adj[n].size())};
            adj[n].forEach((g, c) -> {
                ctxTotal.add(g >>> 16, c);
                ctxStats[bucket(c)].add(g >>> 16, 1);
            });
            ctxTotal.forEach((h, t) -> bow.put(h, Math.log((dn[0] * ctxStats[0].get(h, 0) + dn[1] * ctxStats[1].get(h, 0)
                    + dn[2] * ctxStats[2].get(h, 0)) / t)));
            int len = n;
            adj[n].forEach((g, c) -> {
                long h = g >>> 16;
                double lower = model.logProbability(g & mask(len - 1), len - 1);
                prob.put(g, Math.log((c - dn[bucket(c)]) / ctxTotal.get(h, 1) + Math.exp(bow.get(h, 0) + lower)));
            });
        }
        List<String> tri = new ArrayList<>(counts[3].size());
        counts[3].forEach((g, c) -> tri.add(new String(new char[] {(char) (g >>> 32), (char) (g >>> 16), (char) g})));
        return new CharNgramModel(prob.seal(), bow.seal(), unknown, new CompletionIndex(tri));
    }

    private static long mask(int chars) {
        return chars >= 4 ? -1L : (1L << (16 * chars)) - 1;
    }

    private static int bucket(double count) {
        return count >= 3 ? 2 : (int) count - 1;
    }

    /** Modified Kneser-Ney discounts for counts 1, 2 and 3+ from the counts of counts. */
    private static double[] discounts(LongTable adjusted) {
        int[] nc = new int[5];
        adjusted.forEach((g, c) -> {
            if (c <= 4) {
                nc[(int) c]++;
            }
        });
        double y = nc[1] + 2 * nc[2] > 0 ? (double) nc[1] / (nc[1] + 2 * nc[2]) : 0.5;
        double a = nc[1] > 0 ? 1 - 2 * y * nc[2] / nc[1] : 0.5;
        double b = nc[2] > 0 ? 2 - 3 * y * nc[3] / nc[2] : 1;
        double c = nc[3] > 0 ? 3 - 4 * y * nc[4] / nc[3] : 1.5;
        return new double[] {Math.max(a, 0.1), Math.max(b, 0.1), Math.max(c, 0.1)};
    }

    /**
     * The log probability of the last character of a packed n-gram given the others.
     *
     * @param gram the packed n-gram
     * @param n its length, 1 to {@link #ORDER}
     * @return the natural log probability
     */
    double logProbability(long gram, int n) {
        return logProbability(gram, n, null, 0);
    }

    /**
     * {@link #logProbability(long, int)}, the back-off weights taken from {@code backoffs} (see
     * {@link #contextBackoffs}) for the contexts of position {@code k} when it is not {@code null}.
     */
    private double logProbability(long gram, int n, double[] backoffs, int k) {
        double acc = 0;
        while (true) {
            double p = prob.get(gram, Double.NaN);
            if (!Double.isNaN(p)) {
                return acc + p;
            }
            if (n == 1) {
                return acc + unknown;
            }
            // the context of n - 1 characters
            acc += backoffs != null ? backoffs[3 * k + n - 2] : bow.get(gram >>> 16, 0);
            n--;
            gram &= mask(n);
        }
    }

    /**
     * The log probability of {@code s[k]} after up to three characters before it.
     *
     * @param s a framed line
     * @param k a position after the {@link #BOS}
     * @return the natural log probability
     */
    public double logProbability(char[] s, int k) {
        int from = Math.max(0, k - ORDER + 1);
        return logProbability(WordFrequencies.key(s, from, k + 1), k + 1 - from);
    }

    /**
     * The log probability of every character of a framed line given the characters before it.
     *
     * @param s a framed line (see {@link #frame})
     * @return the running sums: element {@code k} is the log probability of {@code s[1, k)}, so the
     *     characters {@code [a, b)} together have {@code sums[b] - sums[a]}
     */
    public double[] cumulative(char[] s) {
        double[] sums = new double[s.length + 1];
        for (int k = 1; k < s.length; k++) {
            sums[k + 1] = sums[k] + logProbability(s, k);
        }
        return sums;
    }

    /**
     * The back-off weights of the contexts of every position of a framed line, for {@link #gain}:
     * element {@code 3 * k + len - 1} is the weight of the {@code len} characters before {@code s[k]}
     * (0 where the line has fewer). An edit at {@code k} leaves these contexts of {@code k} as they
     * are, so the first probability of every candidate at {@code k} reuses them.
     *
     * @param s a framed line (see {@link #frame})
     * @return the weights, three per position
     */
    public double[] contextBackoffs(char[] s) {
        double[] out = new double[3 * s.length];
        for (int k = 1; k < s.length; k++) {
            for (int len = 1; len <= ORDER - 1 && len <= k; len++) {
                out[3 * k + len - 1] = bow.get(WordFrequencies.key(s, k - len, k), 0);
            }
        }
        return out;
    }

    /** {@link #logProbability(char[], int)} with the contexts' back-off weights from {@link #contextBackoffs}. */
    private double logProbability(char[] s, int k, double[] backoffs) {
        int from = Math.max(0, k - ORDER + 1);
        return logProbability(WordFrequencies.key(s, from, k + 1), k + 1 - from, backoffs, k);
    }

    /**
     * How much the log probability of a framed line changes when {@code rep} replaces the characters
     * at {@code [at, at + rep.length())}, when that gain exceeds {@code floor}. Stops early, returning
     * some value not above {@code floor}, as soon as the gain can no longer exceed it (every
     * probability still to come is at most 1). The line is changed while this runs and restored.
     *
     * @param s a framed line (see {@link #frame}); used as scratch space
     * @param sums its running sums from {@link #cumulative}
     * @param at the first position to replace in {@code s}
     * @param rep the replacement (Chinese characters, which normalisation leaves alone)
     * @param backoffs the line's {@link #contextBackoffs}
     * @param floor the gain of interest is above this
     * @return the gain in natural log probability (positive: the replacement reads better), exact
     *     when above {@code floor}
     */
    public double gain(char[] s, double[] sums, double[] backoffs, int at, CharSequence rep, double floor) {
        int hi = Math.min(s.length, at + rep.length() - 1 + ORDER);
        double before = sums[hi] - sums[at];
        int n = rep.length();
        long saved = 0;
        for (int k = 0; k < n; k++) {
            saved = (saved << 16) | s[at + k];
            s[at + k] = normalize(rep.charAt(k));
        }
        // the first probability's contexts are before the edit: their weights are the line's
        double after = logProbability(s, at, backoffs);
        for (int k = at + 1; k < hi && after - before > floor; k++) {
            after += logProbability(s, k);
        }
        for (int k = n - 1; k >= 0; k--) {
            s[at + k] = (char) saved;
            saved >>>= 16;
        }
        return after - before;
    }

    /** @return the seen trigrams (of normalised, framed lines) as patterns with one open position */
    public CompletionIndex trigrams() {
        return trigrams;
    }

    @Override
    public String toString() {
        return "CharNgramModel[" + prob.size() + " n-grams, " + bow.size() + " contexts]";
    }
}
