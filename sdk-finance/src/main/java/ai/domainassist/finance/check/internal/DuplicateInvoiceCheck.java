package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.registry.Registration;
import ai.domainassist.finance.registry.Sighting;
import ai.domainassist.finance.rules.internal.RuleTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code DUPLICATE_INVOICE}: an invoice twice in the same claim, or submitted with another claim
 * that is first for it by the registry's rule (earliest submission time, then claim id). The claim's
 * invoices are registered. A claim that is first by the rule, but arrived after later claims had
 * already registered the invoice (and were then told they were first), is flagged too, naming them,
 * unless they belong to the same batch (whose claims are all registered before any is judged, so
 * the later ones are flagged themselves). Thread-safe if the registry is.
 */
public final class DuplicateInvoiceCheck {
    private final RuleTable rules;
    private final InvoiceRegistry registry;

    /**
     * @param rules the rule table
     * @param registry the registry
     */
    public DuplicateInvoiceCheck(RuleTable rules, InvoiceRegistry registry) {
        this.rules = rules;
        this.registry = registry;
    }

    /**
     * The keys of an invoice.
     *
     * @param inv the invoice
     * @return code + number and check code, as printed
     */
    public static List<InvoiceKey> keys(MedicalInvoice inv) {
        List<InvoiceKey> keys = new ArrayList<>();
        if (inv.code().isPresent() && inv.number().isPresent()) {
            keys.add(InvoiceKey.ofCodeAndNumber(inv.code().get().value(), inv.number().get().value()));
        }
        inv.checkCode().ifPresent(c -> keys.add(InvoiceKey.ofCheckCode(c.value())));
        return keys;
    }

    /**
     * Checks and registers the invoices of a claim.
     *
     * @param claimId the claim
     * @param invoices its invoices
     * @param at the claim's submission time
     * @param batch the claims assessed in the same batch (registered before any was judged)
     * @return the alerts, and the ids of the invoice documents that are duplicates (left out of the payable)
     */
    public Outcome run(String claimId, List<MedicalInvoice> invoices, Instant at, Set<String> batch) {
        List<RiskAlert> alerts = new ArrayList<>();
        Set<String> duplicates = new HashSet<>();
        Map<InvoiceKey, MedicalInvoice> inClaim = new HashMap<>();
        for (MedicalInvoice inv : invoices) {
            List<InvoiceKey> keys = keys(inv);
            if (keys.isEmpty()) {
                continue;
            }
            MedicalInvoice twin = null;
            for (InvoiceKey k : keys) {
                MedicalInvoice prev = inClaim.putIfAbsent(k, inv);
                if (prev != null && twin == null) {
                    twin = prev;
                }
            }
            if (twin != null) {
                duplicates.add(inv.documentId());
                List<Evidence> ev = new ArrayList<>(evidence(twin));
                ev.addAll(evidence(inv));
                alerts.add(rules.alert("DUPLICATE_INVOICE", inv.documentId() + ".number", "同一张票据在本案中提交了两次（"
                        + twin.documentId() + " 与 " + inv.documentId() + "）", ev));
                continue;
            }
            Registration reg = registry.submit(claimId, keys, at);
            Optional<Sighting> earlier = reg.earlier();
            if (earlier.isPresent()) {
                duplicates.add(inv.documentId());
                alerts.add(rules.alert("DUPLICATE_INVOICE", inv.documentId() + ".number", "该票据已于 "
                        + earlier.get().firstSeen() + " 在案件 " + earlier.get().claimId() + " 中提交过", evidence(inv))
                        .withRelatedClaim(earlier.get().claimId()));
            }
            List<String> displaced = reg.displaced().stream().map(Sighting::claimId).filter(c -> !batch.contains(c)).toList();
            if (!displaced.isEmpty()) {
                alerts.add(rules.alert("DUPLICATE_INVOICE", inv.documentId() + ".number", "该票据也在提交时间较晚的案件 "
                        + String.join("、", displaced) + " 中提交，且该案先于本案登记；按提交时间本案在先，请复核该案",
                        evidence(inv)).withRelatedClaim(displaced.get(0)));
            }
        }
        return new Outcome(alerts, duplicates);
    }

    /**
     * Registers the invoices of a claim without judging (the first phase of a batch).
     *
     * @param claimId the claim
     * @param invoices its invoices
     * @param at the claim's submission time
     */
    public void registerOnly(String claimId, List<MedicalInvoice> invoices, Instant at) {
        for (MedicalInvoice inv : invoices) {
            List<InvoiceKey> keys = keys(inv);
            if (!keys.isEmpty()) {
                registry.submit(claimId, keys, at);
            }
        }
    }

    private static List<Evidence> evidence(MedicalInvoice inv) {
        List<Evidence> ev = new ArrayList<>();
        inv.code().map(Grounded::evidence).ifPresent(ev::addAll);
        inv.number().map(Grounded::evidence).ifPresent(ev::addAll);
        inv.checkCode().map(Grounded::evidence).ifPresent(ev::addAll);
        return ev;
    }

    /**
     * The result of the check.
     *
     * @param alerts the alerts
     * @param duplicateDocuments the ids of the invoice documents found to be duplicates
     */
    public record Outcome(List<RiskAlert> alerts, Set<String> duplicateDocuments) {
    }
}
