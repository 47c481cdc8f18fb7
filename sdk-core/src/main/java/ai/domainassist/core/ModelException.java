package ai.domainassist.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Base of every error the SDK reports about a model call: a typed, unchecked exception that says
 * which provider failed, how, and whether trying again can help.
 *
 * <p>Each instance carries the {@link ErrorDetails} known at the point of failure: provider name,
 * model, HTTP status, the provider's own error code and the request id the provider returned. The
 * message never contains the API key, other secrets or the prompt text; subclasses and callers
 * must keep it that way (provider error bodies are shortened and passed through
 * {@link ErrorDetails#describe()} only).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Details of a failed call; every component may be unknown. */
    private final ErrorDetails details;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, in words; must not contain secrets or prompt text
     * @param details what is known about the call; never {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ModelException(String message, ErrorDetails details, Throwable cause) {
        super(message + details.describe(), cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    /**
     * Creates an exception without a cause.
     *
     * @param message what went wrong, in words; must not contain secrets or prompt text
     * @param details what is known about the call; never {@code null}
     */
    public ModelException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    /** @return what is known about the failed call */
    public ErrorDetails details() {
        return details;
    }

    /** @return the provider's name (for example {@code deepseek}), if known */
    public Optional<String> provider() {
        return Optional.ofNullable(details.provider());
    }

    /** @return the HTTP status, if the failure came with a response */
    public Optional<Integer> httpStatus() {
        return details.httpStatus() > 0 ? Optional.of(details.httpStatus()) : Optional.empty();
    }

    /** @return the provider's request id (from its response headers or body), if known */
    public Optional<String> requestId() {
        return Optional.ofNullable(details.requestId());
    }

    /** @return the provider's own error code (for example {@code context_length_exceeded}), if known */
    public Optional<String> errorCode() {
        return Optional.ofNullable(details.errorCode());
    }

    /**
     * Whether sending the same request again may succeed. The retry decorator retries only
     * exceptions that answer {@code true}: rate limits, timeouts, network errors, 408, 409 and 5xx.
     *
     * @return {@code true} if a retry can help
     */
    public boolean isRetryable() {
        return false;
    }
}
