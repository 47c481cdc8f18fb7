package ai.domainassist.medical.model;

/** Who put a finding into the dialogue. */
public enum Attribution {
    /** The patient (or a relative) said it in their own words. */
    STATED_BY_PATIENT,
    /** The doctor asked ("有没有发烧？") and the patient's answer decided it ("没有"). */
    ANSWER_TO_DOCTOR,
    /** The doctor said it (an observation, a finding on examination). */
    STATED_BY_DOCTOR
}
