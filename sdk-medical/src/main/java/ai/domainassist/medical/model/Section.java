package ai.domainassist.medical.model;

/**
 * The prose sections of an outpatient record, in the order of 《病历书写基本规范》 (卫医政发〔2010〕11号)
 * for an initial visit: 主诉, 现病史, 既往史, 过敏史, 个人史, 家族史, 体格检查, 辅助检查, 初步诊断, 处理意见
 * (个人史 and 家族史 follow the history items of 第十八条, after 既往史 and its 过敏史).
 */
public enum Section {
    /** 主诉: the main symptom(s) and their duration, at most 20 characters, not a diagnosis. */
    CHIEF_COMPLAINT("主诉", "chiefComplaint"),
    /** 现病史: onset, course, accompanying symptoms, treatment so far, pertinent negatives. */
    PRESENT_ILLNESS("现病史", "presentIllness"),
    /** 既往史: past diseases, surgeries, infectious diseases, vaccination. */
    PAST_HISTORY("既往史", "pastHistory"),
    /** 过敏史: drug and food allergies, or their denial. */
    ALLERGY_HISTORY("过敏史", "allergyHistory"),
    /** 个人史: smoking, drinking, occupation and exposure; menstrual and obstetric history (月经婚育史). */
    PERSONAL_HISTORY("个人史", "personalHistory"),
    /** 家族史: diseases of the patient's blood relatives, or their denial. */
    FAMILY_HISTORY("家族史", "familyHistory"),
    /** 体格检查: vital signs and the doctor's findings. */
    PHYSICAL_EXAM("体格检查", "physicalExam"),
    /** 辅助检查: test results available at the visit. */
    AUXILIARY_EXAM("辅助检查", "auxiliaryExam"),
    /** 初步诊断: the doctor's impression or diagnosis. */
    DIAGNOSIS("初步诊断", "diagnosis"),
    /** 处理意见: prescriptions, tests ordered, advice and follow-up. */
    PLAN("处理意见", "plan");

    private final String title;
    private final String key;

    Section(String title, String key) {
        this.title = title;
        this.key = key;
    }

    /** @return the Chinese heading, as printed in the record */
    public String title() {
        return title;
    }

    /** @return the key of the section in the JSON export */
    public String key() {
        return key;
    }
}
