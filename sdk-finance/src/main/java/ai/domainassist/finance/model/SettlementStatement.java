package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A social-insurance settlement statement (医保结算单) or split sheet (分割单): what the fund paid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param patientName 姓名
 * @param total 医疗费总额
 * @param fundPaid 统筹基金支付
 * @param personalPaid 个人支付
 * @param settlementDate 结算日期
 */
public record SettlementStatement(String documentId, Optional<Grounded<String>> patientName,
        Optional<Grounded<BigDecimal>> total, Optional<Grounded<BigDecimal>> fundPaid,
        Optional<Grounded<BigDecimal>> personalPaid, Optional<Grounded<LocalDate>> settlementDate)
        implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param patientName 姓名
     * @param total 医疗费总额
     * @param fundPaid 统筹基金支付
     * @param personalPaid 个人支付
     * @param settlementDate 结算日期
     * @throws NullPointerException if a component is {@code null}
     */
    public SettlementStatement {
        Objects.requireNonNull(documentId, "documentId");
    }

    @Override
    public DocumentType type() {
        return DocumentType.SETTLEMENT_STATEMENT;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("patientName", patientName).put("total", total).put("fundPaid", fundPaid)
                .put("personalPaid", personalPaid).put("settlementDate", settlementDate).build();
    }
}
