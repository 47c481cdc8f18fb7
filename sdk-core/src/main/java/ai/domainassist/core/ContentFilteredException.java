package ai.domainassist.core;

/**
 * The provider refused the prompt or stopped the answer by its content policy (for example a {@code content_filter} finish reason or a moderation error code). Not retried.
 *
 * <p>Immutable and thread-safe.
 */
public class ContentFilteredException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public ContentFilteredException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public ContentFilteredException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
