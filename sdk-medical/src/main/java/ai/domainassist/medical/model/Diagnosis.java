package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A diagnosis: the doctor's impression, or an illness the patient's side names (a diagnosis made
 * elsewhere, 医院说是支气管炎, or 孩子感冒了), which is {@link Certainty#REPORTED}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the standard term (急性上呼吸道感染)
 * @param certainty said by the doctor as certain or as suspected (可能, 怀疑), or reported by the patient's side
 */
public record Diagnosis(String term, Certainty certainty) {
    /** How sure the doctor said it, or that the patient's side reported it. */
    public enum Certainty {
        /** Said by the doctor as the diagnosis. */
        CONFIRMED,
        /** Said by the doctor as possible; the record writes it with a question mark. */
        SUSPECTED,
        /**
         * Named by the patient's side (a diagnosis made elsewhere, or the illness as the family calls it):
         * 现病史 reports it, 初步诊断 does not list it. Since JSON schema 1.2.
         */
        REPORTED
    }

    /**
     * Checks and normalises the components.
     *
     * @param term the standard term (急性上呼吸道感染)
     * @param certainty said by the doctor as certain or as suspected (可能, 怀疑), or reported by the patient's side
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
