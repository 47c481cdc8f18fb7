package ai.domainassist.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls may run at once against one provider endpoint ({@code BulkheadProvider}), and how
 * long a call may wait for a free slot. A call that gets none fails with
 * {@link ai.domainassist.core.RateLimitedException} (error code {@code bulkhead_full}) and the
 * failover router moves on. A stream holds its slot until its terminal event.
 *
 * <p>Default ({@link #defaults()}): 32 concurrent calls, waiting up to 10 s. Immutable and
 * thread-safe.
 *
 * @param maxConcurrentCalls calls that may run at once, at least 1
 * @param maxWait how long a call may wait for a slot, not negative
 */
public record BulkheadPolicy(int maxConcurrentCalls, Duration maxWait) {

    /**
     * Checks and normalises the components.
     *
     * @param maxConcurrentCalls calls that may run at once, at least 1
     * @param maxWait how long a call may wait for a slot, not negative
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if {@code maxWait} is {@code null}
     */
    public BulkheadPolicy {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be at least 1, was " + maxConcurrentCalls);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
    }

    /** @return 32 concurrent calls, waiting up to 10 s */
    public static BulkheadPolicy defaults() {
        return new BulkheadPolicy(32, Duration.ofSeconds(10));
    }
}
