package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * A past case found similar to a claim, shown to the adjuster as a precedent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param precedent the past case
 * @param similarity the combined similarity, 0 to 1 (text of diagnoses and treatments, amount, claim type)
 * @param sharedDiagnoses the claim's diagnoses that the case shares (after folding)
 * @param evidence the span of the case record in the case library that matched
 */
public record SimilarCase(ClaimCase precedent, double similarity, List<String> sharedDiagnoses, Evidence evidence) {

    /**
     * Checks and normalises the components.
     *
     * @param precedent the past case
     * @param similarity the combined similarity, 0 to 1 (text of diagnoses and treatments, amount, claim type)
     * @param sharedDiagnoses the claim's diagnoses that the case shares (after folding)
     * @param evidence the span of the case record in the case library that matched
     * @throws NullPointerException if a component is {@code null}
     */
    public SimilarCase {
        Objects.requireNonNull(precedent, "precedent");
        sharedDiagnoses = List.copyOf(sharedDiagnoses);
        Objects.requireNonNull(evidence, "evidence");
    }
}
