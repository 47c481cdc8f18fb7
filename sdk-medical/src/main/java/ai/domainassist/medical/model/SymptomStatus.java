package ai.domainassist.medical.model;

/** Whether the patient has a symptom, according to the dialogue. */
public enum SymptomStatus {
    /** Stated or confirmed. */
    PRESENT,
    /** Denied (没有, 无, 不, 否认, 未), or denied when the doctor asked. */
    ABSENT,
    /** Hedged (好像, 可能, 不清楚). */
    UNCERTAIN,
    /**
     * Had in this illness and over now: said present, then said to have stopped (发烧两天，现在不烧了;
     * 昨天吐了两次，今天没吐). Neither a current complaint nor a denial, and no contradiction. Since JSON
     * schema 1.3.
     */
    RESOLVED
}
