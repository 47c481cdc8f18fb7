package ai.domainassist.retrieval;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a document is added whose source the library's {@link SourceWhitelist} does not
 * allow (or that has no source while a whitelist is set). Nothing is written.
 */
public class SourceNotAllowedException extends RetrievalException {
    private static final long serialVersionUID = 1L;

    /** The id of the refused document. */
    private final String documentId;
    /** The source the whitelist does not allow, or {@code null} when the document had none. */
    private final String source;

    /**
     * @param documentId the refused document's id
     * @param source its source, or {@code null} if it has none
     */
    public SourceNotAllowedException(String documentId, String source) {
        super(source == null
                ? "document '" + documentId + "' has no source, and the library only accepts whitelisted sources"
                : "document '" + documentId + "' comes from source '" + source + "', which is not on the whitelist");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.source = source;
    }

    /** @return the refused document's id */
    public String documentId() {
        return documentId;
    }

    /** @return the refused source, empty when the document had none */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
