package ai.domainassist.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * When the circuit breaker of a provider endpoint ({@code CircuitBreakingProvider}) opens and for
 * how long.
 *
 * <p>The breaker looks at the last {@link #slidingWindowSize()} calls (each call counted once,
 * after its retries); once at least {@link #minimumCalls()} were seen and the share that failed
 * with a retryable error (5xx, 429, timeouts, network) reaches {@link #failureRateThreshold()}
 * percent, it opens: calls fail at once with {@link ai.domainassist.core.CircuitOpenException}
 * and the failover router moves on. After {@link #openDuration()} it lets
 * {@link #halfOpenCalls()} trial calls through and closes again if they succeed. Errors that are
 * the caller's (400, 401, 404, 422, budget) do not count.
 *
 * <p>Defaults: window 20 calls, at least 10 calls, 50 %, open 30 s, 3 trial calls, the system
 * clock. Turn it off by not configuring one ({@code ModelClient.builder().circuitBreaker(null)}).
 * Immutable and thread-safe.
 */
public final class CircuitBreakerPolicy {
    private final int slidingWindowSize;
    private final int minimumCalls;
    private final float failureRateThreshold;
    private final Duration openDuration;
    private final int halfOpenCalls;
    private final Clock clock;

    private CircuitBreakerPolicy(Builder b) {
        this.slidingWindowSize = b.slidingWindowSize;
        this.minimumCalls = b.minimumCalls;
        this.failureRateThreshold = b.failureRateThreshold;
        this.openDuration = b.openDuration;
        this.halfOpenCalls = b.halfOpenCalls;
        this.clock = b.clock;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the default policy */
    public static CircuitBreakerPolicy defaults() {
        return builder().build();
    }

    /** @return how many recent calls are looked at */
    public int slidingWindowSize() {
        return slidingWindowSize;
    }

    /** @return how many calls must be seen before the breaker may open */
    public int minimumCalls() {
        return minimumCalls;
    }

    /** @return the failure percentage that opens the breaker */
    public float failureRateThreshold() {
        return failureRateThreshold;
    }

    /** @return how long the breaker stays open before trial calls */
    public Duration openDuration() {
        return openDuration;
    }

    /** @return how many trial calls run while half open */
    public int halfOpenCalls() {
        return halfOpenCalls;
    }

    /** @return the clock that times the open state */
    public Clock clock() {
        return clock;
    }

    /** A mutable builder; every setter validates at once. Not thread-safe. */
    public static final class Builder {
        private int slidingWindowSize = 20;
        private int minimumCalls = 10;
        private float failureRateThreshold = 50f;
        private Duration openDuration = Duration.ofSeconds(30);
        private int halfOpenCalls = 3;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param size how many recent calls to look at, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder slidingWindowSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("slidingWindowSize must be at least 1, was " + size);
            }
            this.slidingWindowSize = size;
            return this;
        }

        /**
         * @param calls how many calls must be seen before the breaker may open, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder minimumCalls(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("minimumCalls must be at least 1, was " + calls);
            }
            this.minimumCalls = calls;
            return this;
        }

        /**
         * @param percent the failure percentage that opens the breaker, in (0, 100]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder failureRateThreshold(float percent) {
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("failureRateThreshold must be within (0, 100], was " + percent);
            }
            this.failureRateThreshold = percent;
            return this;
        }

        /**
         * @param duration how long to stay open, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder openDuration(Duration duration) {
            Objects.requireNonNull(duration, "openDuration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("openDuration must be positive, was " + duration);
            }
            this.openDuration = duration;
            return this;
        }

        /**
         * @param calls trial calls while half open, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder halfOpenCalls(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("halfOpenCalls must be at least 1, was " + calls);
            }
            this.halfOpenCalls = calls;
            return this;
        }

        /**
         * Sets the clock that times the open state.
         *
         * @param clock the clock that times the open state
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException if minimumCalls exceeds the window
         */
        public CircuitBreakerPolicy build() {
            if (minimumCalls > slidingWindowSize) {
                throw new IllegalArgumentException("minimumCalls " + minimumCalls + " exceeds slidingWindowSize "
                        + slidingWindowSize);
            }
            return new CircuitBreakerPolicy(this);
        }
    }
}
