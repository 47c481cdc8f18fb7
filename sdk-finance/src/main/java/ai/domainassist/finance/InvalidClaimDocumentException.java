package ai.domainassist.finance;

/**
 * A claim document that cannot be read at all (malformed OCR JSON, an empty document). The message
 * names the document id and the problem, never the document's content.
 */
public final class InvalidClaimDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The id of the document that could not be read. */
    private final String documentId;

    /**
     * @param documentId the document's id
     * @param message what is wrong
     */
    public InvalidClaimDocumentException(String documentId, String message) {
        super("document " + documentId + ": " + message);
        this.documentId = documentId;
    }

    /**
     * @param documentId the document's id
     * @param message what is wrong
     * @param cause the underlying error
     */
    public InvalidClaimDocumentException(String documentId, String message, Throwable cause) {
        super("document " + documentId + ": " + message, cause);
        this.documentId = documentId;
    }

    /** @return the id of the document */
    public String documentId() {
        return documentId;
    }
}
