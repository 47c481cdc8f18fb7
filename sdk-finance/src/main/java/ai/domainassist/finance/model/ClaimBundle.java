package ai.domainassist.finance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A claim as it reaches the claims desk: its id, its materials and what has already been paid
 * under the same policy in the current policy year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimId the claim's id (registered with each invoice in the {@code InvoiceRegistry})
 * @param documents the materials, in the order received; ids unique
 * @param submittedOn the date the claim was filed, or {@code null} to take it from the claim form
 * @param paidThisYear what the policy already paid in this policy year (for the annual limit)
 * @param deductibleUsed how much of the annual deductible earlier claims already used
 */
public record ClaimBundle(String claimId, List<ClaimDocument> documents, LocalDate submittedOn,
        BigDecimal paidThisYear, BigDecimal deductibleUsed) {

    /**
     * Checks and normalises the components.
     *
     * @param claimId the claim's id (registered with each invoice in the {@code InvoiceRegistry})
     * @param documents the materials, in the order received; ids unique
     * @param submittedOn the date the claim was filed, or {@code null} to take it from the claim form
     * @param paidThisYear what the policy already paid in this policy year (for the annual limit)
     * @param deductibleUsed how much of the annual deductible earlier claims already used
     * @throws NullPointerException if a component other than {@code submittedOn} is {@code null}
     * @throws IllegalArgumentException if the claim id is blank, there is no document, two documents
     *     share an id, or an amount is negative
     */
    public ClaimBundle {
        Objects.requireNonNull(claimId, "claimId");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Objects.requireNonNull(paidThisYear, "paidThisYear");
        Objects.requireNonNull(deductibleUsed, "deductibleUsed");
        if (claimId.isBlank()) {
            throw new IllegalArgumentException("claim id must not be blank");
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a claim bundle needs at least one document");
        }
        Set<String> ids = new HashSet<>();
        for (ClaimDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate document id in bundle: " + d.id());
            }
        }
        if (paidThisYear.signum() < 0 || deductibleUsed.signum() < 0) {
            throw new IllegalArgumentException("amounts already paid or used must not be negative");
        }
    }

    /**
     * A first claim of the policy year, its filing date taken from the claim form.
     *
     * @param claimId the claim id
     * @param documents the materials
     * @return the bundle
     */
    public static ClaimBundle of(String claimId, List<ClaimDocument> documents) {
        return new ClaimBundle(claimId, documents, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** @return the filing date, if given */
    public Optional<LocalDate> submitted() {
        return Optional.ofNullable(submittedOn);
    }
}
