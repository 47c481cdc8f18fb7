package ai.domainassist.finance.check.internal;

import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.rules.internal.ExclusionLexicon;
import ai.domainassist.finance.rules.internal.HospitalList;
import ai.domainassist.finance.rules.internal.MaterialReader;
import ai.domainassist.finance.rules.internal.RuleData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written claims for the check tests: documents as OCR text, read by the offline reader. */
final class Claims {
    static final RuleData DATA = RuleData.load(HospitalList.builtIn(), ExclusionLexicon.builtIn());
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Claims() {
    }

    static InsurancePolicy.Builder policy() {
        return InsurancePolicy.builder().number("P1").insured("王芳", null).period(START, START.plusDays(364))
                .waitingDays(Cause.ILLNESS, 30).namedWaitingPeriod("恶性肿瘤", 90).annualLimit(new BigDecimal("10000"))
                .payoutRatios(BigDecimal.ONE, new BigDecimal("0.6")).exclusion("cosmetic", "第2.5条(11) 美容")
                .preExisting(true, "第2.5条(16) 既往症");
    }

    static ClaimContext context(InsurancePolicy policy, String... texts) {
        return context(policy, BigDecimal.ZERO, texts);
    }

    static ClaimContext context(InsurancePolicy policy, BigDecimal paidThisYear, String... texts) {
        MaterialReader reader = new MaterialReader(DATA);
        List<ClaimDocument> docs = new ArrayList<>();
        List<ClaimMaterial> ms = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            ClaimDocument d = ClaimDocument.ocrText("d" + i, texts[i]);
            docs.add(d);
            ms.add(reader.read(d, reader.classify(d)));
        }
        ClaimBundle b = new ClaimBundle("CLM-T", docs, null, paidThisYear, BigDecimal.ZERO);
        return ClaimContext.of(b, new ClaimMaterials(ms), policy);
    }

    static String outpatientInvoice(String payer, String date, String total, String words, String fund, String selfPay,
            String selfExp, String... items) {
        StringBuilder sb = new StringBuilder("北京市医疗门诊收费票据\n票据代码：11060001 票据号码：0000000001\n");
        sb.append("交款人：").append(payer).append(" 开票日期：").append(date).append("\n就诊日期：").append(date)
                .append("\n收款单位：北京协和医院\n项目名称 数量 单位 金额\n");
        for (String it : items) {
            sb.append(it).append('\n');
        }
        sb.append("合计（大写）：").append(words).append(" （小写）¥").append(total).append('\n');
        sb.append("医保统筹基金支付：").append(fund).append(" 个人自付：").append(selfPay).append(" 个人自费：").append(selfExp)
                .append('\n');
        return sb.toString();
    }

    static String certificate(String name, String date, String diagnosis) {
        return "北京协和医院\n诊断证明书\n姓名：" + name + " 科别：内科\n就诊日期：" + date + "\n诊断：" + diagnosis + "\n医嘱：休息。\n";
    }
}
