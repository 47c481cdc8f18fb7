package ai.domainassist.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider throttled the call (HTTP 429, or a rate-limit error code). Retried by the retry
 * decorator, which waits at least {@link #retryAfter()} when the provider said how long.
 *
 * <p>Immutable and thread-safe.
 */
public class RateLimitedException extends ModelException {
    private static final long serialVersionUID = 1L;

    /** How long the provider asked to wait, or {@code null} when it did not say. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param retryAfter how long the provider asked to wait ({@code Retry-After} or
     *     {@code retry-after-ms}), or {@code null} when it did not say
     * @param cause the underlying exception, or {@code null}
     */
    public RateLimitedException(String message, ErrorDetails details, Duration retryAfter, Throwable cause) {
        super(message, details, cause);
        this.retryAfter = retryAfter;
    }

    /** @return how long the provider asked the caller to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return {@code true}: the same request may succeed after waiting */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
