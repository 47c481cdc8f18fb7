package ai.domainassist.core;

/**
 * The credentials are valid but not allowed to do this (HTTP 403): model not enabled, region or quota denied. Not retried.
 *
 * <p>Immutable and thread-safe.
 */
public class PermissionDeniedException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public PermissionDeniedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public PermissionDeniedException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
