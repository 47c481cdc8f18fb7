package ai.domainassist.core.usage;

import ai.domainassist.core.chat.Usage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tokens and cost summed over provider calls.
 *
 * <p>Immutable and thread-safe.
 *
 * @param calls provider calls counted (every attempt that reached a provider, failed ones too)
 * @param usage the tokens, summed
 * @param cost the cost of the priced calls, in the price table's currency
 * @param unpricedCalls calls whose model has no price (their tokens are counted, their cost is not)
 */
public record UsageTotals(long calls, Usage usage, BigDecimal cost, long unpricedCalls) {

    /** Nothing yet. */
    public static final UsageTotals ZERO = new UsageTotals(0, Usage.ZERO, BigDecimal.ZERO, 0);

    /**
     * Checks and normalises the components.
     *
     * @param calls provider calls counted (every attempt that reached a provider, failed ones too)
     * @param usage the tokens, summed
     * @param cost the cost of the priced calls, in the price table's currency
     * @param unpricedCalls calls whose model has no price (their tokens are counted, their cost is not)
     * @throws NullPointerException if {@code usage} or {@code cost} is {@code null}
     */
    public UsageTotals {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(cost, "cost");
    }

    /**
     * @param more the usage of one more call
     * @param moreCost its cost, or {@code null} when unpriced
     * @return the new totals
     */
    UsageTotals plus(Usage more, BigDecimal moreCost) {
        return new UsageTotals(calls + 1, usage.plus(more), moreCost == null ? cost : cost.add(moreCost),
                unpricedCalls + (moreCost == null ? 1 : 0));
    }
}
