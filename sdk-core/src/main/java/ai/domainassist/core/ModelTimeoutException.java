package ai.domainassist.core;

/**
 * A connect, read or whole-call deadline passed before the provider answered (or HTTP 408). Retried by the retry decorator, except for a stream that has already delivered events.
 *
 * <p>Immutable and thread-safe.
 */
public class ModelTimeoutException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public ModelTimeoutException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public ModelTimeoutException(String message, ErrorDetails details) {
        super(message, details, null);
    }

    /** @return {@code true}: the same request may succeed later */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
