package ai.domainassist.core;

/**
 * The circuit breaker for this provider endpoint is open after repeated failures, so the call was not sent. The failover router moves on to the next provider.
 *
 * <p>Immutable and thread-safe.
 */
public class CircuitOpenException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public CircuitOpenException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public CircuitOpenException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
