package ai.domainassist.core.grounding;

/** Who produced a value. */
public enum Origin {
    /** The offline engine: rules, patterns and lexicons, deterministic. */
    RULES,
    /** A language model (its output was checked, see the value's flags). */
    MODEL,
    /** The caller's own input, copied (for example header fields of a draft taken from the request). */
    INPUT
}
