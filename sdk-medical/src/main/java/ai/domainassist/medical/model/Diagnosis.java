package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * The doctor's impression or diagnosis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the standard term (急性上呼吸道感染)
 * @param certainty said as certain, or as suspected (考虑, 可能, 怀疑)
 */
public record Diagnosis(String term, Certainty certainty) {
    /** How sure the doctor said it. */
    public enum Certainty {
        /** Said as the diagnosis. */
        CONFIRMED,
        /** Said as possible; the record writes it with a question mark. */
        SUSPECTED
    }

    /**
     * Checks and normalises the components.
     *
     * @param term the standard term (急性上呼吸道感染)
     * @param certainty said as certain, or as suspected (考虑, 可能, 怀疑)
     * @throws NullPointerException if a component is {@code null}
     */
    public Diagnosis {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(certainty, "certainty");
    }

    /** @return the record form: the term, followed by {@code ？} when suspected */
    public String display() {
        return certainty == Certainty.SUSPECTED ? term + "？" : term;
    }
}
