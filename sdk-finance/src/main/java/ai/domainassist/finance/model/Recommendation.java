package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * What the assistant recommends the adjuster do, why, the policy clause it rests on, and the evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision the recommended decision
 * @param reason one or two sentences for the adjuster
 * @param clause the policy clause the decision rests on (always given for {@link Decision#DECLINE}), or empty
 * @param ruleIds the ids of the alerts that led to it, possibly empty
 * @param evidence the spans that support it
 */
public record Recommendation(Decision decision, String reason, String clause, List<String> ruleIds,
        List<Evidence> evidence) {

    /** The decisions, from most to least favourable to the claimant. */
    public enum Decision {
        /** Pay the estimate. */
        PAY,
        /** Pay the estimate, which is less than the eligible expenses (items excluded or limits reached). */
        PAY_PARTIALLY,
        /** Ask the claimant for the missing materials (保险法 第二十二条: notify once, completely). */
        REQUEST_DOCUMENTS,
        /** A person must look: consistency or fraud signals. */
        REFER_TO_HUMAN,
        /** Decline under the cited clause. */
        DECLINE
    }

    /**
     * Checks and normalises the components.
     *
     * @param decision the recommended decision
     * @param reason one or two sentences for the adjuster
     * @param clause the policy clause the decision rests on (always given for {@link Decision#DECLINE}), or empty
     * @param ruleIds the ids of the alerts that led to it, possibly empty
     * @param evidence the spans that support it
     * @throws NullPointerException if a component is {@code null}
     */
    public Recommendation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clause, "clause");
        ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
