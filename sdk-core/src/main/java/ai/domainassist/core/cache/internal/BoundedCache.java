package ai.domainassist.core.cache.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded in-memory map for the response cache: at most {@code maximumSize} entries, the least
 * recently used dropped first, each entry dropped once it is older than the time-to-live by the
 * given clock, with hit, miss and eviction counters (an expired entry counts as evicted).
 *
 * <p>It replaces a general-purpose cache library (1.1 MB with its annotation jars) on sdk-core's
 * classpath: the decorator needs nothing more, and one lock per cache costs well under a
 * microsecond next to a provider call.
 *
 * <p>Thread-safe (every method holds the cache's lock).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BoundedCache<K, V> {
    private record Timed<V>(V value, Instant stored) {
    }

    private final long maximumSize;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<K, Timed<V>> map = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;
    private long evictions;

    /**
     * @param maximumSize the most entries kept, at least 1
     * @param ttl how long an entry is kept after it was stored, positive
     * @param clock the clock entries expire by
     * @throws IllegalArgumentException if a bound is not positive
     */
    public BoundedCache(long maximumSize, Duration ttl, Clock clock) {
        if (maximumSize < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cache bounds must be positive: " + maximumSize + ", " + ttl);
        }
        this.maximumSize = maximumSize;
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param key the key
     * @return the value stored under the key and not expired, or {@code null} (a miss)
     */
    public synchronized V getIfPresent(K key) {
        Timed<V> t = map.get(key);
        if (t != null && expired(t, clock.instant())) {
            map.remove(key);
            evictions++;
            t = null;
        }
        if (t == null) {
            misses++;
            return null;
        }
        hits++;
        return t.value();
    }

    /**
     * Stores a value, dropping the least recently used entries beyond the bound.
     *
     * @param key the key
     * @param value the value
     */
    public synchronized void put(K key, V value) {
        map.put(Objects.requireNonNull(key, "key"), new Timed<>(Objects.requireNonNull(value, "value"), clock.instant()));
        Iterator<Map.Entry<K, Timed<V>>> eldest = map.entrySet().iterator();
        while (map.size() > maximumSize && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
            evictions++;
        }
    }

    /** Drops every entry (not counted as evictions). */
    public synchronized void invalidateAll() {
        map.clear();
    }

    /** @return lookups answered */
    public synchronized long hits() {
        return hits;
    }

    /** @return lookups not answered */
    public synchronized long misses() {
        return misses;
    }

    /** @return entries dropped for size or age */
    public synchronized long evictions() {
        return evictions;
    }

    /** @return entries held now, after dropping the expired ones */
    public synchronized long size() {
        Instant now = clock.instant();
        for (Iterator<Timed<V>> it = map.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now)) {
                it.remove();
                evictions++;
            }
        }
        return map.size();
    }

    private boolean expired(Timed<V> t, Instant now) {
        return Duration.between(t.stored(), now).compareTo(ttl) >= 0;
    }
}
