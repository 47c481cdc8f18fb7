package ai.domainassist.core.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the response and embedding caches ({@code CachingProvider}).
 *
 * <p>Defaults: 1,000 chat answers kept for 1 hour, 10,000 embedding vectors kept for 24 hours,
 * the system clock. Turn caching off by not configuring one ({@code ModelClient.builder().cache(null)}),
 * or per request by leaving it non-cacheable with a temperature other than 0. The caches run on
 * Caffeine, an optional dependency: the client has them only when
 * {@code com.github.ben-manes.caffeine:caffeine} is on the application's classpath. Immutable and
 * thread-safe.
 *
 * @param maxResponses the most chat answers kept, at least 1
 * @param responseTtl how long a chat answer is kept after it was stored, positive
 * @param maxEmbeddings the most embedding vectors kept, at least 1
 * @param embeddingTtl how long a vector is kept, positive
 * @param clock the clock entries expire by
 */
public record CachePolicy(long maxResponses, Duration responseTtl, long maxEmbeddings, Duration embeddingTtl,
                          Clock clock) {

    /**
     * Checks and normalises the components.
     *
     * @param maxResponses the most chat answers kept, at least 1
     * @param responseTtl how long a chat answer is kept after it was stored, positive
     * @param maxEmbeddings the most embedding vectors kept, at least 1
     * @param embeddingTtl how long a vector is kept, positive
     * @param clock the clock entries expire by
     * @throws IllegalArgumentException if a bound is not positive
     * @throws NullPointerException if a component is {@code null}
     */
    public CachePolicy {
        Objects.requireNonNull(responseTtl, "responseTtl");
        Objects.requireNonNull(embeddingTtl, "embeddingTtl");
        Objects.requireNonNull(clock, "clock");
        if (maxResponses < 1 || maxEmbeddings < 1) {
            throw new IllegalArgumentException("cache sizes must be at least 1");
        }
        if (responseTtl.isNegative() || responseTtl.isZero() || embeddingTtl.isNegative() || embeddingTtl.isZero()) {
            throw new IllegalArgumentException("cache time-to-live must be positive");
        }
    }

    /** @return the defaults */
    public static CachePolicy defaults() {
        return new CachePolicy(1_000, Duration.ofHours(1), 10_000, Duration.ofHours(24), Clock.systemUTC());
    }

    /**
     * @param max the most chat answers kept
     * @param ttl how long they are kept
     * @return a copy with these response bounds
     */
    public CachePolicy withResponses(long max, Duration ttl) {
        return new CachePolicy(max, ttl, maxEmbeddings, embeddingTtl, clock);
    }

    /**
     * @param max the most vectors kept
     * @param ttl how long they are kept
     * @return a copy with these embedding bounds
     */
    public CachePolicy withEmbeddings(long max, Duration ttl) {
        return new CachePolicy(maxResponses, responseTtl, max, ttl, clock);
    }

    /**
     * @param c the clock entries expire by
     * @return a copy with this clock
     */
    public CachePolicy withClock(Clock c) {
        return new CachePolicy(maxResponses, responseTtl, maxEmbeddings, embeddingTtl, c);
    }
}
