package ai.domainassist.gov.rules.internal;

import java.util.Arrays;
import java.util.List;

/**
 * For every word of two to four characters and every position in it, the characters that complete
 * the word when that position is left open: 数据 gives 数? → 据 and ?据 → 数. Lets the proofreader
 * ask "which characters would make a known word here?" with one lookup per window instead of one
 * per candidate. Keys are packed like {@link WordFrequencies#key} with {@link #OPEN} at the open
 * position; sorted arrays found through a hash table, no allocation per lookup. The completing characters
 * of one pattern are sorted, so they can be intersected with a sorted candidate list. Immutable;
 * thread-safe.
 */
public final class CompletionIndex {
    /** The character that marks the open position in a pattern. */
    public static final char OPEN = '\uFFFF';

    private final long[] keys;
    private final int[] offsets;
    private final char[] pool;
    /** Open addressing over {@link #keys}: key and pattern index side by side, key 0 for an empty slot. */
    private final long[] hash;
    private final int mask;
    /** One bit per hashed pattern (about 8 bits per pattern): most absent patterns stop here. */
    private final long[] filter;
    private final int filterMask;

    /**
     * Builds the index.
     *
     * @param words the vocabulary (words of one character are ignored)
     */
    public CompletionIndex(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (w.length() >= 2 && w.length() <= 4) {
                n += w.length();
            }
        }
        long[] pk = new long[n];
        char[] pc = new char[n];
        int k = 0;
        StringBuilder sb = new StringBuilder(4);
        for (String w : words) {
            if (w.length() < 2 || w.length() > 4) {
                continue;
            }
            for (int j = 0; j < w.length(); j++) {
                sb.setLength(0);
                sb.append(w);
                sb.setCharAt(j, OPEN);
                pk[k] = WordFrequencies.key(sb, 0, sb.length());
                pc[k] = w.charAt(j);
                k++;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> pk[a] != pk[b] ? Long.compare(pk[a], pk[b]) : Character.compare(pc[a], pc[b]));
        long[] ks = new long[n];
        int[] off = new int[n + 1];
        char[] pool = new char[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long key = pk[order[i]];
            if (distinct == 0 || ks[distinct - 1] != key) {
                ks[distinct] = key;
                off[distinct] = i;
                distinct++;
            }
            pool[i] = pc[order[i]];
        }
        off[distinct] = n;
        this.keys = Arrays.copyOf(ks, distinct);
        this.offsets = Arrays.copyOf(off, distinct + 1);
        this.pool = pool;
        int cap = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
        this.hash = new long[2 * cap];
        this.mask = cap - 1;
        for (int i = 0; i < distinct; i++) {
            int h = slot(keys[i]);
            while (hash[2 * h] != 0) {
                h = (h + 1) & mask;
            }
            hash[2 * h] = keys[i];
            hash[2 * h + 1] = i;
        }
        int bits = Integer.highestOneBit(Math.max(64, distinct * 8 - 1)) << 1;
        this.filter = new long[bits >>> 6];
        this.filterMask = bits - 1;
        for (int i = 0; i < distinct; i++) {
            int b = filterBit(keys[i]);
            filter[b >>> 6] |= 1L << b;
        }
    }

    private int filterBit(long k) {
        long h = k * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 32) & filterMask;
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /**
     * Finds the pattern of a window with one open position.
     *
     * @param s the text
     * @param from the window's start
     * @param to its end (2 to 4 characters after {@code from})
     * @param open the open position, inside the window
     * @return the pattern's index for {@link #start} and {@link #end}, or -1 when no word fits
     */
    public int find(char[] s, int from, int to, int open) {
        long k = 0;
        for (int i = from; i < to; i++) {
            k = (k << 16) | (i == open ? OPEN : s[i]);
        }
        int b = filterBit(k);
        if ((filter[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        int h = slot(k);
        while (true) {
            long key = hash[2 * h];
            if (key == k) {
                return (int) hash[2 * h + 1];
            }
            if (key == 0) {
                return -1;
            }
            h = (h + 1) & mask;
        }
    }

    /**
     * @param pattern an index from {@link #find}
     * @return the first completing character's index in {@link #at}
     */
    public int start(int pattern) {
        return offsets[pattern];
    }

    /**
     * @param pattern an index from {@link #find}
     * @return one past the last completing character's index
     */
    public int end(int pattern) {
        return offsets[pattern + 1];
    }

    /**
     * Whether a character completes a pattern.
     *
     * @param pattern an index from {@link #find}
     * @param c the character
     * @return {@code true} if it is among the pattern's completions
     */
    public boolean completes(int pattern, char c) {
        return Arrays.binarySearch(pool, offsets[pattern], offsets[pattern + 1], c) >= 0;
    }

    /**
     * @param i an index between {@link #start} and {@link #end}
     * @return the completing character
     */
    public char at(int i) {
        return pool[i];
    }
}
