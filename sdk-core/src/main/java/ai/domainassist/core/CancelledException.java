package ai.domainassist.core;

/**
 * The caller cancelled the call (for example {@link ai.domainassist.core.chat.StreamHandle#cancel()}),
 * or a stream handler threw and so ended its stream. Not retried: nothing failed on the provider's side.
 *
 * <p>Immutable and thread-safe.
 */
public class CancelledException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened; must not contain secrets or prompt text
     * @param details what is known about the call
     * @param cause the underlying exception (the handler's, say), or {@code null}
     */
    public CancelledException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}
