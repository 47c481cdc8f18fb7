package ai.domainassist.gov.rules.internal;

/**
 * An open-addressing hash table from non-zero {@code long} keys (characters packed like
 * {@link WordFrequencies#key}) to a {@code double} value, growing as needed: counts while a model
 * is estimated, log probabilities once it is built. No allocation per lookup. Not thread-safe while
 * written; safe to read from many threads once {@link #seal}ed (or otherwise no longer written).
 */
public final class LongTable {
    /** Key and value (its raw bits) side by side: one cache line holds both. */
    private long[] slots;
    private int size;
    private int capacity;
    private int mask;
    /** Once {@link #seal}ed: one bit per hashed key, small enough to stay in cache, to answer most misses. */
    private long[] filter;
    private int filterMask;

    /**
     * @param expected the number of keys expected (the table grows past it)
     */
    public LongTable(int expected) {
        capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The index (into {@code slots}) of the key's pair, or of the empty pair where it would go. */
    private int find(long k) {
        int i = slot(k);
        while (slots[2 * i] != 0 && slots[2 * i] != k) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    /**
     * Adds to the value of a key (absent keys start at 0).
     *
     * @param k the key, not 0
     * @param v the amount
     * @throws IllegalArgumentException if the key is 0
     * @throws IllegalStateException if the table is sealed
     */
    public void add(long k, double v) {
        if (filter != null) {
            throw new IllegalStateException("sealed");
        }
        if (k == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int i = find(k);
        if (slots[i] == 0) {
            slots[i] = k;
            slots[i + 1] = Double.doubleToRawLongBits(v);
            size++;
            if (size * 2 > capacity) {
                grow();
            }
            return;
        }
        slots[i + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(slots[i + 1]) + v);
    }

    /**
     * Sets the value of a key.
     *
     * @param k the key, not 0
     * @param v the value
     * @throws IllegalArgumentException if the key is 0
     * @throws IllegalStateException if the table is sealed
     */
    public void put(long k, double v) {
        if (filter != null) {
            throw new IllegalStateException("sealed");
        }
        if (k == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int i = find(k);
        boolean fresh = slots[i] == 0;
        slots[i] = k;
        slots[i + 1] = Double.doubleToRawLongBits(v);
        if (fresh && ++size * 2 > capacity) {
            grow();
        }
    }

    /**
     * @param k the key
     * @param absent what to return when the key is absent
     * @return the key's value, or {@code absent}
     */
    public double get(long k, double absent) {
        if (filter != null) {
            int b = filterBit(k);
            if ((filter[b >>> 6] & (1L << b)) == 0) {
                return absent;
            }
        }
        int i = slot(k);
        while (true) {
            long key = slots[2 * i];
            if (key == k) {
                return Double.longBitsToDouble(slots[2 * i + 1]);
            }
            if (key == 0) {
                return absent;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * @param k the key
     * @return whether the table holds it
     */
    public boolean contains(long k) {
        return k != 0 && slots[find(k)] == k;
    }

    /**
     * Builds a bit filter of the keys (about 8 bits per key) that lets {@link #get} answer most
     * absent keys without touching the table. Call when the table will no longer be written.
     *
     * @return this table
     */
    public LongTable seal() {
        int bits = Integer.highestOneBit(Math.max(64, size * 8 - 1)) << 1;
        long[] f = new long[bits >>> 6];
        filterMask = bits - 1;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                int b = filterBit(slots[i]);
                f[b >>> 6] |= 1L << b;
            }
        }
        filter = f;
        return this;
    }

    private int filterBit(long k) {
        long h = k * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 32) & filterMask;
    }

    /** @return the number of keys */
    public int size() {
        return size;
    }

    /**
     * Calls the visitor for every entry, in no particular order.
     *
     * @param visitor receives key and value
     */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                visitor.visit(slots[i], Double.longBitsToDouble(slots[i + 1]));
            }
        }
    }

    /** Receives the entries of a table. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param key the key
         * @param value its value
         */
        void visit(long key, double value);
    }

    private void grow() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[2 * capacity];
        mask = capacity - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int j = find(old[i]);
                slots[j] = old[i];
                slots[j + 1] = old[i + 1];
            }
        }
    }

    @Override
    public String toString() {
        return "LongTable[" + size + " keys of " + capacity + "]";
    }
}
