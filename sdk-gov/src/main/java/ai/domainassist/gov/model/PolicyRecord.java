package ai.domainassist.gov.model;

import ai.domainassist.retrieval.Validity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policy library knows about one policy document: identity, issuing body, date, type and
 * validity, with the superseding document when it was amended or repealed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the library id
 * @param title the title
 * @param documentNumber the 发文字号, or empty
 * @param authority the issuing body, or empty
 * @param type the document type, or {@code null} when the title names none (a 条例 or 办法)
 * @param date the 成文日期 or publication date, or {@code null} when unknown
 * @param validity the validity
 * @param supersededBy the id or title of the document that amended or repealed it, or empty
 * @param source where the text came from (a whitelisted source name)
 */
public record PolicyRecord(String id, String title, String documentNumber, String authority, DocumentType type,
        LocalDate date, Validity validity, String supersededBy, String source) {

    /**
     * @throws NullPointerException if a component other than type or date is {@code null}
     */
    public PolicyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(source, "source");
    }

    /** @return the document type, when the title names one */
    public Optional<DocumentType> documentType() {
        return Optional.ofNullable(type);
    }

    /** @return the date, when known */
    public Optional<LocalDate> issued() {
        return Optional.ofNullable(date);
    }

    /** @return whether the policy is in force (possibly as amended) */
    public boolean inForce() {
        return validity != Validity.REPEALED;
    }
}
