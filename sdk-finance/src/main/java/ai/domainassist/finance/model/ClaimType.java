package ai.domainassist.finance.model;

/** The cover item a claim is made under. */
public enum ClaimType {
    /** 门（急）诊医疗. */
    OUTPATIENT,
    /** 住院医疗. */
    INPATIENT
}
