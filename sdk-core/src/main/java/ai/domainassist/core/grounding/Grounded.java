package ai.domainassist.core.grounding;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value together with the evidence that supports it, who produced it and how sure we are.
 *
 * <p>A grounded value with no evidence is allowed (a computed total, a default) but domain checks
 * flag model-produced values without verified evidence as {@code UNGROUNDED}. Immutable and
 * thread-safe if the value is.
 *
 * @param value the value; never {@code null} (use {@code Optional} or a missing-field flag instead)
 * @param evidence the spans that support it, possibly empty
 * @param origin who produced it
 * @param confidence how sure the producer is, from 0 to 1
 * @param <T> the value's type
 */
public record Grounded<T>(T value, List<Evidence> evidence, Origin origin, double confidence) {

    /**
     * Checks and normalises the components.
     *
     * @param value the value; never {@code null} (use {@code Optional} or a missing-field flag instead)
     * @param evidence the spans that support it, possibly empty
     * @param origin who produced it
     * @param confidence how sure the producer is, from 0 to 1
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if confidence is outside [0, 1]
     */
    public Grounded {
        Objects.requireNonNull(value, "value");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(origin, "origin");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
    }

    /**
     * A value the rules found, with full confidence.
     *
     * @param value the value
     * @param evidence its evidence
     * @param <T> the type
     * @return the grounded value
     */
    public static <T> Grounded<T> byRules(T value, List<Evidence> evidence) {
        return new Grounded<>(value, evidence, Origin.RULES, 1.0);
    }

    /**
     * A value the rules found from one span.
     *
     * @param value the value
     * @param evidence its evidence
     * @param <T> the type
     * @return the grounded value
     */
    public static <T> Grounded<T> byRules(T value, Evidence evidence) {
        return byRules(value, List.of(evidence));
    }

    /**
     * A value a model produced.
     *
     * @param value the value
     * @param evidence its verified evidence (empty if none could be verified)
     * @param confidence the confidence
     * @param <T> the type
     * @return the grounded value
     */
    public static <T> Grounded<T> byModel(T value, List<Evidence> evidence, double confidence) {
        return new Grounded<>(value, evidence, Origin.MODEL, confidence);
    }

    /** @return whether at least one span supports the value */
    public boolean isGrounded() {
        return !evidence.isEmpty();
    }

    /**
     * The same evidence, origin and confidence with a transformed value.
     *
     * @param f the transformation; must not return {@code null}
     * @param <R> the new type
     * @return the new grounded value
     */
    public <R> Grounded<R> map(Function<? super T, ? extends R> f) {
        return new Grounded<>(f.apply(value), evidence, origin, confidence);
    }
}
