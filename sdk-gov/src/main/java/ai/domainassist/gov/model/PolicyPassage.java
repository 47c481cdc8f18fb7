package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A clause of a policy in the library, as a citation target.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the policy
 * @param clause the clause, its span in the policy's text
 */
public record PolicyPassage(PolicyRecord policy, Clause clause) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public PolicyPassage {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clause, "clause");
    }
}
