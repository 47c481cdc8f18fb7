package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimForm;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.DiagnosisCertificate;
import ai.domainassist.finance.model.DischargeSummary;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the checks look at for one claim, with the derived facts they share (claim type,
 * cause, treatment dates, diagnoses). Immutable.
 *
 * @param bundle the bundle
 * @param materials the extracted materials
 * @param policy the policy
 * @param claimType the cover item
 * @param cause the cause
 */
public record ClaimContext(ClaimBundle bundle, ClaimMaterials materials, InsurancePolicy policy, ClaimType claimType,
        Cause cause) {

    /**
     * Derives claim type and cause from the claim form, else from the documents.
     *
     * @param bundle the bundle
     * @param materials the materials
     * @param policy the policy
     * @return the context
     */
    public static ClaimContext of(ClaimBundle bundle, ClaimMaterials materials, InsurancePolicy policy) {
        Optional<ClaimForm> form = materials.all(ClaimForm.class).stream().findFirst();
        ClaimType type = form.flatMap(ClaimForm::claimType).map(Grounded::value)
                .map(t -> "住院".equals(t) ? ClaimType.INPATIENT : ClaimType.OUTPATIENT)
                .orElse(materials.has(DocumentType.INVOICE_INPATIENT) || materials.has(DocumentType.DISCHARGE_SUMMARY)
                        ? ClaimType.INPATIENT : ClaimType.OUTPATIENT);
        Cause cause = form.flatMap(ClaimForm::cause).map(Grounded::value)
                .map(c -> "意外".equals(c) ? Cause.ACCIDENT : Cause.ILLNESS).orElse(Cause.ILLNESS);
        return new ClaimContext(bundle, materials, policy, type, cause);
    }

    /** @return the claim form, if submitted */
    public Optional<ClaimForm> form() {
        return materials.all(ClaimForm.class).stream().findFirst();
    }

    /**
     * The dates treatment started according to each document: invoice visit or admission dates
     * (the issue date when neither is printed), discharge-summary admission, certificate visit date,
     * the claim form's incident date.
     *
     * @return the dates with their evidence, earliest first
     */
    public List<Grounded<LocalDate>> treatmentDates() {
        List<Grounded<LocalDate>> out = new ArrayList<>();
        for (MedicalInvoice inv : materials.invoices()) {
            inv.visitDate().or(inv::admissionDate).or(inv::issueDate).ifPresent(out::add);
        }
        for (DischargeSummary d : materials.all(DischargeSummary.class)) {
            d.admissionDate().ifPresent(out::add);
        }
        for (DiagnosisCertificate d : materials.all(DiagnosisCertificate.class)) {
            d.visitDate().ifPresent(out::add);
        }
        form().flatMap(ClaimForm::incidentDate).ifPresent(out::add);
        out.sort(Comparator.comparing(Grounded::value));
        return out;
    }

    /** @return the diagnoses of discharge summaries and certificates */
    public List<Grounded<String>> diagnoses() {
        List<Grounded<String>> out = new ArrayList<>();
        materials.all(DischargeSummary.class).forEach(d -> out.addAll(d.diagnoses()));
        materials.all(DiagnosisCertificate.class).forEach(d -> out.addAll(d.diagnoses()));
        return out;
    }

    /** @return the procedures of discharge summaries */
    public List<Grounded<String>> procedures() {
        List<Grounded<String>> out = new ArrayList<>();
        materials.all(DischargeSummary.class).forEach(d -> out.addAll(d.procedures()));
        return out;
    }

    /** @return the filing date: the bundle's, else the claim form's application date */
    public Optional<Grounded<LocalDate>> filedOn() {
        if (bundle.submitted().isPresent()) {
            return bundle.submitted().map(d -> new Grounded<>(d, List.of(), Origin.INPUT, 1.0));
        }
        return form().flatMap(ClaimForm::applicationDate);
    }
}
