package ai.domainassist.finance.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.PayableEstimate;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.rules.internal.RuleTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {
    private final RuleTable rules = Claims.DATA.rules();
    private final Recommender r = new Recommender(rules);
    private final InsurancePolicy policy = Claims.policy().clause("waiting-period", "第2.3条 等待期").build();
    private final PayableEstimate some = new PayableEstimate(new BigDecimal("100"), new BigDecimal("80"), List.of());

    private Decision decide(String... ruleIds) {
        List<RiskAlert> alerts = java.util.Arrays.stream(ruleIds).map(id -> rules.alert(id, "", "m", List.of())).toList();
        return r.recommend(alerts, some, policy, ClaimType.OUTPATIENT).decision();
    }

    @Test
    void declineBeatsReferBeatsRequestBeatsPartialBeatsPay() {
        assertThat(decide("WAITING_PERIOD", "DUPLICATE_INVOICE", "MISSING_DOCUMENT")).isEqualTo(Decision.DECLINE);
        assertThat(decide("DUPLICATE_INVOICE", "MISSING_DOCUMENT", "LIMIT_EXCEEDED")).isEqualTo(Decision.REFER_TO_HUMAN);
        assertThat(decide("MISSING_DOCUMENT", "LIMIT_EXCEEDED")).isEqualTo(Decision.REQUEST_DOCUMENTS);
        assertThat(decide("LIMIT_EXCEEDED")).isEqualTo(Decision.PAY_PARTIALLY);
        assertThat(decide()).isEqualTo(Decision.PAY);
    }

    @Test
    void aDeclineCitesThePolicyClause() {
        var rec = r.recommend(List.of(rules.alert("WAITING_PERIOD", "", "在等待期内", List.of())), some, policy,
                ClaimType.OUTPATIENT);
        assertThat(rec.clause()).isEqualTo("第2.3条 等待期");
        assertThat(rec.ruleIds()).containsExactly("WAITING_PERIOD");
    }
}
