package ai.domainassist.core;

/**
 * The provider failed on its side or reported a transient conflict (HTTP 5xx, 409, or an overloaded error). Retried by the retry decorator.
 *
 * <p>Immutable and thread-safe.
 */
public class ServerException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public ServerException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public ServerException(String message, ErrorDetails details) {
        super(message, details, null);
    }

    /** @return {@code true}: the same request may succeed later */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
