package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.model.DocumentType;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
    private final DocumentClassifier c = new DocumentClassifier(RuleData.load(HospitalList.builtIn(), ExclusionLexicon.builtIn()));

    @Test
    void classifiesByTitlesAndLabelsAfterFolding() {
        assertThat(c.classify("北京市医疗 门诊 收费票据\n票据代码：1106 票据号码：0001 交款人：王芳")).isEqualTo(DocumentType.INVOICE_OUTPATIENT);
        assertThat(c.classify("北京市医疗住院收费票据 票据代码：1106 住院天数：7")).isEqualTo(DocumentType.INVOICE_INPATIENT);
        assertThat(c.classify("出 院 小 结\n入院诊断：肺炎 出院诊断：肺炎")).isEqualTo(DocumentType.DISCHARGE_SUMMARY);
        assertThat(c.classify("诊断证明书 姓名：王芳 诊断：湿疹")).isEqualTo(DocumentType.DIAGNOSIS_CERTIFICATE);
        assertThat(c.classify("姓名 王芳 公民身份号码 11010519491231002X")).isEqualTo(DocumentType.ID_CARD);
        assertThat(c.classify("中国银行 借记卡 银联")).isEqualTo(DocumentType.BANK_CARD);
        assertThat(c.classify("个人医疗保险理赔申请书 保单号：P1")).isEqualTo(DocumentType.CLAIM_FORM);
        assertThat(c.classify("基本医疗保险费用结算单 统筹基金支付：10.00")).isEqualTo(DocumentType.SETTLEMENT_STATEMENT);
        assertThat(c.classify("住院费用明细清单 序号 项目名称 规格 单价")).isEqualTo(DocumentType.EXPENSE_LIST);
    }

    @Test
    void tooLittleEvidenceIsUnknown() {
        assertThat(c.classify("民族 汉")).isEqualTo(DocumentType.UNKNOWN);
        assertThat(c.classify("")).isEqualTo(DocumentType.UNKNOWN);
    }
}
