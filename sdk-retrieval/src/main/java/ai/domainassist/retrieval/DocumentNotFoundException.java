package ai.domainassist.retrieval;

import java.util.Objects;

/** Thrown by {@link DocumentLibrary#replace} when the library holds no document with that id. */
public class DocumentNotFoundException extends RetrievalException {
    private static final long serialVersionUID = 1L;

    /** The id that names no document. */
    private final String documentId;

    /**
     * @param documentId the id that was not found
     */
    public DocumentNotFoundException(String documentId) {
        super("document '" + documentId + "' is not in the library; use add to add it");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
    }

    /** @return the id that was not found */
    public String documentId() {
        return documentId;
    }
}
