package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A symptom as the dialogue presents it: the standard term, the words used, whether the patient
 * has it, who said so, and its attributes. Attributes not mentioned are empty strings (or
 * {@link Onset#UNKNOWN}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the standard term (发热, 腹泻, 咽痛)
 * @param mention the words of the dialogue (发烧, 拉肚子, 嗓子疼)
 * @param status present, absent or uncertain
 * @param attribution who said so
 * @param onset how long it has lasted
 * @param severity how bad (轻度, 中度, 重度), or empty
 * @param site where (右下腹, 双侧膝关节), or empty
 * @param frequency how often or in what pattern (每日3次, 阵发性, 夜间加重), or empty
 */
public record Symptom(String term, String mention, SymptomStatus status, Attribution attribution, Onset onset,
                      String severity, String site, String frequency) {
    /**
     * Checks and normalises the components.
     *
     * @param term the standard term (发热, 腹泻, 咽痛)
     * @param mention the words of the dialogue (发烧, 拉肚子, 嗓子疼)
     * @param status present, absent or uncertain
     * @param attribution who said so
     * @param onset how long it has lasted
     * @param severity how bad (轻度, 中度, 重度), or empty
     * @param site where (右下腹, 双侧膝关节), or empty
     * @param frequency how often or in what pattern (每日3次, 阵发性, 夜间加重), or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public Symptom {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(frequency, "frequency");
    }
}
