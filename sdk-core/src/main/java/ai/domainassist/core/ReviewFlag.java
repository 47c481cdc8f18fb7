package ai.domainassist.core;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Something a human reviewer must look at in a {@link Result}: a value without support in the
 * source, a conflict, a missing field, a value out of range, a degraded run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of problem
 * @param severity how urgent
 * @param field the path of the field concerned, for example {@code diagnoses[0]} or
 *     {@code invoice.total}; empty for the result as a whole
 * @param message a sentence for the reviewer (in the user's language); no secrets
 * @param evidence the spans the flag refers to, possibly empty
 */
public record ReviewFlag(Kind kind, Severity severity, String field, String message, List<Evidence> evidence) {

    /** The kinds of flag. */
    public enum Kind {
        /** A value (usually model-written) whose quoted evidence is not in the source. */
        UNGROUNDED,
        /** Two sources, or the model and the rules, disagree. */
        CONFLICT,
        /** A required value is absent. */
        MISSING,
        /** A value outside its plausible or allowed range. */
        OUT_OF_RANGE,
        /** The model failed or was rejected; the offline answer stands. */
        DEGRADED,
        /** The producer is unsure. */
        LOW_CONFIDENCE,
        /**
         * The sources do not answer the question asked (a knowledge base with nothing on it): no answer is
         * given, rather than a confident one resting on unrelated clauses.
         */
        NO_ANSWER,
        /** A domain rule or policy is violated (an exclusion, a format rule, a banned expression). */
        POLICY
    }

    /**
     * Checks and normalises the components.
     *
     * @param kind what kind of problem
     * @param severity how urgent
     * @param field the path of the field concerned, for example {@code diagnoses[0]} or {@code invoice.total}; empty for the result as a whole
     * @param message a sentence for the reviewer (in the user's language); no secrets
     * @param evidence the spans the flag refers to, possibly empty
     * @throws NullPointerException if a component is {@code null}
     */
    public ReviewFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /**
     * A flag with the kind's usual severity: {@link Severity#ERROR} for UNGROUNDED and CONFLICT,
     * {@link Severity#INFO} for LOW_CONFIDENCE, {@link Severity#WARNING} otherwise.
     *
     * @param kind the kind
     * @param field the field path, or empty
     * @param message the message
     * @param evidence the evidence, possibly empty
     * @return the flag
     */
    public static ReviewFlag of(Kind kind, String field, String message, List<Evidence> evidence) {
        Severity s = switch (kind) {
            case UNGROUNDED, CONFLICT -> Severity.ERROR;
            case LOW_CONFIDENCE -> Severity.INFO;
            default -> Severity.WARNING;
        };
        return new ReviewFlag(kind, s, field, message, evidence);
    }

    /**
     * A flag without evidence, with the kind's usual severity.
     *
     * @param kind the kind
     * @param field the field path, or empty
     * @param message the message
     * @return the flag
     */
    public static ReviewFlag of(Kind kind, String field, String message) {
        return of(kind, field, message, List.of());
    }
}
