package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Evidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One step of the payable computation: what was done, the running amount after it, and where the
 * figures come from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label a short name (合理医疗费用, 减：已报销, 减：免赔额, 乘：赔付比例, 限额 ...)
 * @param change the amount added (positive) or taken away (negative) by this step, zero for a cap that did not bite
 * @param running the amount after the step
 * @param explanation one sentence on how the figure was obtained
 * @param evidence the spans of the documents the figures come from
 */
public record PayableStep(String label, BigDecimal change, BigDecimal running, String explanation,
        List<Evidence> evidence) {

    /**
     * Checks and normalises the components.
     *
     * @param label a short name (合理医疗费用, 减：已报销, 减：免赔额, 乘：赔付比例, 限额 ...)
     * @param change the amount added (positive) or taken away (negative) by this step, zero for a cap that did not bite
     * @param running the amount after the step
     * @param explanation one sentence on how the figure was obtained
     * @param evidence the spans of the documents the figures come from
     * @throws NullPointerException if a component is {@code null}
     */
    public PayableStep {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }
}
