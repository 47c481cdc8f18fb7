package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagnosis certificate (诊断证明书).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param patientName 姓名
 * @param hospital the hospital
 * @param department 科别
 * @param visitDate 就诊日期
 * @param diagnoses 诊断, one per entry
 * @param advice 医嘱 / 建议
 * @param issueDate the date the certificate was issued
 */
public record DiagnosisCertificate(String documentId, Optional<Grounded<String>> patientName,
        Optional<Grounded<String>> hospital, Optional<Grounded<String>> department,
        Optional<Grounded<LocalDate>> visitDate, List<Grounded<String>> diagnoses, Optional<Grounded<String>> advice,
        Optional<Grounded<LocalDate>> issueDate) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param patientName 姓名
     * @param hospital the hospital
     * @param department 科别
     * @param visitDate 就诊日期
     * @param diagnoses 诊断, one per entry
     * @param advice 医嘱 / 建议
     * @param issueDate the date the certificate was issued
     * @throws NullPointerException if a component is {@code null}
     */
    public DiagnosisCertificate {
        Objects.requireNonNull(documentId, "documentId");
        diagnoses = List.copyOf(diagnoses);
    }

    @Override
    public DocumentType type() {
        return DocumentType.DIAGNOSIS_CERTIFICATE;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("patientName", patientName).put("hospital", hospital).put("department", department)
                .put("visitDate", visitDate).putAll("diagnoses", diagnoses).put("advice", advice)
                .put("issueDate", issueDate).build();
    }
}
