package ai.domainassist.core.cache;

/**
 * A snapshot of a cache's counters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that went to the provider
 * @param collapsed calls that waited for an identical call already in flight instead of calling the provider
 * @param evictions entries dropped for size or age
 * @param size entries held now (approximate)
 */
public record CacheStats(long hits, long misses, long collapsed, long evictions, long size) {

    /** @return hits divided by lookups, 0 when there were none */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
