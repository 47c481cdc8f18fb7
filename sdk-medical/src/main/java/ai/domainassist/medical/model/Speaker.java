package ai.domainassist.medical.model;

/** Who spoke an utterance. */
public enum Speaker {
    /** The doctor (医生, 大夫). */
    DOCTOR("医生"),
    /** The patient (患者, 病人). */
    PATIENT("患者"),
    /** A relative speaking for the patient (家属, 患儿家长). Counts as the patient's side. */
    FAMILY("家属"),
    /** Someone else (a nurse, an interpreter). */
    OTHER("其他"),
    /** Not known yet: an unlabelled line before role separation. */
    UNKNOWN("未知");

    private final String chinese;

    Speaker(String chinese) {
        this.chinese = chinese;
    }

    /** @return the Chinese name of the role, as a record would print it */
    public String chinese() {
        return chinese;
    }

    /** @return whether the speaker is the patient or speaks for the patient */
    public boolean isPatientSide() {
        return this == PATIENT || this == FAMILY;
    }
}
