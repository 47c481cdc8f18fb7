package ai.domainassist.gov.draft;

/** Thrown when a draft or a version is not in the draft box. */
public final class DraftNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which draft or version
     */
    public DraftNotFoundException(String message) {
        super(message);
    }
}
