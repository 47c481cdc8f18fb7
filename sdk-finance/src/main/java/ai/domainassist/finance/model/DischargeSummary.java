package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A discharge summary (出院小结 / 出院记录).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param patientName 姓名
 * @param hospital the hospital
 * @param department 科室
 * @param admissionDate 入院日期
 * @param dischargeDate 出院日期
 * @param daysInHospital 住院天数 as written
 * @param diagnoses 出院诊断 (or 入院诊断 when no discharge diagnosis is given), one per entry
 * @param procedures 手术及操作
 * @param history 现病史 / 既往史 as written (used for the pre-existing-condition check)
 * @param course 诊疗经过
 */
public record DischargeSummary(String documentId, Optional<Grounded<String>> patientName,
        Optional<Grounded<String>> hospital, Optional<Grounded<String>> department,
        Optional<Grounded<LocalDate>> admissionDate, Optional<Grounded<LocalDate>> dischargeDate,
        Optional<Grounded<Integer>> daysInHospital, List<Grounded<String>> diagnoses, List<Grounded<String>> procedures,
        Optional<Grounded<String>> history, Optional<Grounded<String>> course) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param patientName 姓名
     * @param hospital the hospital
     * @param department 科室
     * @param admissionDate 入院日期
     * @param dischargeDate 出院日期
     * @param daysInHospital 住院天数 as written
     * @param diagnoses 出院诊断 (or 入院诊断 when no discharge diagnosis is given), one per entry
     * @param procedures 手术及操作
     * @param history 现病史 / 既往史 as written (used for the pre-existing-condition check)
     * @param course 诊疗经过
     * @throws NullPointerException if a component is {@code null}
     */
    public DischargeSummary {
        Objects.requireNonNull(documentId, "documentId");
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
    }

    @Override
    public DocumentType type() {
        return DocumentType.DISCHARGE_SUMMARY;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("patientName", patientName).put("hospital", hospital).put("department", department)
                .put("admissionDate", admissionDate).put("dischargeDate", dischargeDate)
                .put("daysInHospital", daysInHospital).putAll("diagnoses", diagnoses).putAll("procedures", procedures)
                .put("history", history).put("course", course).build();
    }
}
