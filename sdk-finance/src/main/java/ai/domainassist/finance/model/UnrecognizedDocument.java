package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import java.util.Map;
import java.util.Objects;

/**
 * A document the assistant could not classify; kept so that nothing submitted is lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 */
public record UnrecognizedDocument(String documentId) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @throws NullPointerException if the id is {@code null}
     */
    public UnrecognizedDocument {
        Objects.requireNonNull(documentId, "documentId");
    }

    @Override
    public DocumentType type() {
        return DocumentType.UNKNOWN;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return Map.of();
    }
}
