package ai.domainassist.core.chat;

/**
 * Tokens a call used, as the provider reported them. Counts the provider did not report are 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens in the answer (including reasoning tokens)
 * @param totalTokens prompt plus completion, as reported (or computed when not reported)
 * @param cachedPromptTokens prompt tokens served from the provider's prompt cache
 * @param reasoningTokens completion tokens spent on reasoning
 */
public record Usage(long promptTokens, long completionTokens, long totalTokens, long cachedPromptTokens,
                    long reasoningTokens) {

    /** No tokens. */
    public static final Usage ZERO = new Usage(0, 0, 0, 0, 0);

    /**
     * Checks and normalises the components.
     *
     * @param promptTokens tokens in the prompt
     * @param completionTokens tokens in the answer (including reasoning tokens)
     * @param totalTokens prompt plus completion, as reported (or computed when not reported)
     * @param cachedPromptTokens prompt tokens served from the provider's prompt cache
     * @param reasoningTokens completion tokens spent on reasoning
     * @throws IllegalArgumentException if a count is negative
     */
    public Usage {
        if (promptTokens < 0 || completionTokens < 0 || totalTokens < 0 || cachedPromptTokens < 0 || reasoningTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /**
     * Usage from prompt and completion counts, total computed.
     *
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @return the usage
     */
    public static Usage of(long promptTokens, long completionTokens) {
        return new Usage(promptTokens, completionTokens, promptTokens + completionTokens, 0, 0);
    }

    /**
     * The sum of two usages, component by component.
     *
     * @param other the other usage
     * @return the sum
     */
    public Usage plus(Usage other) {
        return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                totalTokens + other.totalTokens, cachedPromptTokens + other.cachedPromptTokens,
                reasoningTokens + other.reasoningTokens);
    }
}
