package ai.domainassist.gov.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Words of two to four characters by their toneless pinyin, so that a span written with the wrong
 * homophones (公道 typed as 攻到) finds the words it may stand for: one lookup per reading of the
 * span. A character with several readings gives several keys; spans and words with more than
 * {@link #MAX_READINGS} readings are left out. Sorted arrays found through a hash table. Immutable;
 * thread-safe.
 */
public final class PinyinWords {
    /** The most readings (products of the characters' syllable counts) a span or word may have. */
    public static final int MAX_READINGS = 16;

    private final short[][] syllables = new short[65536][];
    private final long[] keys;
    private final int[] offsets;
    private final String[] pool;
    private final LongTable index;

    /**
     * @param pinyin lines of {@code pinyin.tsv}: character, comma-separated toneless syllables
     * @param words the vocabulary (words outside two to four characters are ignored)
     * @throws IllegalStateException if a pinyin line is malformed or there are more than 1,023 syllables
     */
    public PinyinWords(List<String> pinyin, List<String> words) {
        Map<String, Short> ids = new HashMap<>();
        for (String line : pinyin) {
            String[] c = line.split("\t");
            if (c.length < 2 || c[0].length() != 1) {
                throw new IllegalStateException("pinyin.tsv: bad line " + line);
            }
            String[] ss = c[1].split(",");
            short[] v = new short[ss.length];
            for (int k = 0; k < ss.length; k++) {
                v[k] = ids.computeIfAbsent(ss[k], x -> (short) (ids.size() + 1));
            }
            syllables[c[0].charAt(0)] = v;
        }
        if (ids.size() >= 1024) {
            throw new IllegalStateException("too many syllables: " + ids.size());
        }
        List<long[]> pairs = new ArrayList<>();
        List<String> vocab = new ArrayList<>();
        long[] buf = new long[MAX_READINGS];
        for (String w : words) {
            int n = readings(w, 0, w.length(), buf);
            if (n <= 0) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                pairs.add(new long[] {buf[k], vocab.size()});
            }
            vocab.add(w);
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : vocab.get((int) a[1]).compareTo(vocab.get((int) b[1])));
        long[] ks = new long[pairs.size()];
        int[] off = new int[pairs.size() + 1];
        String[] p = new String[pairs.size()];
        int distinct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            long key = pairs.get(i)[0];
            if (distinct == 0 || ks[distinct - 1] != key) {
                ks[distinct] = key;
                off[distinct] = i;
                distinct++;
            }
            p[i] = vocab.get((int) pairs.get(i)[1]);
        }
        off[distinct] = pairs.size();
        this.keys = Arrays.copyOf(ks, distinct);
        this.offsets = Arrays.copyOf(off, distinct + 1);
        this.pool = p;
        this.index = new LongTable(distinct);
        for (int i = 0; i < distinct; i++) {
            index.put(keys[i], i);
        }
        index.seal();
    }

    /**
     * The reading keys of {@code s[from, to)}.
     *
     * @param s the text
     * @param from the span's start
     * @param to its end, two to four characters after {@code from}
     * @param out receives the keys (room for {@link #MAX_READINGS})
     * @return how many keys, 0 when a character has no pinyin or there are too many readings
     */
    public int readings(CharSequence s, int from, int to, long[] out) {
        int len = to - from;
        if (len < 2 || len > 4) {
            return 0;
        }
        int n = 1;
        for (int i = from; i < to; i++) {
            short[] v = syllables[s.charAt(i)];
            if (v == null) {
                return 0;
            }
            n *= v.length;
            if (n > MAX_READINGS) {
                return 0;
            }
        }
        // every combination, the last character varying fastest (as itertools.product)
        for (int k = 0; k < n; k++) {
            long key = len;
            int rest = k;
            int radix = n;
            for (int i = from; i < to; i++) {
                short[] v = syllables[s.charAt(i)];
                radix /= v.length;
                key = (key << 10) | v[rest / radix];
                rest %= radix;
            }
            out[k] = key;
        }
        return n;
    }

    /**
     * Where the words of one reading key are: {@link #word} of every index from the returned
     * value's {@code start} to its {@code end}, in sorted order (words of several keys may repeat).
     *
     * @param key a key from {@link #readings}
     * @return the range packed as {@code (long) start << 32 | end}, or {@code 0} (empty) when no
     *     word has that reading
     */
    public long range(long key) {
        int at = (int) index.get(key, -1);
        return at < 0 ? 0 : (long) offsets[at] << 32 | offsets[at + 1];
    }

    /**
     * @param i an index within a {@link #range}
     * @return the word
     */
    public String word(int i) {
        return pool[i];
    }

    @Override
    public String toString() {
        return "PinyinWords[" + keys.length + " readings]";
    }
}
