package ai.domainassist.finance.model;

/** What caused the treatment (出险原因); waiting periods differ by cause. */
public enum Cause {
    /** 疾病. */
    ILLNESS,
    /** 意外伤害. */
    ACCIDENT
}
