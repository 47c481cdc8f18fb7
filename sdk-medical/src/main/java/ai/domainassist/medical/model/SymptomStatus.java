package ai.domainassist.medical.model;

/** Whether the patient has a symptom, according to the dialogue. */
public enum SymptomStatus {
    /** Stated or confirmed. */
    PRESENT,
    /** Denied (没有, 无, 不, 否认, 未), or denied when the doctor asked. */
    ABSENT,
    /** Hedged (好像, 可能, 不清楚). */
    UNCERTAIN
}
