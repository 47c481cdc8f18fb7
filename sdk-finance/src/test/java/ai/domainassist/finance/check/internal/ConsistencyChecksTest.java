package ai.domainassist.finance.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.RiskAlert;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest {
    private final ConsistencyChecks checks = new ConsistencyChecks(Claims.DATA.rules());

    private List<RiskAlert> run(String... texts) {
        return checks.run(Claims.context(Claims.policy().build(), texts));
    }

    private static String invoice(String payer, String total, String words, String selfPay, String... items) {
        return Claims.outpatientInvoice(payer, "2024-05-01", total, words, "0.00", selfPay, "0.00", items);
    }

    @Test
    void aConsistentInvoiceRaisesNothing() {
        assertThat(run(invoice("王芳", "150.00", "壹佰伍拾元整", "150.00", "西药费 1 项 100.00", "诊察费 1 次 50.00"))).isEmpty();
    }

    @Test
    void itemsPaymentsAndWordsThatDoNotAddUpAreEachFlaggedWithEvidence() {
        List<RiskAlert> a = run(invoice("王芳", "150.00", "壹佰陆拾元整", "140.00", "西药费 1 项 100.00", "诊察费 1 次 40.00"));
        assertThat(a).extracting(RiskAlert::ruleId).containsExactlyInAnyOrder("INVOICE_ITEMS_MISMATCH",
                "INVOICE_PAYMENTS_MISMATCH", "AMOUNT_IN_WORDS_MISMATCH");
        RiskAlert words = a.stream().filter(x -> x.ruleId().equals("AMOUNT_IN_WORDS_MISMATCH")).findFirst().orElseThrow();
        assertThat(words.evidence()).extracting(e -> e.quote()).containsExactly("壹佰陆拾元整", "150.00");
    }

    @Test
    void aPayerOtherThanTheInsuredIsANameMismatch() {
        assertThat(run(invoice("李四", "100.00", "壹佰元整", "100.00", "西药费 1 项 100.00")))
                .extracting(RiskAlert::ruleId).containsExactly("NAME_MISMATCH");
    }

    @Test
    void theClaimantMayOwnThePayoutAccountButAStrangerMayNot() {
        String form = "理赔申请书\n保单号：P1\n被保险人姓名：王芳\n申请人：王大明\n户名：王大明\n银行账号：4111111111111111\n";
        assertThat(run(form)).isEmpty();
        assertThat(run(form.replace("户名：王大明", "户名：赵六"))).extracting(RiskAlert::ruleId).containsExactly("NAME_MISMATCH");
    }

    @Test
    void stayDaysAndDateOrderAreChecked() {
        String summary = "北京协和医院 出院小结\n姓名：王芳\n入院日期：2024-06-05 出院日期：2024-06-01 住院天数：4\n出院诊断：肺炎\n";
        assertThat(run(summary)).extracting(RiskAlert::ruleId).containsExactly("DATE_ORDER");
        String days = "北京协和医院 出院小结\n姓名：王芳\n入院日期：2024-06-01 出院日期：2024-06-05 住院天数：6\n出院诊断：肺炎\n";
        assertThat(run(days)).extracting(RiskAlert::ruleId).containsExactly("STAY_DAYS_MISMATCH");
    }

    @Test
    void anIdCardWhoseSexDisagreesWithItsNumberIsInconsistent() {
        String card = "姓名 王芳\n性别 男 民族 汉\n出生 1949年12月31日\n住址 北京市\n公民身份号码 11010519491231002X\n";
        assertThat(run(card)).extracting(RiskAlert::ruleId).containsExactly("ID_INCONSISTENT");
        assertThat(run(card.replace("性别 男", "性别 女"))).isEmpty();
    }

    @Test
    void aNegativeLineItemOrTotalIsFlagged() {
        List<RiskAlert> items = run(invoice("王芳", "50.00", "伍拾元整", "50.00", "西药费 1 项 100.00", "退药 1 项 -50.00"));
        assertThat(items).extracting(RiskAlert::ruleId).containsExactly("NEGATIVE_AMOUNT");
        assertThat(items.get(0).field()).isEqualTo("d0.items");
        assertThat(items.get(0).evidence()).extracting(e -> e.quote()).anyMatch(q -> q.contains("-50.00"));
        assertThat(run(invoice("王芳", "-100.00", "壹佰元整", "-100.00", "西药费 1 项 -100.00")))
                .extracting(RiskAlert::ruleId).contains("NEGATIVE_AMOUNT");
    }

    @Test
    void aNegativeClaimedAmountIsFlagged() {
        String form = "理赔申请书\n保单号：P1\n被保险人姓名：王芳\n申请人：王芳\n申请金额：-500.00\n";
        List<RiskAlert> a = run(form);
        assertThat(a).extracting(RiskAlert::ruleId).containsExactly("NEGATIVE_AMOUNT");
        assertThat(a.get(0).field()).isEqualTo("claimedAmount");
        assertThat(run(form.replace("-500.00", "500.00"))).isEmpty();
    }
}
