package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * One item of the doctor's plan other than a prescription or an ordered test: advice, follow-up,
 * referral, a procedure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of advice
 * @param text the advice in record form
 */
public record Advice(Kind kind, String text) {
    /** The kinds of advice. */
    public enum Kind {
        /** Come back (复诊, 复查, 随诊), and when. */
        FOLLOW_UP,
        /** Diet, rest, fluids, habits. */
        LIFESTYLE,
        /** Go to another department or hospital. */
        REFERRAL,
        /** A procedure or treatment other than medicine (雾化, 输液, 理疗). */
        TREATMENT,
        /** Come at once if warning signs appear. */
        WARNING_SIGNS
    }

    /**
     * Checks and normalises the components.
     *
     * @param kind what kind of advice
     * @param text the advice in record form
     * @throws NullPointerException if a component is {@code null}
     */
    public Advice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
