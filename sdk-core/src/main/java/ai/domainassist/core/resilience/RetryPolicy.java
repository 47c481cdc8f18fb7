package ai.domainassist.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How the retry decorator ({@code RetryingProvider}) retries: which attempts, how long it waits
 * and for how long in total.
 *
 * <p>Only errors whose {@link ai.domainassist.core.ModelException#isRetryable()} is {@code true}
 * are retried (408, 409, 429, 5xx, timeouts, network errors); 400, 401, 403, 404 and 422 never
 * are. The wait before attempt <i>n</i>+1 is "full jitter": a uniformly random duration between 0
 * and {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}; when the provider said how long
 * to wait ({@code Retry-After} in seconds or as an HTTP date, or {@code retry-after-ms}) that
 * duration is used instead, unless it is longer than {@link #maxRetryAfter()}, in which case the
 * call fails at once with the rate-limit error (waiting less than asked would only earn another
 * 429; the failover router can then move on). A retry whose wait would end after
 * {@link #maxTotalTime()} (or after the request's own timeout, if shorter) is not made.
 *
 * <p>Defaults: 3 attempts, initial backoff 500 ms, multiplier 2, max backoff 20 s, max
 * Retry-After 60 s, max total time 2 min, the system clock and a real sleeper. Turn retrying off
 * with {@link #disabled()} (one attempt). Immutable and thread-safe.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration maxTotalTime;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final RetryListener listener;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxTotalTime = b.maxTotalTime;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.listener = b.listener;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the default policy */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** @return a policy that makes exactly one attempt (retrying off) */
    public static RetryPolicy disabled() {
        return builder().maxAttempts(1).build();
    }

    /** @return the most attempts per call, including the first */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff cap for the first retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the factor the backoff cap grows by per attempt */
    public double multiplier() {
        return multiplier;
    }

    /** @return the largest backoff cap */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest provider-requested wait that is honoured */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return the longest time one call may spend, attempts and waits together, before giving up */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    /** @return the clock that measures the total time */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper that waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the source of jitter, uniform in [0, 1) */
    public DoubleSupplier random() {
        return random;
    }

    /** @return who is told about retries */
    public RetryListener listener() {
        return listener;
    }

    /** @return a builder holding this policy's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.multiplier = multiplier;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.maxTotalTime = maxTotalTime;
        b.clock = clock;
        b.sleeper = sleeper;
        b.random = random;
        b.listener = listener;
        return b;
    }

    /**
     * The jittered backoff before the attempt after {@code failedAttempt}.
     *
     * @param failedAttempt the attempt that failed, from 1
     * @return the wait
     */
    public Duration backoff(int failedAttempt) {
        double cap = initialBackoff.toNanos() * Math.pow(multiplier, failedAttempt - 1);
        cap = Math.min(cap, maxBackoff.toNanos());
        return Duration.ofNanos((long) (cap * random.getAsDouble()));
    }

    /** A mutable builder; every setter validates at once. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private double multiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Duration maxTotalTime = Duration.ofMinutes(2);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private RetryListener listener = (p, a, e, d) -> { };

        private Builder() {
        }

        /**
         * @param maxAttempts the most attempts per call including the first, 1 to 20 (1 turns retrying off)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 20) {
                throw new IllegalArgumentException("maxAttempts must be within [1, 20], was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff the backoff cap for the first retry, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = positive(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * @param multiplier how much the backoff cap grows per attempt, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1 or not finite
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * @param maxBackoff the largest backoff cap, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = positive(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param maxRetryAfter the longest provider-requested wait honoured; longer requests fail at once
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
            if (maxRetryAfter.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must not be negative");
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * @param maxTotalTime the longest time one call may take with all its attempts and waits, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = positive(maxTotalTime, "maxTotalTime");
            return this;
        }

        /**
         * Sets the clock that measures total time.
         *
         * @param clock the clock that measures total time
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets what waits between attempts.
         *
         * @param sleeper what waits between attempts
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the jitter source, uniform in [0, 1).
         *
         * @param random the jitter source, uniform in [0, 1)
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Sets who is told about each retry.
         *
         * @param listener who is told about each retry
         * @return this builder
         */
        public Builder listener(RetryListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException if the initial backoff exceeds the max backoff
         */
        public RetryPolicy build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException("initialBackoff " + initialBackoff + " exceeds maxBackoff " + maxBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
