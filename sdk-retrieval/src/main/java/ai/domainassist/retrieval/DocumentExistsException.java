package ai.domainassist.retrieval;

import java.util.Objects;

/** Thrown by {@link DocumentLibrary#add} when the library already holds a document with that id. */
public class DocumentExistsException extends RetrievalException {
    private static final long serialVersionUID = 1L;

    /** The id of the document that already exists. */
    private final String documentId;

    /**
     * @param documentId the id that is taken
     */
    public DocumentExistsException(String documentId) {
        super("document '" + documentId + "' is already in the library; use replace to change it");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
    }

    /** @return the id that is taken */
    public String documentId() {
        return documentId;
    }
}
