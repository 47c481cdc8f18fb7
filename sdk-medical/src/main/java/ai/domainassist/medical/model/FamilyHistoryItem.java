package ai.domainassist.medical.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the family history (家族史): a disease (or a complaint) of the patient's blood
 * relatives, or its denial. A denial of family diseases in general (家里没有遗传病, 家里没人这样) has
 * an empty condition and {@code present == false}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param condition the standard term (高血压病, 2型糖尿病, 乳腺癌), or empty for family diseases in general
 * @param relatives who has it, in record wording (父亲, 母亲, 外祖母), in the order said; empty for a denial
 *     or when the dialogue does not say who
 * @param present {@code true} when a relative has or had it, {@code false} for a denial
 */
public record FamilyHistoryItem(String condition, List<String> relatives, boolean present) {
    /**
     * Creates an entry; the relatives are copied.
     *
     * @param condition the standard term, or empty for family diseases in general
     * @param relatives who has it, in the order said
     * @param present {@code true} when a relative has or had it, {@code false} for a denial
     * @throws NullPointerException if a component or a relative is {@code null}
     */
    public FamilyHistoryItem {
        Objects.requireNonNull(condition, "condition");
        relatives = List.copyOf(relatives);
    }
}
