package ai.domainassist.gov.rules.internal;

import java.util.Arrays;

/**
 * Frequencies of words of one to four characters, keyed by the characters packed into a
 * {@code long} (16 bits each), in an open-addressing table: fast lookups with no allocation.
 * Immutable once built; thread-safe for reading.
 */
public final class WordFrequencies {
    private final long[] keys;
    private final int[] values;
    private final float[] logs;
    private final int mask;
    private final long total;

    /**
     * Builds the table.
     *
     * @param words the words (1 to 4 characters)
     * @param freqs their frequencies, same order
     * @throws IllegalArgumentException if a word is empty or longer than four characters
     */
    public WordFrequencies(java.util.List<String> words, int[] freqs) {
        int cap = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        this.keys = new long[cap];
        this.values = new int[cap];
        this.mask = cap - 1;
        long t = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.isEmpty() || w.length() > 4) {
                throw new IllegalArgumentException("word must have 1 to 4 characters: " + w);
            }
            put(key(w, 0, w.length()), freqs[i]);
            t += freqs[i];
        }
        this.total = t;
        float[] l = new float[values.length];
        double lt = Math.log(t);
        for (int i = 0; i < values.length; i++) {
            l[i] = values[i] > 0 ? (float) (Math.log(values[i]) - lt) : Float.NaN;
        }
        this.logs = l;
    }

    /**
     * The log probability of a packed word under the unigram model (frequency over total).
     *
     * @param k the key
     * @return the log probability, or NaN when the word is unknown
     */
    public float logProbability(long k) {
        int i = slot(k);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return logs[i];
            }
            i = (i + 1) & mask;
        }
        return Float.NaN;
    }

    /**
     * The key of {@code s[from, to)}.
     *
     * @param s the text
     * @param from the start
     * @param to the end, at most four characters after {@code from}
     * @return the packed key (never 0 for a non-empty span of non-NUL characters)
     */
    public static long key(CharSequence s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) {
            k = (k << 16) | s.charAt(i);
        }
        return k;
    }

    /**
     * The key of {@code s[from, to)}.
     *
     * @param s the characters
     * @param from the start
     * @param to the end, at most four characters after {@code from}
     * @return the packed key
     */
    public static long key(char[] s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) {
            k = (k << 16) | s[i];
        }
        return k;
    }

    private void put(long k, int v) {
        int i = slot(k);
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = Math.max(values[i], v);
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /**
     * The frequency of a packed word.
     *
     * @param k the key
     * @return the frequency, 0 when unknown
     */
    public int get(long k) {
        int i = slot(k);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    /**
     * @param s a text
     * @param from start
     * @param to end
     * @return the frequency of {@code s[from, to)}, 0 when unknown or longer than four characters
     */
    public int get(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return 0;
        }
        return get(key(s, from, to));
    }

    /** @return the sum of all frequencies */
    public long total() {
        return total;
    }

    @Override
    public String toString() {
        return "WordFrequencies[" + Arrays.stream(values).filter(v -> v > 0).count() + " words]";
    }
}
