package ai.domainassist.core.usage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A limit on tokens, cost or both, for a whole client or for one task. A call that would take
 * the totals past a limit is rejected before it is sent ({@link ai.domainassist.core.BudgetExceededException}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxTokens the most tokens (prompt plus completion), or {@code null} for no token limit
 * @param maxCost the most cost in the price table's currency, or {@code null} for no cost limit
 */
public record Budget(Long maxTokens, BigDecimal maxCost) {

    /**
     * Checks and normalises the components.
     *
     * @param maxTokens the most tokens (prompt plus completion), or {@code null} for no token limit
     * @param maxCost the most cost in the price table's currency, or {@code null} for no cost limit
     * @throws IllegalArgumentException if neither limit is set, or a limit is negative
     */
    public Budget {
        if (maxTokens == null && maxCost == null) {
            throw new IllegalArgumentException("a budget needs a token limit, a cost limit, or both");
        }
        if (maxTokens != null && maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must not be negative");
        }
        if (maxCost != null && maxCost.signum() < 0) {
            throw new IllegalArgumentException("maxCost must not be negative");
        }
    }

    /**
     * @param maxTokens the most tokens
     * @return a token budget
     */
    public static Budget tokens(long maxTokens) {
        return new Budget(maxTokens, null);
    }

    /**
     * @param maxCost the most cost
     * @return a cost budget
     */
    public static Budget cost(BigDecimal maxCost) {
        return new Budget(null, Objects.requireNonNull(maxCost, "maxCost"));
    }
}
