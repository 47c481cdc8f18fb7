package ai.domainassist.finance.model;

import java.util.List;
import java.util.Objects;

/**
 * The extracted materials of a claim, one per submitted document, in submission order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents the extracted documents (unrecognised ones included)
 */
public record ClaimMaterials(List<ClaimMaterial> documents) {

    /**
     * Checks and normalises the components.
     *
     * @param documents the extracted documents (unrecognised ones included)
     * @throws NullPointerException if the list or an element is {@code null}
     */
    public ClaimMaterials {
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    }

    /**
     * The documents of one record type.
     *
     * @param type the record class, for example {@code MedicalInvoice.class}
     * @param <T> the type
     * @return the documents of that type, in order
     */
    public <T extends ClaimMaterial> List<T> all(Class<T> type) {
        return documents.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the medical invoices */
    public List<MedicalInvoice> invoices() {
        return all(MedicalInvoice.class);
    }

    /**
     * Whether a document of the type is present.
     *
     * @param type the document type
     * @return {@code true} if present
     */
    public boolean has(DocumentType type) {
        return documents.stream().anyMatch(d -> d.type() == type);
    }
}
