package ai.domainassist.finance.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The payable estimate by the indemnity principle (补偿原则): expenses, minus ineligible items, minus
 * what others already reimbursed, minus the deductible, times the payout ratio, capped by the
 * limits and by the actual out-of-pocket cost; each step shown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalExpenses the medical expenses submitted (sum of the distinct invoices)
 * @param payable the estimated payout, never negative, never more than the out-of-pocket cost
 * @param steps the computation, in order
 */
public record PayableEstimate(BigDecimal totalExpenses, BigDecimal payable, List<PayableStep> steps) {

    /**
     * Checks and normalises the components.
     *
     * @param totalExpenses the medical expenses submitted (sum of the distinct invoices)
     * @param payable the estimated payout, never negative, never more than the out-of-pocket cost
     * @param steps the computation, in order
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the payable is negative
     */
    public PayableEstimate {
        Objects.requireNonNull(totalExpenses, "totalExpenses");
        Objects.requireNonNull(payable, "payable");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (payable.signum() < 0) {
            throw new IllegalArgumentException("payable must not be negative");
        }
    }
}
