package ai.domainassist.core.provider;

/**
 * What a provider endpoint supports. Structured output uses it to choose how to ask for JSON:
 * {@code json_schema} where supported, else {@code json_object} plus the schema in the prompt,
 * else a forced tool call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param jsonSchema accepts {@code response_format} of type {@code json_schema}
 * @param jsonObject accepts {@code response_format} of type {@code json_object}
 * @param tools accepts tool definitions and returns tool calls
 * @param forcedToolChoice honours a named tool choice
 * @param streamUsage reports usage at the end of a stream
 * @param embeddings serves embeddings
 * @param vision accepts images in user messages
 */
public record ProviderCapabilities(boolean jsonSchema, boolean jsonObject, boolean tools, boolean forcedToolChoice,
                                   boolean streamUsage, boolean embeddings, boolean vision) {

    /** Everything supported. */
    public static final ProviderCapabilities ALL = new ProviderCapabilities(true, true, true, true, true, true, true);

    /** Plain chat only. */
    public static final ProviderCapabilities TEXT_ONLY =
            new ProviderCapabilities(false, false, false, false, false, false, false);
}
