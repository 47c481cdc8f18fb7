package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A medicine mentioned in the visit. Details not said are empty strings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the standard name (布洛芬) or, for a class only, the class (抗菌药物)
 * @param mention the words of the dialogue (美林, 消炎药)
 * @param drugClass the class (解热镇痛药), or empty when unknown
 * @param dose the dose as said, in record form (0.3g, 5ml, 1片), or empty
 * @param frequency how often (每日3次, 必要时), or empty
 * @param status taken before the visit, taken long-term, or prescribed now
 */
public record Medication(String name, String mention, String drugClass, String dose, String frequency,
                         Status status) {
    /** When and by whom the medicine is taken. */
    public enum Status {
        /** The patient took it for this illness before coming (自服), 现病史. */
        TAKEN_BEFORE_VISIT,
        /** The patient takes it regularly for a chronic condition, 既往史. */
        LONG_TERM,
        /** The doctor prescribes or recommends it now, 处理意见. */
        PRESCRIBED
    }

    /**
     * Checks and normalises the components.
     *
     * @param name the standard name (布洛芬) or, for a class only, the class (抗菌药物)
     * @param mention the words of the dialogue (美林, 消炎药)
     * @param drugClass the class (解热镇痛药), or empty when unknown
     * @param dose the dose as said, in record form (0.3g, 5ml, 1片), or empty
     * @param frequency how often (每日3次, 必要时), or empty
     * @param status taken before the visit, taken long-term, or prescribed now
     * @throws NullPointerException if a component is {@code null}
     */
    public Medication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(drugClass, "drugClass");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(status, "status");
    }
}
