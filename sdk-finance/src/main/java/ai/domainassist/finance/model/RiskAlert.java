package ai.domainassist.finance.model;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * A risk rule that fired: the rule's id from the rule table ({@code rules/risk-rules.tsv}), its
 * severity, the field concerned, a sentence for the adjuster, the evidence spans, and for an alert
 * about another claim (a duplicate invoice first submitted elsewhere) that claim's id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule id, for example {@code DUPLICATE_INVOICE}
 * @param severity the rule's severity
 * @param kind the review-flag kind the alert maps to
 * @param field the field path ({@code doc-3.total}), or empty for the claim as a whole
 * @param message the sentence for the adjuster; names no personal data beyond what the documents show
 * @param evidence the spans in the documents that show the problem, possibly empty (a missing document)
 * @param relatedClaimId the other claim the alert concerns (for {@code DUPLICATE_INVOICE}: the claim
 *     the invoice was first submitted with), or empty when it concerns this claim only
 */
public record RiskAlert(String ruleId, Severity severity, ReviewFlag.Kind kind, String field, String message,
        List<Evidence> evidence, String relatedClaimId) {

    /**
     * Checks and normalises the components.
     *
     * @param ruleId the rule id, for example {@code DUPLICATE_INVOICE}
     * @param severity the rule's severity
     * @param kind the review-flag kind the alert maps to
     * @param field the field path ({@code doc-3.total}), or empty for the claim as a whole
     * @param message the sentence for the adjuster; names no personal data beyond what the documents show
     * @param evidence the spans in the documents that show the problem, possibly empty (a missing document)
     * @param relatedClaimId the other claim the alert concerns, or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public RiskAlert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(relatedClaimId, "relatedClaimId");
    }

    /**
     * An alert about this claim only (no related claim); the constructor of earlier versions.
     *
     * @param ruleId the rule id, for example {@code DUPLICATE_INVOICE}
     * @param severity the rule's severity
     * @param kind the review-flag kind the alert maps to
     * @param field the field path ({@code doc-3.total}), or empty for the claim as a whole
     * @param message the sentence for the adjuster
     * @param evidence the spans in the documents that show the problem, possibly empty
     * @throws NullPointerException if a component is {@code null}
     */
    public RiskAlert(String ruleId, Severity severity, ReviewFlag.Kind kind, String field, String message,
            List<Evidence> evidence) {
        this(ruleId, severity, kind, field, message, evidence, "");
    }

    /**
     * The same alert about another claim too.
     *
     * @param claimId the other claim's id
     * @return the copy
     * @throws NullPointerException if {@code claimId} is {@code null}
     */
    public RiskAlert withRelatedClaim(String claimId) {
        return new RiskAlert(ruleId, severity, kind, field, message, evidence, claimId);
    }

    /** @return the alert as a review flag; the message starts with the rule id in brackets */
    public ReviewFlag toFlag() {
        return new ReviewFlag(kind, severity, field, "[" + ruleId + "] " + message, evidence);
    }
}
