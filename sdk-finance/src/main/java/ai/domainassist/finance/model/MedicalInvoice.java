package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical invoice (医疗收费票据), outpatient or inpatient, as printed: codes, payer, dates,
 * hospital, the total in words and in figures, the payment components and the charged items.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param type {@link DocumentType#INVOICE_OUTPATIENT} or {@link DocumentType#INVOICE_INPATIENT}
 * @param code 票据代码
 * @param number 票据号码
 * @param checkCode 校验码 (electronic invoices)
 * @param payer 交款人 (the patient)
 * @param issueDate 开票日期
 * @param hospital 收款单位
 * @param institutionType 医疗机构类型
 * @param insuranceType 医保类型
 * @param visitDate 就诊日期 (outpatient)
 * @param admissionDate 入院时间 (inpatient)
 * @param dischargeDate 出院时间 (inpatient)
 * @param daysInHospital 住院天数 as printed (inpatient)
 * @param totalInWords 合计（大写）, parsed
 * @param total 合计（小写）
 * @param fundPaid 医保统筹基金支付
 * @param otherPaid 其他支付 (其他医保、补充医疗)
 * @param accountPaid 个人账户支付
 * @param selfPay 个人自付
 * @param selfExpense 个人自费
 * @param items 收费项目
 */
public record MedicalInvoice(String documentId, DocumentType type, Optional<Grounded<String>> code,
        Optional<Grounded<String>> number, Optional<Grounded<String>> checkCode, Optional<Grounded<String>> payer,
        Optional<Grounded<LocalDate>> issueDate, Optional<Grounded<String>> hospital,
        Optional<Grounded<String>> institutionType, Optional<Grounded<String>> insuranceType,
        Optional<Grounded<LocalDate>> visitDate, Optional<Grounded<LocalDate>> admissionDate,
        Optional<Grounded<LocalDate>> dischargeDate, Optional<Grounded<Integer>> daysInHospital,
        Optional<Grounded<BigDecimal>> totalInWords, Optional<Grounded<BigDecimal>> total,
        Optional<Grounded<BigDecimal>> fundPaid, Optional<Grounded<BigDecimal>> otherPaid,
        Optional<Grounded<BigDecimal>> accountPaid, Optional<Grounded<BigDecimal>> selfPay,
        Optional<Grounded<BigDecimal>> selfExpense, List<ExpenseItem> items) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param issueDate 开票日期
     * @param hospital 收款单位
     * @param institutionType 医疗机构类型
     * @param insuranceType 医保类型
     * @param visitDate 就诊日期 (outpatient)
     * @param admissionDate 入院时间 (inpatient)
     * @param dischargeDate 出院时间 (inpatient)
     * @param daysInHospital 住院天数 as printed (inpatient)
     * @param totalInWords 合计（大写）, parsed
     * @param total 合计（小写）
     * @param fundPaid 医保统筹基金支付
     * @param otherPaid 其他支付 (其他医保、补充医疗)
     * @param accountPaid 个人账户支付
     * @param selfPay 个人自付
     * @param selfExpense 个人自费
     * @param items 收费项目
     * @param documentId the source document
     * @param type {@link DocumentType#INVOICE_OUTPATIENT} or {@link DocumentType#INVOICE_INPATIENT}
     * @param code 票据代码
     * @param number 票据号码
     * @param checkCode 校验码 (electronic invoices)
     * @param payer 交款人 (the patient)
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the type is not an invoice type
     */
    public MedicalInvoice {
        Objects.requireNonNull(documentId, "documentId");
        if (!Objects.requireNonNull(type, "type").isInvoice()) {
            throw new IllegalArgumentException("not an invoice type: " + type);
        }
        items = List.copyOf(items);
    }

    /** @return whether any payment component (统筹, 其他, 个人账户, 自付, 自费) is printed */
    public boolean hasPaymentComponents() {
        return fundPaid.isPresent() || otherPaid.isPresent() || accountPaid.isPresent() || selfPay.isPresent()
                || selfExpense.isPresent();
    }

    /** @return what social insurance and other payers already covered: 统筹 + 其他 (zero when not printed) */
    public BigDecimal reimbursedByOthers() {
        return fundPaid.map(Grounded::value).orElse(BigDecimal.ZERO)
                .add(otherPaid.map(Grounded::value).orElse(BigDecimal.ZERO));
    }

    /** @return the first date of treatment the invoice shows: visit or admission date, else the issue date */
    public Optional<LocalDate> treatmentDate() {
        return visitDate.or(() -> admissionDate).or(() -> issueDate).map(Grounded::value);
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        FieldMap m = new FieldMap().put("code", code).put("number", number).put("checkCode", checkCode)
                .put("payer", payer).put("issueDate", issueDate).put("hospital", hospital)
                .put("institutionType", institutionType).put("insuranceType", insuranceType)
                .put("visitDate", visitDate).put("admissionDate", admissionDate).put("dischargeDate", dischargeDate)
                .put("daysInHospital", daysInHospital).put("totalInWords", totalInWords).put("total", total)
                .put("fundPaid", fundPaid).put("otherPaid", otherPaid).put("accountPaid", accountPaid)
                .put("selfPay", selfPay).put("selfExpense", selfExpense);
        ExpenseList.putItems(m, items);
        return m.build();
    }
}
