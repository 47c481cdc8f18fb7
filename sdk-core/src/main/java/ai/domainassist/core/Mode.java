package ai.domainassist.core;

/** How a helper produced a {@link Result}. */
public enum Mode {
    /** The offline engine alone (no model configured, or none needed). */
    OFFLINE,
    /** A model alone, its output verified by the checks. */
    MODEL,
    /** The rules first, the model filling in and improving, the checks judging both. */
    HYBRID,
    /** A model was configured but failed or was rejected; the offline engine's answer is returned. */
    DEGRADED
}
