package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.finance.model.Exclusion;
import ai.domainassist.finance.model.ExpenseItem;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.PayableEstimate;
import ai.domainassist.finance.model.PayableStep;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.model.SettlementStatement;
import ai.domainassist.finance.rules.internal.RuleTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The payable estimate by the indemnity principle: invoice totals, minus excluded items, minus what
 * social insurance and others already paid, minus the remaining deductible, times the payout ratio,
 * capped by the item limit and the remaining annual limit, never above the out-of-pocket cost.
 * Stateless.
 */
public final class PayableCalculator {
    private final RuleTable rules;
    private final PolicyChecks policyChecks;

    /**
     * @param rules the rule table
     * @param policyChecks for item exclusions
     */
    public PayableCalculator(RuleTable rules, PolicyChecks policyChecks) {
        this.rules = rules;
        this.policyChecks = policyChecks;
    }

    /**
     * The estimate and the limit alerts it raised.
     *
     * @param estimate the estimate
     * @param alerts {@code LIMIT_EXCEEDED} alerts, when a cap bit
     */
    public record Computed(PayableEstimate estimate, List<RiskAlert> alerts) {
    }

    /**
     * Computes the estimate.
     *
     * @param ctx the claim
     * @param duplicates invoice documents left out (duplicates)
     * @param notCovered why nothing is payable (an exclusion, the waiting period), or empty
     * @return the estimate
     */
    public Computed compute(ClaimContext ctx, Set<String> duplicates, Optional<String> notCovered) {
        InsurancePolicy p = ctx.policy();
        List<PayableStep> steps = new ArrayList<>();
        List<RiskAlert> alerts = new ArrayList<>();
        List<MedicalInvoice> invoices = ctx.materials().invoices().stream()
                .filter(i -> !duplicates.contains(i.documentId()) && i.total().isPresent()).toList();
        BigDecimal total = BigDecimal.ZERO;
        List<Evidence> totalEv = new ArrayList<>();
        for (MedicalInvoice i : invoices) {
            total = total.add(i.total().get().value());
            totalEv.addAll(i.total().get().evidence());
        }
        total = money(total);
        steps.add(new PayableStep("医疗费用合计", total, total, invoices.size() + " 张票据合计（重复票据不计）", totalEv));
        if (notCovered.isPresent()) {
            steps.add(new PayableStep("不属保险责任", total.negate(), BigDecimal.ZERO.setScale(2), notCovered.get(), List.of()));
            return new Computed(new PayableEstimate(total, BigDecimal.ZERO.setScale(2), steps), alerts);
        }
        BigDecimal running = total;
        BigDecimal excluded = BigDecimal.ZERO;
        List<Evidence> exEv = new ArrayList<>();
        List<String> exNames = new ArrayList<>();
        for (MedicalInvoice i : invoices) {
            for (ExpenseItem it : i.items()) {
                Optional<Exclusion> ex = policyChecks.excludedItem(p, it.name());
                if (ex.isPresent()) {
                    excluded = excluded.add(it.amount());
                    exEv.addAll(it.evidence());
                    exNames.add(it.name());
                }
            }
        }
        if (excluded.signum() > 0) {
            running = running.subtract(excluded);
            steps.add(new PayableStep("减：责任免除项目", excluded.negate(), money(running), String.join("、", exNames), exEv));
        }
        BigDecimal reimbursed = BigDecimal.ZERO;
        List<Evidence> reEv = new ArrayList<>();
        for (MedicalInvoice i : invoices) {
            reimbursed = reimbursed.add(i.reimbursedByOthers());
            reEv.addAll(Ev.of(i.fundPaid(), i.otherPaid()));
        }
        if (reimbursed.signum() == 0) {
            for (SettlementStatement s : ctx.materials().all(SettlementStatement.class)) {
                if (s.fundPaid().isPresent()) {
                    reimbursed = reimbursed.add(s.fundPaid().get().value());
                    reEv.addAll(s.fundPaid().get().evidence());
                }
            }
        }
        BigDecimal outOfPocket = money(total.subtract(reimbursed).max(BigDecimal.ZERO));
        BigDecimal afterReimb = running.subtract(reimbursed).max(BigDecimal.ZERO);
        steps.add(new PayableStep("减：社保及其他已报销", money(afterReimb.subtract(running)), money(afterReimb),
                "医保统筹基金支付与其他支付 " + money(reimbursed) + " 元（补偿原则）", reEv));
        running = afterReimb;
        BigDecimal deductibleLeft = p.deductible().subtract(ctx.bundle().deductibleUsed()).max(BigDecimal.ZERO);
        BigDecimal ded = deductibleLeft.min(running);
        running = running.subtract(ded);
        steps.add(new PayableStep("减：免赔额", money(ded.negate()), money(running), "年度免赔额 " + money(p.deductible())
                + " 元，本年已用 " + money(ctx.bundle().deductibleUsed()) + " 元", List.of()));
        boolean withSi = reimbursed.signum() > 0 || !ctx.materials().all(SettlementStatement.class).isEmpty();
        BigDecimal ratio = withSi ? p.ratioWithSocialInsurance() : p.ratioWithoutSocialInsurance();
        BigDecimal afterRatio = money(running.multiply(ratio));
        steps.add(new PayableStep("乘：赔付比例", afterRatio.subtract(money(running)), afterRatio, "赔付比例 "
                + ratio.stripTrailingZeros().toPlainString() + (withSi ? "（经社保结算）" : "（未经社保结算）"), List.of()));
        running = afterRatio;
        Optional<BigDecimal> itemLimit = p.itemLimit(ctx.claimType());
        if (itemLimit.isPresent()) {
            running = cap(running, itemLimit.get(), "分项限额", "本项保险责任限额 " + money(itemLimit.get()) + " 元", steps,
                    alerts);
        }
        BigDecimal annualLeft = p.annualLimit().subtract(ctx.bundle().paidThisYear()).max(BigDecimal.ZERO);
        running = cap(running, annualLeft, "年度限额", "年度保险金额 " + money(p.annualLimit()) + " 元，本年已赔 "
                + money(ctx.bundle().paidThisYear()) + " 元", steps, alerts);
        BigDecimal payable = money(running.min(outOfPocket));
        steps.add(new PayableStep("补偿原则", payable.subtract(money(running)), payable, "不超过自付费用 " + outOfPocket
                + " 元", List.of()));
        return new Computed(new PayableEstimate(total, payable, steps), alerts);
    }

    private BigDecimal cap(BigDecimal running, BigDecimal limit, String label, String why, List<PayableStep> steps,
            List<RiskAlert> alerts) {
        if (running.compareTo(limit) > 0) {
            steps.add(new PayableStep("限额：" + label, money(limit.subtract(running)), money(limit), why, List.of()));
            alerts.add(rules.alert("LIMIT_EXCEEDED", "payable", "计算金额 " + money(running) + " 超过" + label + " "
                    + money(limit) + " 元，按限额赔付", List.of()));
            return limit;
        }
        steps.add(new PayableStep("限额：" + label, BigDecimal.ZERO.setScale(2), money(running), why + "，未超限", List.of()));
        return running;
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

}
