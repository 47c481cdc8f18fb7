package ai.domainassist.gov.library;

/** Thrown when a document's source is not on the library's whitelist. */
public final class SourceNotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source the source that was refused
     */
    public SourceNotAllowedException(String source) {
        super("source is not whitelisted: " + source);
    }
}
