package ai.domainassist.finance.model;

import java.util.List;
import java.util.Objects;

/**
 * The assistant's assessment of a claim: what was extracted, which rules fired, which materials
 * are missing, the payable estimate with its computation and the recommendation, each with evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimId the claim
 * @param claimType the cover item the claim falls under
 * @param cause the cause of treatment
 * @param materials the extracted documents
 * @param alerts the risk alerts, most severe first
 * @param missingMaterials the document types required for the claim type but not submitted
 * @param payable the payable estimate
 * @param recommendation the recommendation
 */
public record ClaimAssessment(String claimId, ClaimType claimType, Cause cause, ClaimMaterials materials,
        List<RiskAlert> alerts, List<DocumentType> missingMaterials, PayableEstimate payable,
        Recommendation recommendation) {

    /**
     * Checks and normalises the components.
     *
     * @param claimId the claim
     * @param claimType the cover item the claim falls under
     * @param cause the cause of treatment
     * @param materials the extracted documents
     * @param alerts the risk alerts, most severe first
     * @param missingMaterials the document types required for the claim type but not submitted
     * @param payable the payable estimate
     * @param recommendation the recommendation
     * @throws NullPointerException if a component is {@code null}
     */
    public ClaimAssessment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(materials, "materials");
        alerts = List.copyOf(Objects.requireNonNull(alerts, "alerts"));
        missingMaterials = List.copyOf(Objects.requireNonNull(missingMaterials, "missingMaterials"));
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(recommendation, "recommendation");
    }

    /**
     * Whether a rule fired.
     *
     * @param ruleId the rule id
     * @return {@code true} if an alert with that id is present
     */
    public boolean hasAlert(String ruleId) {
        return alerts.stream().anyMatch(a -> a.ruleId().equals(ruleId));
    }
}
