package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A clause found by a library search.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the policy
 * @param clause the clause
 * @param score the relevance score (higher is better; comparable within one search only)
 */
public record PolicyHit(PolicyRecord policy, Clause clause, double score) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public PolicyHit {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clause, "clause");
    }

    /** @return the citation of the clause */
    public Citation citation() {
        return new Citation(policy.id(), policy.title(), policy.documentNumber(), clause.path(),
                clause.span().start(), clause.span().end(), clause.text());
    }
}
