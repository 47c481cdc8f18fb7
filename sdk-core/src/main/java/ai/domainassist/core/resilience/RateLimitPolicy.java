package ai.domainassist.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls per period the rate limiter ({@code RateLimitingProvider}) lets through to one
 * provider endpoint, and how long a call may wait for a permit.
 *
 * <p>There is no default limit (providers' quotas differ too much): the rate limiter is off
 * unless configured. A call that gets no permit within {@link #maxWait()} fails with
 * {@link ai.domainassist.core.RateLimitedException} (error code {@code client_rate_limit}), and
 * the failover router moves on. Immutable and thread-safe.
 *
 * @param callsPerPeriod calls allowed per period, at least 1
 * @param period the period, positive
 * @param maxWait how long a call may wait for a permit, not negative ({@code 0}: fail at once)
 */
public record RateLimitPolicy(int callsPerPeriod, Duration period, Duration maxWait) {

    /**
     * Checks and normalises the components.
     *
     * @param callsPerPeriod calls allowed per period, at least 1
     * @param period the period, positive
     * @param maxWait how long a call may wait for a permit, not negative ({@code 0}: fail at once)
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if a duration is {@code null}
     */
    public RateLimitPolicy {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maxWait, "maxWait");
        if (callsPerPeriod < 1) {
            throw new IllegalArgumentException("callsPerPeriod must be at least 1, was " + callsPerPeriod);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
    }

    /**
     * A limit of calls per second, waiting up to 5 s for a permit.
     *
     * @param calls calls per second
     * @return the policy
     */
    public static RateLimitPolicy perSecond(int calls) {
        return new RateLimitPolicy(calls, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    /**
     * A limit of calls per minute, waiting up to 5 s for a permit.
     *
     * @param calls calls per minute
     * @return the policy
     */
    public static RateLimitPolicy perMinute(int calls) {
        return new RateLimitPolicy(calls, Duration.ofMinutes(1), Duration.ofSeconds(5));
    }
}
