package ai.domainassist.core.chat;

import java.util.Locale;

/** Why the model stopped writing. */
public enum FinishReason {
    /** A natural end or a stop sequence. */
    STOP,
    /** The token limit ({@code max_tokens}) was reached: the answer is truncated. */
    LENGTH,
    /** The model asked for tool calls. */
    TOOL_CALLS,
    /** The provider's content policy stopped the answer. */
    CONTENT_FILTER,
    /** Any other reason, or none reported. */
    OTHER;

    /**
     * Maps a provider's finish or stop reason to ours: OpenAI's {@code stop}, {@code length},
     * {@code tool_calls}, {@code function_call}, {@code content_filter} and Anthropic's
     * {@code end_turn}, {@code stop_sequence}, {@code max_tokens}, {@code tool_use}, {@code refusal};
     * also the variants some vendors use ({@code sensitive}, {@code insufficient_system_resource}, Qianfan's
     * {@code normal} for a natural end).
     *
     * @param raw the provider's value, or {@code null}
     * @return our value; {@link #OTHER} when unknown
     */
    public static FinishReason fromProvider(String raw) {
        if (raw == null) {
            return OTHER;
        }
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "stop":
            case "normal":
            case "end_turn":
            case "stop_sequence":
            case "eos":
                return STOP;
            case "length":
            case "max_tokens":
            case "model_length":
                return LENGTH;
            case "tool_calls":
            case "function_call":
            case "tool_use":
                return TOOL_CALLS;
            case "content_filter":
            case "refusal":
            case "sensitive":
                return CONTENT_FILTER;
            default:
                return OTHER;
        }
    }
}
