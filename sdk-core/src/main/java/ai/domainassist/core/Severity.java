package ai.domainassist.core;

/** How urgently a reviewer must look at a {@link ReviewFlag}, in increasing order. */
public enum Severity {
    /** Worth knowing; nothing is likely wrong. */
    INFO,
    /** Possibly wrong; check before accepting. */
    WARNING,
    /** Wrong or unsupported; must be fixed or confirmed by a person. */
    ERROR
}
