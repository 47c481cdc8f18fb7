package ai.domainassist.finance.check.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.Exclusion;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.PayableEstimate;
import ai.domainassist.finance.model.Recommendation;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.rules.internal.RuleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns alerts and the estimate into a recommendation: a rule that calls for a decline (with its
 * clause) before one that calls for a person, before a request for materials, before a partial
 * payment, before payment. Stateless.
 */
public final class Recommender {
    private final RuleTable rules;

    /** @param rules the rule table */
    public Recommender(RuleTable rules) {
        this.rules = rules;
    }

    /**
     * The clause that a declining rule rests on.
     *
     * @param ruleId the rule
     * @param policy the policy
     * @param claimType the claim type
     * @param alert the alert (its message names the exclusion clause)
     * @return the clause text
     */
    static String clause(String ruleId, InsurancePolicy policy, ClaimType claimType, RiskAlert alert) {
        return switch (ruleId) {
            case "TREATMENT_OUTSIDE_COVER" -> policy.clause("cover-period").orElse("保险期间条款");
            case "WAITING_PERIOD" -> policy.clause("waiting-period").orElse("等待期条款");
            case "HOSPITAL_NOT_ALLOWED" -> policy.hospitalRequirement().clause().isEmpty() ? "就医医院条款"
                    : policy.hospitalRequirement().clause();
            case "EXCLUDED_CONDITION" -> policy.exclusions().stream().map(Exclusion::clause)
                    .filter(alert.message()::contains).findFirst().orElse("责任免除条款");
            default -> "";
        };
    }

    /**
     * Recommends.
     *
     * @param alerts every alert of the claim
     * @param payable the estimate
     * @param policy the policy
     * @param claimType the claim type
     * @return the recommendation
     */
    public Recommendation recommend(List<RiskAlert> alerts, PayableEstimate payable, InsurancePolicy policy,
            ClaimType claimType) {
        Optional<RiskAlert> decline = first(alerts, RuleTable.Call.DECLINE, Severity.INFO);
        if (decline.isPresent()) {
            RiskAlert a = decline.get();
            return new Recommendation(Decision.DECLINE, a.message(), clause(a.ruleId(), policy, claimType, a),
                    ids(alerts, RuleTable.Call.DECLINE), a.evidence());
        }
        List<RiskAlert> refer = all(alerts, RuleTable.Call.REFER);
        if (!refer.isEmpty()) {
            return new Recommendation(Decision.REFER_TO_HUMAN, "需人工核查：" + String.join("；",
                    refer.stream().map(RiskAlert::message).distinct().limit(3).toList()), "", ids(alerts, RuleTable.Call.REFER),
                    evidence(refer));
        }
        List<RiskAlert> request = all(alerts, RuleTable.Call.REQUEST);
        if (!request.isEmpty()) {
            return new Recommendation(Decision.REQUEST_DOCUMENTS, "请一次性补充：" + String.join("；",
                    request.stream().map(RiskAlert::message).distinct().toList()), "保险法第二十二条",
                    ids(alerts, RuleTable.Call.REQUEST), evidence(request));
        }
        if (payable.payable().signum() == 0) {
            return new Recommendation(Decision.DECLINE, "可赔金额为 0（自付费用未超过免赔额或已全部报销）",
                    policy.clause("deductible").orElse("免赔额条款"), List.of(), List.of());
        }
        List<RiskAlert> partial = all(alerts, RuleTable.Call.PARTIAL);
        if (!partial.isEmpty()) {
            return new Recommendation(Decision.PAY_PARTIALLY, "部分赔付 " + payable.payable() + " 元：" + String.join("；",
                    partial.stream().map(RiskAlert::message).distinct().toList()), "", ids(alerts, RuleTable.Call.PARTIAL),
                    evidence(partial));
        }
        return new Recommendation(Decision.PAY, "材料齐全、未见风险，建议赔付 " + payable.payable() + " 元", "", List.of(),
                List.of());
    }

    private Optional<RiskAlert> first(List<RiskAlert> alerts, RuleTable.Call call, Severity min) {
        return alerts.stream().filter(a -> rules.rule(a.ruleId()).call() == call && a.severity().compareTo(min) >= 0)
                .findFirst();
    }

    private List<RiskAlert> all(List<RiskAlert> alerts, RuleTable.Call call) {
        return alerts.stream().filter(a -> rules.rule(a.ruleId()).call() == call).toList();
    }

    private List<String> ids(List<RiskAlert> alerts, RuleTable.Call call) {
        return alerts.stream().filter(a -> rules.rule(a.ruleId()).call() == call).map(RiskAlert::ruleId).distinct()
                .toList();
    }

    private static List<Evidence> evidence(List<RiskAlert> alerts) {
        List<Evidence> ev = new ArrayList<>();
        alerts.forEach(a -> ev.addAll(a.evidence()));
        return ev;
    }
}
