package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Evidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One charged item of an invoice (收费项目) or an expense list (费用明细): name, quantity, unit, amount.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the item's name (西药费, 床位费, 阑尾切除术 ...)
 * @param quantity the quantity, or {@code null} when not printed
 * @param unit the unit (次, 盒, 天 ...), or empty when not printed
 * @param amount the amount charged
 * @param evidence the span(s) of the item's row
 */
public record ExpenseItem(String name, BigDecimal quantity, String unit, BigDecimal amount, List<Evidence> evidence) {

    /**
     * Checks and normalises the components.
     *
     * @param name the item's name (西药费, 床位费, 阑尾切除术 ...)
     * @param quantity the quantity, or {@code null} when not printed
     * @param unit the unit (次, 盒, 天 ...), or empty when not printed
     * @param amount the amount charged
     * @param evidence the span(s) of the item's row
     * @throws NullPointerException if the name, unit, amount or evidence is {@code null}
     */
    public ExpenseItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /** @return the quantity, when printed */
    public Optional<BigDecimal> quantityIfPrinted() {
        return Optional.ofNullable(quantity);
    }
}
