package ai.domainassist.gov.library;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.retrieval.Validity;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A library search: words plus filters on authority, year, document type and validity.
 *
 * <p>Immutable and thread-safe; build with {@link #of(String)} and the {@code with} methods.
 */
public final class PolicyQuery {
    private final String text;
    private final String authority;
    private final Integer year;
    private final DocumentType type;
    private final Set<Validity> validity;
    private final int limit;

    private PolicyQuery(String text, String authority, Integer year, DocumentType type, Set<Validity> validity,
            int limit) {
        this.text = text;
        this.authority = authority;
        this.year = year;
        this.type = type;
        this.validity = validity;
        this.limit = limit;
    }

    /**
     * A query with no filters, 10 hits at most.
     *
     * @param text the words to search for
     * @return the query
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static PolicyQuery of(String text) {
        return new PolicyQuery(Objects.requireNonNull(text, "text"), "", null, null, EnumSet.allOf(Validity.class), 10);
    }

    /**
     * @param a the issuing body a policy's authority must contain
     * @return the new query
     */
    public PolicyQuery authority(String a) {
        return new PolicyQuery(text, Objects.requireNonNull(a), year, type, validity, limit);
    }

    /**
     * @param y the year the policy was issued
     * @return the new query
     */
    public PolicyQuery year(int y) {
        return new PolicyQuery(text, authority, y, type, validity, limit);
    }

    /**
     * @param t the document type
     * @return the new query
     */
    public PolicyQuery type(DocumentType t) {
        return new PolicyQuery(text, authority, year, Objects.requireNonNull(t), validity, limit);
    }

    /**
     * @param v the validities accepted
     * @return the new query
     * @throws IllegalArgumentException if none is given
     */
    public PolicyQuery validity(Validity... v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("at least one validity");
        }
        return new PolicyQuery(text, authority, year, type, EnumSet.copyOf(java.util.List.of(v)), limit);
    }

    /** @return a query for policies in force now (in force or amended) */
    public PolicyQuery inForce() {
        return validity(Validity.IN_FORCE, Validity.AMENDED);
    }

    /**
     * @param n the most hits
     * @return the new query
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public PolicyQuery limit(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return new PolicyQuery(text, authority, year, type, validity, n);
    }

    /** @return the words */
    public String text() {
        return text;
    }

    /** @return the authority filter */
    public Optional<String> authority() {
        return authority.isEmpty() ? Optional.empty() : Optional.of(authority);
    }

    /** @return the year filter */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** @return the type filter */
    public Optional<DocumentType> type() {
        return Optional.ofNullable(type);
    }

    /** @return the validities accepted */
    public Set<Validity> validity() {
        return java.util.Collections.unmodifiableSet(validity);
    }

    /** @return the most hits */
    public int limit() {
        return limit;
    }
}
