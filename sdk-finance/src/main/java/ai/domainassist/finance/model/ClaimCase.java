package ai.domainassist.finance.model;

import ai.domainassist.finance.model.Recommendation.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decided past claim kept in the case library as a precedent: what was claimed for, how much,
 * what was decided and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case's id (no tabs or line breaks)
 * @param claimType the cover item
 * @param diagnoses the diagnoses
 * @param treatments the procedures and main treatments or items
 * @param amount the medical expenses claimed
 * @param decision the decision taken
 * @param payout the amount paid (zero when declined)
 * @param reason the reason given, with the clause where there was one
 * @param decidedOn the date of the decision
 */
public record ClaimCase(String caseId, ClaimType claimType, List<String> diagnoses, List<String> treatments,
        BigDecimal amount, Decision decision, BigDecimal payout, String reason, LocalDate decidedOn) {

    /**
     * Checks and normalises the components.
     *
     * @param caseId the case's id (no tabs or line breaks)
     * @param claimType the cover item
     * @param diagnoses the diagnoses
     * @param treatments the procedures and main treatments or items
     * @param amount the medical expenses claimed
     * @param decision the decision taken
     * @param payout the amount paid (zero when declined)
     * @param reason the reason given, with the clause where there was one
     * @param decidedOn the date of the decision
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the id is blank or holds a line break, there is no diagnosis,
     *     or an amount is negative
     */
    public ClaimCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimType, "claimType");
        diagnoses = List.copyOf(diagnoses);
        treatments = List.copyOf(treatments);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(payout, "payout");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (caseId.isBlank() || caseId.contains("\n") || caseId.contains("\t")) {
            throw new IllegalArgumentException("case id must be a non-blank single line");
        }
        if (diagnoses.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one diagnosis");
        }
        if (amount.signum() < 0 || payout.signum() < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
    }
}
