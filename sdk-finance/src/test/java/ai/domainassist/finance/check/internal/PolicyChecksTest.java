package ai.domainassist.finance.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.RiskAlert;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {
    private final PolicyChecks checks = new PolicyChecks(Claims.DATA, 90);

    private List<String> ids(String... texts) {
        return checks.run(Claims.context(Claims.policy().build(), texts)).stream().map(RiskAlert::ruleId).toList();
    }

    @Test
    void illnessInsideTheGeneralWaitingPeriodIsFlaggedOnce() {
        assertThat(ids(Claims.certificate("王芳", "2024-01-20", "急性支气管炎"))).containsExactly("WAITING_PERIOD",
                "MISSING_DOCUMENT", "MISSING_DOCUMENT", "MISSING_DOCUMENT", "MISSING_DOCUMENT");
    }

    @Test
    void aNamedDiseaseHasItsOwnLongerWaitingPeriod() {
        assertThat(ids(Claims.certificate("王芳", "2024-03-01", "右肺恶性肿瘤"))).contains("WAITING_PERIOD");
        assertThat(ids(Claims.certificate("王芳", "2024-03-01", "肺炎"))).doesNotContain("WAITING_PERIOD")
                .contains("EARLY_CLAIM");
        assertThat(ids(Claims.certificate("王芳", "2024-05-01", "肺炎"))).doesNotContain("WAITING_PERIOD", "EARLY_CLAIM");
    }

    @Test
    void treatmentBeforeTheStartIsOutsideCover() {
        assertThat(ids(Claims.certificate("王芳", "2023-12-30", "肺炎"))).contains("TREATMENT_OUTSIDE_COVER")
                .doesNotContain("WAITING_PERIOD");
    }

    @Test
    void aHistoryThatStartsBeforeThePolicyIsAPreExistingCondition() {
        String summary = "北京协和医院 出院小结\n姓名：王芳\n入院日期：2024-06-01 出院日期：2024-06-05 住院天数：4\n"
                + "出院诊断：高血压3级\n现病史：患者高血压病史10年，近1周头晕加重。\n诊疗经过：降压治疗。\n";
        assertThat(ids(summary)).contains("PRE_EXISTING_CONDITION");
        assertThat(ids(summary.replace("高血压病史10年，近1周", "3天前出现"))).doesNotContain("PRE_EXISTING_CONDITION");
    }

    @Test
    void anExcludedDiagnosisDeclinesTheClaimAndAnExcludedItemOnlyLeavesTheItemOut() {
        assertThat(ids(Claims.certificate("王芳", "2024-05-01", "双眼皮成形术后"))).contains("EXCLUDED_CONDITION");
        String invoice = Claims.outpatientInvoice("王芳", "2024-05-01", "350.00", "叁佰伍拾元整", "0.00", "350.00", "0.00",
                "西药费 1 项 50.00", "祛斑美容治疗 1 次 300.00");
        assertThat(ids(invoice, Claims.certificate("王芳", "2024-05-01", "黄褐斑"))).contains("EXCLUDED_ITEM")
                .doesNotContain("EXCLUDED_CONDITION");
    }

    @Test
    void listsTheMissingMaterialsForTheClaimType() {
        ClaimContext ctx = Claims.context(Claims.policy().build(), Claims.certificate("王芳", "2024-05-01", "肺炎"));
        assertThat(ctx.claimType()).isEqualTo(ClaimType.OUTPATIENT);
        assertThat(checks.missing(ctx)).containsExactly(DocumentType.CLAIM_FORM, DocumentType.ID_CARD,
                DocumentType.INVOICE_OUTPATIENT, DocumentType.BANK_CARD);
    }

    @Test
    void socialInsurancePaidWithoutAStatementAsksForIt() {
        String invoice = Claims.outpatientInvoice("王芳", "2024-05-01", "100.00", "壹佰元整", "60.00", "40.00", "0.00",
                "西药费 1 项 100.00");
        assertThat(ids(invoice)).contains("NO_SETTLEMENT_STATEMENT");
        assertThat(ids(invoice.replace("医保统筹基金支付：60.00 个人自付：40.00", "医保统筹基金支付：0.00 个人自付：100.00")))
                .doesNotContain("NO_SETTLEMENT_STATEMENT");
    }
}
