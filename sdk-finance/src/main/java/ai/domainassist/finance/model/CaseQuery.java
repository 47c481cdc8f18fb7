package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a claim is looked up by in the case library: its type, diagnoses, treatments and amount.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimType the cover item
 * @param diagnoses the diagnoses
 * @param treatments procedures and charged items
 * @param amount the medical expenses
 */
public record CaseQuery(ClaimType claimType, List<String> diagnoses, List<String> treatments, BigDecimal amount) {

    /**
     * Checks and normalises the components.
     *
     * @param claimType the cover item
     * @param diagnoses the diagnoses
     * @param treatments procedures and charged items
     * @param amount the medical expenses
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if there is neither a diagnosis nor a treatment
     */
    public CaseQuery {
        Objects.requireNonNull(claimType, "claimType");
        diagnoses = List.copyOf(diagnoses);
        treatments = List.copyOf(treatments);
        Objects.requireNonNull(amount, "amount");
        if (diagnoses.isEmpty() && treatments.isEmpty()) {
            throw new IllegalArgumentException("a case query needs a diagnosis or a treatment");
        }
    }

    /**
     * The query of an assessed claim: its diagnoses, its procedures and charged items, its expenses.
     *
     * @param a the assessment
     * @return the query
     * @throws IllegalArgumentException if the claim shows neither a diagnosis nor a treatment
     */
    public static CaseQuery of(ClaimAssessment a) {
        LinkedHashSet<String> dx = new LinkedHashSet<>();
        LinkedHashSet<String> tx = new LinkedHashSet<>();
        for (DischargeSummary d : a.materials().all(DischargeSummary.class)) {
            d.diagnoses().forEach(g -> dx.add(g.value()));
            d.procedures().forEach(g -> tx.add(g.value()));
        }
        for (DiagnosisCertificate d : a.materials().all(DiagnosisCertificate.class)) {
            d.diagnoses().stream().map(Grounded::value).forEach(dx::add);
        }
        for (MedicalInvoice inv : a.materials().invoices()) {
            inv.items().forEach(i -> tx.add(i.name()));
        }
        return new CaseQuery(a.claimType(), new ArrayList<>(dx), new ArrayList<>(tx), a.payable().totalExpenses());
    }
}
