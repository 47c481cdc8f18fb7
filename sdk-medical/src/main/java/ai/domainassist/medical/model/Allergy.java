package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * An allergy, or its denial. A denial of all drug allergies has the substance {@code 药物}, kind
 * {@link Kind#DRUG} and {@code present == false}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance what the patient reacts to (青霉素, 海鲜), or the group denied (药物, 食物)
 * @param kind drug, food or other
 * @param reaction the reaction as said (皮疹, 喉头水肿), or empty
 * @param present {@code true} for an allergy, {@code false} for a denial
 */
public record Allergy(String substance, Kind kind, String reaction, boolean present) {
    /** What the substance is. */
    public enum Kind {
        /** A medicine. */
        DRUG,
        /** A food. */
        FOOD,
        /** Anything else (pollen, dust mites), or allergies in general. */
        OTHER
    }

    /**
     * Checks and normalises the components.
     *
     * @param substance what the patient reacts to (青霉素, 海鲜), or the group denied (药物, 食物)
     * @param kind drug, food or other
     * @param reaction the reaction as said (皮疹, 喉头水肿), or empty
     * @param present {@code true} for an allergy, {@code false} for a denial
     * @throws NullPointerException if a component is {@code null}
     */
    public Allergy {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reaction, "reaction");
    }
}
