package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimForm;
import ai.domainassist.finance.model.DiagnosisCertificate;
import ai.domainassist.finance.model.DischargeSummary;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.Exclusion;
import ai.domainassist.finance.model.HospitalRequirement;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.rules.internal.ExclusionLexicon;
import ai.domainassist.finance.rules.internal.HospitalList;
import ai.domainassist.finance.rules.internal.RuleData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of the claim against the policy: cover period, waiting periods, early claims,
 * exclusions, pre-existing conditions, hospital requirements, required materials and the
 * settlement statement. Immutable.
 */
public final class PolicyChecks {
    private static final Pattern ONSET = Pattern.compile(
            "([0-9０-９一二两三四五六七八九十半]+)\\s*(年|个月|月|周|天|日)(?:余|多)?(?:前|来|史)|病史\\s*([0-9０-９一二两三四五六七八九十]+)\\s*(年|个月|月)");
    private final RuleData data;
    private final int earlyClaimDays;

    /**
     * @param data the rule data
     * @param earlyClaimDays the early-claim window after the policy start
     */
    public PolicyChecks(RuleData data, int earlyClaimDays) {
        this.data = data;
        this.earlyClaimDays = earlyClaimDays;
    }

    /**
     * Runs every policy check.
     *
     * @param ctx the claim
     * @return the alerts
     */
    public List<RiskAlert> run(ClaimContext ctx) {
        List<RiskAlert> out = new ArrayList<>();
        coverAndWaiting(ctx, out);
        exclusions(ctx, out);
        preExisting(ctx, out);
        hospitals(ctx, out);
        materials(ctx, out);
        return out;
    }

    /**
     * The document types required for the claim type and not submitted.
     *
     * @param ctx the claim
     * @return the missing types
     */
    public List<DocumentType> missing(ClaimContext ctx) {
        List<DocumentType> out = new ArrayList<>();
        for (DocumentType t : data.requiredDocuments().getOrDefault(ctx.claimType(), Map.of()).keySet()) {
            if (!ctx.materials().has(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private void coverAndWaiting(ClaimContext ctx, List<RiskAlert> out) {
        InsurancePolicy p = ctx.policy();
        List<Grounded<LocalDate>> dates = ctx.treatmentDates();
        if (dates.isEmpty()) {
            return;
        }
        Grounded<LocalDate> first = dates.get(0);
        for (Grounded<LocalDate> d : dates) {
            if (d.value().isBefore(p.effectiveDate()) || d.value().isAfter(p.expiryDate())) {
                out.add(data.rules().alert("TREATMENT_OUTSIDE_COVER", "treatmentDate", "就诊/出险日期 " + d.value()
                        + " 不在保险期间 " + p.effectiveDate() + " 至 " + p.expiryDate() + " 内", d.evidence()));
                return;
            }
        }
        LocalDate start = p.effectiveDate();
        if (ctx.cause() == Cause.ILLNESS) {
            int days = p.waitingDays(Cause.ILLNESS);
            if (first.value().isBefore(start.plusDays(days))) {
                out.add(data.rules().alert("WAITING_PERIOD", "treatmentDate", "疾病就诊日期 " + first.value()
                        + " 在等待期（" + days + " 天，至 " + start.plusDays(days - 1L) + "）内", first.evidence()));
                return;
            }
            for (InsurancePolicy.NamedWaitingPeriod w : p.namedWaitingPeriods()) {
                for (Grounded<String> dx : ctx.diagnoses()) {
                    if (NormalizedText.of(dx.value()).folded().contains(NormalizedText.of(w.disease()).folded())
                            && first.value().isBefore(start.plusDays(w.days()))) {
                        List<Evidence> ev = new ArrayList<>(first.evidence());
                        ev.addAll(dx.evidence());
                        out.add(data.rules().alert("WAITING_PERIOD", "diagnoses", "「" + w.disease() + "」等待期 "
                                + w.days() + " 天，就诊日期 " + first.value() + " 在其内", ev));
                        return;
                    }
                }
            }
        }
        int waiting = ctx.cause() == Cause.ILLNESS ? p.waitingDays(Cause.ILLNESS) : p.waitingDays(Cause.ACCIDENT);
        if (first.value().isBefore(start.plusDays(Math.max(earlyClaimDays, waiting)))) {
            out.add(data.rules().alert("EARLY_CLAIM", "treatmentDate", "出险日期 " + first.value() + " 距保单生效日 "
                    + start + " 不足 " + earlyClaimDays + " 天", first.evidence()));
        }
    }

    private void exclusions(ClaimContext ctx, List<RiskAlert> out) {
        ExclusionLexicon lex = data.exclusions();
        List<Grounded<String>> texts = new ArrayList<>(ctx.diagnoses());
        texts.addAll(ctx.procedures());
        Set<String> fired = new LinkedHashSet<>();
        for (Exclusion ex : ctx.policy().exclusions()) {
            if (!lex.categories().contains(ex.category())) {
                throw new IllegalArgumentException("policy " + ctx.policy().number() + " names exclusion category '"
                        + ex.category() + "' that the exclusion lexicon does not know");
            }
            for (Grounded<String> t : texts) {
                Optional<ExclusionLexicon.Match> m = lex.match(ex.category(), t.value());
                if (m.isPresent() && fired.add(ex.category())) {
                    out.add(data.rules().alert("EXCLUDED_CONDITION", "diagnoses", "「" + t.value() + "」属责任免除（"
                            + ex.clause() + "）", t.evidence()));
                }
            }
        }
        if (fired.isEmpty()) {
            for (MedicalInvoice inv : ctx.materials().invoices()) {
                for (var item : inv.items()) {
                    for (Exclusion ex : ctx.policy().exclusions()) {
                        if (lex.match(ex.category(), item.name()).isPresent()) {
                            out.add(data.rules().alert("EXCLUDED_ITEM", inv.documentId() + ".items", "收费项目「"
                                    + item.name() + "」" + item.amount() + " 元属责任免除（" + ex.clause() + "），不计入合理费用",
                                    item.evidence()));
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether an expense item falls under an exclusion of the policy.
     *
     * @param policy the policy
     * @param itemName the item's name
     * @return the exclusion, if any
     */
    public Optional<Exclusion> excludedItem(InsurancePolicy policy, String itemName) {
        for (Exclusion ex : policy.exclusions()) {
            if (data.exclusions().match(ex.category(), itemName).isPresent()) {
                return Optional.of(ex);
            }
        }
        return Optional.empty();
    }

    private void preExisting(ClaimContext ctx, List<RiskAlert> out) {
        if (!ctx.policy().preExistingExcluded()) {
            return;
        }
        for (DischargeSummary d : ctx.materials().all(DischargeSummary.class)) {
            if (d.history().isEmpty() || d.admissionDate().isEmpty()) {
                continue;
            }
            Grounded<String> h = d.history().get();
            Matcher m = ONSET.matcher(h.value());
            while (m.find()) {
                String num = m.group(1) != null ? m.group(1) : m.group(3);
                String unit = m.group(2) != null ? m.group(2) : m.group(4);
                long n = "半".equals(num) ? 0 : ChineseNumbers.parseInteger(num).orElse(-1L);
                if (n < 0) {
                    continue;
                }
                LocalDate adm = d.admissionDate().get().value();
                LocalDate onset = switch (unit) {
                    case "年" -> adm.minusYears(n);
                    case "个月", "月" -> "半".equals(num) ? adm.minusDays(182) : adm.minusMonths(n);
                    case "周" -> adm.minusWeeks(n);
                    default -> adm.minusDays(n);
                };
                if (onset.isBefore(ctx.policy().effectiveDate())) {
                    List<Evidence> ev = new ArrayList<>(h.evidence());
                    out.add(data.rules().alert("PRE_EXISTING_CONDITION", d.documentId() + ".history", "病史记载「"
                            + m.group() + "」，起病约在 " + onset + "，早于保单生效日 " + ctx.policy().effectiveDate()
                            + "（" + ctx.policy().clause("pre-existing").orElse("既往症条款") + "）", ev));
                    return;
                }
            }
        }
    }

    private void hospitals(ClaimContext ctx, List<RiskAlert> out) {
        HospitalRequirement req = ctx.policy().hospitalRequirement();
        if (req.minLevel() == 0 && !req.publicOnly() && !req.ordinaryDepartmentOnly()) {
            return;
        }
        List<Grounded<String>> names = new ArrayList<>();
        List<Grounded<String>> departments = new ArrayList<>();
        for (MedicalInvoice i : ctx.materials().invoices()) {
            i.hospital().ifPresent(names::add);
        }
        for (DischargeSummary d : ctx.materials().all(DischargeSummary.class)) {
            d.hospital().ifPresent(names::add);
            d.department().ifPresent(departments::add);
        }
        for (DiagnosisCertificate d : ctx.materials().all(DiagnosisCertificate.class)) {
            d.hospital().ifPresent(names::add);
            d.department().ifPresent(departments::add);
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Grounded<String> n : names) {
            Optional<HospitalList.Hospital> h = data.hospitals().find(n.value());
            if (!reported.add(h.map(HospitalList.Hospital::name).orElse(n.value()))) {
                continue;
            }
            if (h.isEmpty()) {
                if (req.minLevel() > 0 || req.publicOnly()) {
                    out.add(data.rules().alert("HOSPITAL_UNKNOWN", "hospital", "医院「" + n.value()
                            + "」不在医院名录中，无法核实等级与性质", n.evidence()));
                }
                continue;
            }
            HospitalList.Hospital hh = h.get();
            if (hh.level() < req.minLevel()) {
                out.add(data.rules().alert("HOSPITAL_NOT_ALLOWED", "hospital", "「" + hh.name() + "」为" + hh.level()
                        + "级医院，低于保单要求的" + req.minLevel() + "级（" + req.clause() + "）", n.evidence()));
            } else if (req.publicOnly() && !hh.isPublic()) {
                out.add(data.rules().alert("HOSPITAL_NOT_ALLOWED", "hospital", "「" + hh.name() + "」非公立医院（"
                        + req.clause() + "）", n.evidence()));
            }
        }
        if (req.ordinaryDepartmentOnly()) {
            List<Grounded<String>> places = new ArrayList<>(departments);
            for (MedicalInvoice i : ctx.materials().invoices()) {
                i.items().forEach(it -> places.add(Grounded.byRules(it.name(), it.evidence())));
            }
            for (Grounded<String> d : places) {
                for (String special : data.specialDepartments()) {
                    if (NormalizedText.of(d.value()).folded().contains(NormalizedText.of(special).folded())) {
                        out.add(data.rules().alert("HOSPITAL_NOT_ALLOWED", "department", "「" + d.value()
                                + "」属特需/国际/VIP 部，保单仅保障普通部（" + req.clause() + "）", d.evidence()));
                        return;
                    }
                }
            }
        }
    }

    private void materials(ClaimContext ctx, List<RiskAlert> out) {
        Map<DocumentType, String> required = data.requiredDocuments().getOrDefault(ctx.claimType(), Map.of());
        for (DocumentType t : missing(ctx)) {
            out.add(data.rules().alert("MISSING_DOCUMENT", t.name(), "缺少" + required.get(t), List.of()));
        }
        if (!ctx.materials().has(DocumentType.SETTLEMENT_STATEMENT)) {
            List<Evidence> ev = new ArrayList<>();
            for (MedicalInvoice i : ctx.materials().invoices()) {
                if (i.reimbursedByOthers().signum() > 0) {
                    ev.addAll(Ev.of(i.fundPaid(), i.otherPaid()));
                }
            }
            Optional<Grounded<String>> said = ctx.form().flatMap(ClaimForm::reimbursedElsewhere)
                    .filter(g -> "是".equals(g.value()));
            said.ifPresent(g -> ev.addAll(g.evidence()));
            if (!ev.isEmpty()) {
                out.add(data.rules().alert("NO_SETTLEMENT_STATEMENT", "SETTLEMENT_STATEMENT",
                        "医保或其他渠道已报销，但未提交医保结算单或分割单", ev));
            }
        }
        Optional<Grounded<BigDecimal>> claimed = ctx.form().flatMap(ClaimForm::claimedAmount);
        if (claimed.isPresent()) {
            BigDecimal expenses = ctx.materials().invoices().stream().map(i -> i.total().map(Grounded::value)
                    .orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!ctx.materials().invoices().isEmpty() && claimed.get().value().compareTo(expenses) > 0) {
                out.add(data.rules().alert("CLAIMED_EXCEEDS_EXPENSES", "claimedAmount", "申请金额 "
                        + claimed.get().value() + " 超过所附票据合计 " + expenses, claimed.get().evidence()));
            }
        }
    }
}
