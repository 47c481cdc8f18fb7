package ai.domainassist.core;

/**
 * The prompt (plus the requested completion) is longer than the model's context window. Not retried; shorten the input or raise the window.
 *
 * <p>Immutable and thread-safe.
 */
public class ContextLengthExceededException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception, or {@code null}
     */
    public ContextLengthExceededException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what went wrong; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public ContextLengthExceededException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
