package ai.domainassist.finance.model;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * A risk rule that fired: the rule's id from the rule table ({@code rules/risk-rules.tsv}), its
 * severity, the field concerned, a sentence for the adjuster and the evidence spans.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule id, for example {@code DUPLICATE_INVOICE}
 * @param severity the rule's severity
 * @param kind the review-flag kind the alert maps to
 * @param field the field path ({@code doc-3.total}), or empty for the claim as a whole
 * @param message the sentence for the adjuster; names no personal data beyond what the documents show
 * @param evidence the spans in the documents that show the problem, possibly empty (a missing document)
 */
public record RiskAlert(String ruleId, Severity severity, ReviewFlag.Kind kind, String field, String message,
        List<Evidence> evidence) {

    /**
     * Checks and normalises the components.
     *
     * @param ruleId the rule id, for example {@code DUPLICATE_INVOICE}
     * @param severity the rule's severity
     * @param kind the review-flag kind the alert maps to
     * @param field the field path ({@code doc-3.total}), or empty for the claim as a whole
     * @param message the sentence for the adjuster; names no personal data beyond what the documents show
     * @param evidence the spans in the documents that show the problem, possibly empty (a missing document)
     * @throws NullPointerException if a component is {@code null}
     */
    public RiskAlert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /** @return the alert as a review flag; the message starts with the rule id in brackets */
    public ReviewFlag toFlag() {
        return new ReviewFlag(kind, severity, field, "[" + ruleId + "] " + message, evidence);
    }
}
