package ai.domainassist.gov.library.internal;

import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A small BM25 index over character bigrams of clause texts (Chinese needs no word segmentation for
 * this: bigrams are the usual baseline). Entries are numbered in insertion order. Not thread-safe;
 * the library guards it with its lock.
 */
public final class ClauseIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, List<int[]>> postings = new HashMap<>(); // term -> {entry, tf}
    private final List<Integer> lengths = new ArrayList<>();
    private long totalLength;

    /**
     * Adds an entry.
     *
     * @param text the clause text
     * @return the entry's number
     */
    public int add(String text) {
        int id = lengths.size();
        Map<String, Integer> tf = new HashMap<>();
        List<String> grams = grams(text);
        for (String g : grams) {
            tf.merge(g, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, e.getValue()});
        }
        lengths.add(grams.size());
        totalLength += grams.size();
        return id;
    }

    /** @return the number of entries */
    public int size() {
        return lengths.size();
    }

    /**
     * The best entries for a query.
     *
     * @param query the query text
     * @param accept which entries may be returned
     * @param limit the most entries
     * @return {entry, score*1000} pairs, best first
     */
    public List<double[]> search(String query, IntPredicate accept, int limit) {
        int n = lengths.size();
        if (n == 0) {
            return List.of();
        }
        double avg = (double) totalLength / n;
        Map<Integer, Double> scores = new HashMap<>();
        for (String g : new java.util.HashSet<>(grams(query))) {
            List<int[]> p = postings.get(g);
            if (p == null) {
                continue;
            }
            double idf = Math.log(1 + (n - p.size() + 0.5) / (p.size() + 0.5));
            for (int[] e : p) {
                if (!accept.test(e[0])) {
                    continue;
                }
                double tf = e[1];
                double len = lengths.get(e[0]);
                double s = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avg));
                scores.merge(e[0], s, Double::sum);
            }
        }
        List<double[]> out = new ArrayList<>();
        scores.forEach((k, v) -> out.add(new double[] {k, v}));
        out.sort((a, b) -> Double.compare(b[1], a[1]));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    static List<String> grams(String text) {
        String f = NormalizedText.of(text).folded();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= f.length(); i++) {
            out.add(f.substring(i, i + 2));
        }
        if (f.length() == 1) {
            out.add(f);
        }
        return out;
    }
}
