package ai.domainassist.gov.model;

import ai.domainassist.retrieval.Citation;
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

    /** @return the citation of the clause (its heading path is the clause's path, for example 二、（三）) */
    public Citation citation() {
        return new Citation(policy.id(), policy.title(), policy.documentNumber(), clause.headingPath(),
                clause.span().start(), clause.span().end(), clause.text());
    }
}
