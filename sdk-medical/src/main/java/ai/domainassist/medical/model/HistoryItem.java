package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * One entry of the past history (既往史): a chronic disease with its duration, a surgery, an
 * infectious disease, vaccination; or its denial.
 *
 * <p>Immutable and thread-safe.
 *
 * @param condition the standard term (高血压, 阑尾切除术, 乙型病毒性肝炎), or {@code 既往体健} for good health
 * @param kind what kind of history
 * @param duration how long, {@link Onset#UNKNOWN} when not said
 * @param present {@code true} when the patient has or had it, {@code false} when denied
 * @param note control and treatment as said (规律服用氨氯地平), or empty
 */
public record HistoryItem(String condition, Kind kind, Onset duration, boolean present, String note) {
    /** The kinds of past history 《病历书写基本规范》 lists. */
    public enum Kind {
        /** A disease (chronic or past). */
        DISEASE,
        /** An infectious disease (肝炎, 结核). */
        INFECTIOUS,
        /** A surgery or trauma. */
        SURGERY,
        /** Vaccination (children). */
        VACCINATION,
        /** Transfusion. */
        TRANSFUSION,
        /** General health (既往体健). */
        GENERAL
    }

    /**
     * Checks and normalises the components.
     *
     * @param condition the standard term (高血压, 阑尾切除术, 乙型病毒性肝炎), or {@code 既往体健} for good health
     * @param kind what kind of history
     * @param duration how long, {@link Onset#UNKNOWN} when not said
     * @param present {@code true} when the patient has or had it, {@code false} when denied
     * @param note control and treatment as said (规律服用氨氯地平), or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public HistoryItem {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(note, "note");
    }
}
