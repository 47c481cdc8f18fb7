package ai.domainassist.finance.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.PayableEstimate;
import ai.domainassist.finance.model.PayableStep;
import ai.domainassist.finance.model.RiskAlert;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayableCalculatorTest {
    private final PayableCalculator calc = new PayableCalculator(Claims.DATA.rules(), new PolicyChecks(Claims.DATA, 90));
    private static final String INVOICE = Claims.outpatientInvoice("王芳", "2024-05-01", "1000.00", "壹仟元整", "400.00",
            "300.00", "300.00", "西药费 1 项 700.00", "祛斑美容治疗 1 次 300.00");

    private PayableCalculator.Computed compute(InsurancePolicy p, BigDecimal paid) {
        return calc.compute(Claims.context(p, paid, INVOICE), Set.of(), Optional.empty());
    }

    @Test
    void excludedItemsThenReimbursedThenDeductibleThenRatioEachStepShown() {
        PayableEstimate e = compute(Claims.policy().deductible(new BigDecimal("100")).build(), BigDecimal.ZERO).estimate();
        // 1000 - 300 (美容, excluded) - 400 (统筹) - 100 (deductible) = 200; x 1.00 (social insurance settled)
        assertThat(e.payable()).isEqualByComparingTo("200.00");
        assertThat(e.steps()).extracting(PayableStep::label).startsWith("医疗费用合计", "减：责任免除项目", "减：社保及其他已报销",
                "减：免赔额", "乘：赔付比例");
        assertThat(e.steps().get(1).change()).isEqualByComparingTo("-300.00");
        assertThat(e.steps().get(1).evidence()).isNotEmpty();
    }

    @Test
    void theItemLimitAndTheRemainingAnnualLimitCapThePayoutAndSaySo() {
        PayableCalculator.Computed c = compute(Claims.policy().itemLimit(ClaimType.OUTPATIENT, new BigDecimal("150")).build(),
                BigDecimal.ZERO);
        assertThat(c.estimate().payable()).isEqualByComparingTo("150.00");
        assertThat(c.alerts()).extracting(RiskAlert::ruleId).containsExactly("LIMIT_EXCEEDED");
        PayableCalculator.Computed annual = compute(Claims.policy().build(), new BigDecimal("9950"));
        assertThat(annual.estimate().payable()).isEqualByComparingTo("50.00");
    }

    @Test
    void nothingIsPayableWhenTheClaimIsNotCovered() {
        PayableEstimate e = calc.compute(Claims.context(Claims.policy().build(), INVOICE), Set.of(), Optional.of("等待期内"))
                .estimate();
        assertThat(e.totalExpenses()).isEqualByComparingTo("1000.00");
        assertThat(e.payable()).isEqualByComparingTo("0");
    }

    @Test
    void duplicateInvoicesAreNotCounted() {
        PayableEstimate e = calc.compute(Claims.context(Claims.policy().build(), INVOICE), Set.of("d0"), Optional.empty())
                .estimate();
        assertThat(e.totalExpenses()).isEqualByComparingTo("0");
        assertThat(e.payable()).isEqualByComparingTo("0");
    }
}
