package ai.domainassist.core.usage;

import ai.domainassist.core.chat.Usage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * What a model costs per 1,000,000 tokens, in the currency of its {@link PriceTable}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input price of a prompt token not served from the provider's prompt cache
 * @param cachedInput price of a prompt token served from the prompt cache
 * @param output price of a completion token (reasoning tokens included)
 */
public record ModelPrice(BigDecimal input, BigDecimal cachedInput, BigDecimal output) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /**
     * Checks and normalises the components.
     *
     * @param input price of a prompt token not served from the provider's prompt cache
     * @param cachedInput price of a prompt token served from the prompt cache
     * @param output price of a completion token (reasoning tokens included)
     * @throws NullPointerException if a price is {@code null}
     * @throws IllegalArgumentException if a price is negative
     */
    public ModelPrice {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cachedInput, "cachedInput");
        Objects.requireNonNull(output, "output");
        if (input.signum() < 0 || cachedInput.signum() < 0 || output.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /**
     * The cost of a call's usage.
     *
     * @param usage the tokens
     * @return the cost
     */
    public BigDecimal cost(Usage usage) {
        long cached = Math.min(usage.cachedPromptTokens(), usage.promptTokens());
        BigDecimal sum = input.multiply(BigDecimal.valueOf(usage.promptTokens() - cached))
                .add(cachedInput.multiply(BigDecimal.valueOf(cached)))
                .add(output.multiply(BigDecimal.valueOf(usage.completionTokens())));
        return sum.divide(MILLION, MathContext.DECIMAL64);
    }
}
