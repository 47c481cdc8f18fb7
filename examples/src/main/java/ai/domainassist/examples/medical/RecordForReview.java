package ai.domainassist.examples.medical;

import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.VitalSign;
import java.util.List;
import java.util.Optional;

/**
 * An outpatient record laid out as a Java record for the review report.
 *
 * <p>{@code ReviewReport} names each grounded value by its path in the result's value and links a
 * review flag to the value whose path is the flag's field. {@link OutpatientRecord} keeps its prose
 * sections in one map, so walked directly they would be {@code sections[CHIEF_COMPLAINT]}, while the
 * record's flags name them by section key ({@code chiefComplaint}). This view carries the same
 * grounded values under the names the flags use ({@code chiefComplaint}, {@code symptoms[2]},
 * {@code personalHistory[0]} ...), so every field is listed, highlighted in its utterance and linked
 * to its flags. (The prose of 个人史 and 家族史 is not a component: the flags' {@code personalHistory}
 * and {@code familyHistory} name the item lists.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param visitTime 就诊时间, copied from the transcript's header
 * @param department 科别, copied from the transcript's header
 * @param chiefComplaint 主诉
 * @param presentIllness 现病史
 * @param pastHistory 既往史
 * @param allergyHistory 过敏史
 * @param physicalExam 体格检查
 * @param auxiliaryExam 辅助检查
 * @param diagnosis 初步诊断
 * @param plan 处理意见
 * @param symptoms the symptoms, present and denied
 * @param vitalSigns the vital signs measured
 * @param findings the examination findings
 * @param medications the medications
 * @param allergies the allergies
 * @param history the past history items
 * @param personalHistory the 个人史 items (smoking, drinking, occupation, exposure, menstrual and
 *     obstetric history)
 * @param familyHistory the 家族史 items
 * @param examinations the tests done or ordered
 * @param diagnoses the diagnoses
 * @param advice the advice
 */
public record RecordForReview(Optional<Grounded<String>> visitTime, Optional<Grounded<String>> department,
        Optional<Grounded<String>> chiefComplaint, Optional<Grounded<String>> presentIllness,
        Optional<Grounded<String>> pastHistory, Optional<Grounded<String>> allergyHistory,
        Optional<Grounded<String>> physicalExam, Optional<Grounded<String>> auxiliaryExam,
        Optional<Grounded<String>> diagnosis, Optional<Grounded<String>> plan,
        List<Grounded<Symptom>> symptoms, List<Grounded<VitalSign>> vitalSigns, List<Grounded<Finding>> findings,
        List<Grounded<Medication>> medications, List<Grounded<Allergy>> allergies, List<Grounded<HistoryItem>> history,
        List<Grounded<PersonalHistoryItem>> personalHistory, List<Grounded<FamilyHistoryItem>> familyHistory,
        List<Grounded<Examination>> examinations, List<Grounded<Diagnosis>> diagnoses, List<Grounded<Advice>> advice) {

    /**
     * The view of a record.
     *
     * @param r the record
     * @return the view
     */
    public static RecordForReview of(OutpatientRecord r) {
        return new RecordForReview(r.visitTime(), r.department(), r.section(Section.CHIEF_COMPLAINT),
                r.section(Section.PRESENT_ILLNESS), r.section(Section.PAST_HISTORY), r.section(Section.ALLERGY_HISTORY),
                r.section(Section.PHYSICAL_EXAM), r.section(Section.AUXILIARY_EXAM), r.section(Section.DIAGNOSIS),
                r.section(Section.PLAN), r.symptoms(), r.vitalSigns(), r.findings(), r.medications(), r.allergies(),
                r.history(), r.personalHistory(), r.familyHistory(), r.examinations(), r.diagnoses(), r.advice());
    }

    /**
     * The same result with the record as this view: flags, mode, usage and audit id unchanged.
     *
     * @param result a structuring result
     * @return the result to give {@code ReviewReport}
     */
    public static Result<RecordForReview> of(Result<OutpatientRecord> result) {
        return new Result<>(of(result.value()), result.flags(), result.mode(), result.usage(), result.auditId().orElse(null));
    }
}
