package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim form (理赔申请书) the claimant signed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param policyNumber 保单号
 * @param insuredName 被保险人
 * @param insuredIdNumber 被保险人证件号码
 * @param claimantName 申请人
 * @param incidentDate 出险日期
 * @param cause 出险原因 as written (疾病 / 意外)
 * @param claimType 理赔类型 as written (门诊 / 住院)
 * @param claimedAmount 申请金额
 * @param reimbursedElsewhere 是否已获社保或其他报销, as written (是 / 否)
 * @param bankName 开户银行
 * @param accountHolder 户名
 * @param accountNumber 银行账号, digits only
 * @param applicationDate 申请日期
 */
public record ClaimForm(String documentId, Optional<Grounded<String>> policyNumber, Optional<Grounded<String>> insuredName,
        Optional<Grounded<String>> insuredIdNumber, Optional<Grounded<String>> claimantName,
        Optional<Grounded<LocalDate>> incidentDate, Optional<Grounded<String>> cause,
        Optional<Grounded<String>> claimType, Optional<Grounded<BigDecimal>> claimedAmount,
        Optional<Grounded<String>> reimbursedElsewhere, Optional<Grounded<String>> bankName,
        Optional<Grounded<String>> accountHolder, Optional<Grounded<String>> accountNumber,
        Optional<Grounded<LocalDate>> applicationDate) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param policyNumber 保单号
     * @param insuredName 被保险人
     * @param insuredIdNumber 被保险人证件号码
     * @param claimantName 申请人
     * @param incidentDate 出险日期
     * @param cause 出险原因 as written (疾病 / 意外)
     * @param claimType 理赔类型 as written (门诊 / 住院)
     * @param claimedAmount 申请金额
     * @param reimbursedElsewhere 是否已获社保或其他报销, as written (是 / 否)
     * @param bankName 开户银行
     * @param accountHolder 户名
     * @param accountNumber 银行账号, digits only
     * @param applicationDate 申请日期
     * @throws NullPointerException if a component is {@code null}
     */
    public ClaimForm {
        Objects.requireNonNull(documentId, "documentId");
    }

    @Override
    public DocumentType type() {
        return DocumentType.CLAIM_FORM;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("policyNumber", policyNumber).put("insuredName", insuredName)
                .put("insuredIdNumber", insuredIdNumber).put("claimantName", claimantName)
                .put("incidentDate", incidentDate).put("cause", cause).put("claimType", claimType)
                .put("claimedAmount", claimedAmount).put("reimbursedElsewhere", reimbursedElsewhere)
                .put("bankName", bankName).put("accountHolder", accountHolder).put("accountNumber", accountNumber)
                .put("applicationDate", applicationDate).build();
    }
}
