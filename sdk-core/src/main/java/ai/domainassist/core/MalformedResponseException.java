package ai.domainassist.core;

/**
 * The provider answered with something that is not the documented response: invalid JSON, an HTML error page, an empty body, or a missing required field. Not retried.
 *
 * <p>Immutable and thread-safe.
 */
public class MalformedResponseException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public MalformedResponseException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public MalformedResponseException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
