package ai.domainassist.gov.library;

import ai.domainassist.retrieval.Validity;
import java.util.Objects;

/**
 * What the caller states about a policy it adds to the library: its id, the source it comes from
 * (checked against the library's whitelist), its validity and the superseding document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the library id (unique)
 * @param source the publishing source, for example {@code 北京市人民政府}; must be whitelisted
 * @param validity the validity
 * @param supersededBy the title (or id) of the document that amended or repealed it, or empty
 */
public record PolicyMetadata(String id, String source, Validity validity, String supersededBy) {

    /**
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the id or source is blank
     */
    public PolicyMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(supersededBy, "supersededBy");
        if (id.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("id and source must not be blank");
        }
    }

    /**
     * A policy in force.
     *
     * @param id the id
     * @param source the source
     * @return the metadata
     */
    public static PolicyMetadata inForce(String id, String source) {
        return new PolicyMetadata(id, source, Validity.IN_FORCE, "");
    }

    /**
     * The same metadata with another validity.
     *
     * @param v the validity
     * @param by the superseding document, or empty
     * @return the new metadata
     */
    public PolicyMetadata withValidity(Validity v, String by) {
        return new PolicyMetadata(id, source, v, by);
    }
}
