package ai.domainassist.finance.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.finance.check.internal.ClaimContext;
import ai.domainassist.finance.check.internal.ConsistencyChecks;
import ai.domainassist.finance.check.internal.DuplicateInvoiceCheck;
import ai.domainassist.finance.check.internal.PayableCalculator;
import ai.domainassist.finance.check.internal.PolicyChecks;
import ai.domainassist.finance.check.internal.Recommender;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.model.UnrecognizedDocument;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.rules.internal.RuleData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges extracted materials against the policy and the rules, whichever engine extracted them:
 * consistency and policy checks, the invoice registry, the payable estimate and the recommendation.
 * Thread-safe.
 */
public final class ClaimJudge {
    private final RuleData data;
    private final ConsistencyChecks consistency;
    private final PolicyChecks policyChecks;
    private final DuplicateInvoiceCheck duplicates;
    private final PayableCalculator payable;
    private final Recommender recommender;
    private final Clock clock;

    /**
     * @param data the rule data
     * @param registry the invoice registry
     * @param earlyClaimDays the early-claim window
     * @param clock the clock for registry timestamps
     */
    public ClaimJudge(RuleData data, InvoiceRegistry registry, int earlyClaimDays, Clock clock) {
        this.data = data;
        this.consistency = new ConsistencyChecks(data.rules());
        this.policyChecks = new PolicyChecks(data, earlyClaimDays);
        this.duplicates = new DuplicateInvoiceCheck(data.rules(), registry);
        this.payable = new PayableCalculator(data.rules(), policyChecks);
        this.recommender = new Recommender(data.rules());
        this.clock = clock;
    }

    /**
     * Assesses a claim.
     *
     * @param bundle the bundle
     * @param materials the extracted materials
     * @param policy the policy
     * @return the assessment
     * @throws IllegalArgumentException if the policy names an exclusion category the lexicon does not know
     */
    public ClaimAssessment assess(ClaimBundle bundle, ClaimMaterials materials, InsurancePolicy policy) {
        return assess(bundle, materials, policy, Set.of());
    }

    /**
     * Assesses a claim of a batch whose invoices were all registered first ({@link #register}).
     *
     * @param bundle the bundle
     * @param materials the extracted materials
     * @param policy the policy
     * @param batch the ids of the batch's claims
     * @return the assessment
     * @throws IllegalArgumentException if the policy names an exclusion category the lexicon does not know
     */
    public ClaimAssessment assess(ClaimBundle bundle, ClaimMaterials materials, InsurancePolicy policy, Set<String> batch) {
        ClaimContext ctx = ClaimContext.of(bundle, materials, policy);
        List<RiskAlert> alerts = new ArrayList<>();
        alerts.addAll(policyChecks.run(ctx));
        alerts.addAll(consistency.run(ctx));
        DuplicateInvoiceCheck.Outcome dup = duplicates.run(bundle.claimId(), materials.invoices(), submittedAt(ctx), batch);
        alerts.addAll(dup.alerts());
        Optional<String> notCovered = alerts.stream()
                .filter(a -> List.of("TREATMENT_OUTSIDE_COVER", "WAITING_PERIOD", "EXCLUDED_CONDITION").contains(a.ruleId()))
                .map(RiskAlert::message).findFirst();
        PayableCalculator.Computed computed = payable.compute(ctx, dup.duplicateDocuments(), notCovered);
        alerts.addAll(computed.alerts());
        alerts.sort(Comparator.comparing(RiskAlert::severity).reversed());
        var rec = recommender.recommend(alerts, computed.estimate(), policy, ctx.claimType());
        return new ClaimAssessment(bundle.claimId(), ctx.claimType(), ctx.cause(), materials, alerts,
                policyChecks.missing(ctx), computed.estimate(), rec);
    }

    /**
     * Registers a claim's invoices without judging it (the first phase of a batch).
     *
     * @param bundle the bundle
     * @param materials the extracted materials
     * @param policy the policy
     */
    public void register(ClaimBundle bundle, ClaimMaterials materials, InsurancePolicy policy) {
        ClaimContext ctx = ClaimContext.of(bundle, materials, policy);
        duplicates.registerOnly(bundle.claimId(), materials.invoices(), submittedAt(ctx));
    }

    /**
     * The claim's submission time for the registry's rule: the filing date (the bundle's, else the
     * claim form's) at the start of the day in the clock's zone; without one, the clock's now.
     */
    private Instant submittedAt(ClaimContext ctx) {
        return ctx.filedOn().map(d -> d.value().atStartOfDay(clock.getZone()).toInstant()).orElseGet(clock::instant);
    }

    /**
     * The review flags of an assessment: every alert, plus unrecognised documents and invoices without a total.
     *
     * @param a the assessment
     * @return the flags
     */
    public static List<ReviewFlag> flags(ClaimAssessment a) {
        List<ReviewFlag> flags = new ArrayList<>();
        a.alerts().forEach(x -> flags.add(x.toFlag()));
        flags.addAll(materialFlags(a.materials()));
        return flags;
    }

    /**
     * Flags about the extraction itself: documents not recognised, invoices whose total could not be read.
     *
     * @param materials the materials
     * @return the flags
     */
    public static List<ReviewFlag> materialFlags(ClaimMaterials materials) {
        List<ReviewFlag> flags = new ArrayList<>();
        for (ClaimMaterial m : materials.documents()) {
            if (m instanceof UnrecognizedDocument u) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, u.documentId(),
                        "无法识别的材料类型，请人工归类", List.of()));
            } else if (m instanceof MedicalInvoice inv && inv.total().isEmpty()) {
                flags.add(ReviewFlag.of(ReviewFlag.Kind.MISSING, inv.documentId() + ".total", "未能读取票据合计金额"));
            }
        }
        return flags;
    }

    /** @return the rule data */
    public RuleData data() {
        return data;
    }
}
