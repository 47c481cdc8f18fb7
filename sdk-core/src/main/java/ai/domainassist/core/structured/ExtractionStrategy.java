package ai.domainassist.core.structured;

import ai.domainassist.core.provider.ProviderCapabilities;

/**
 * How structured output is asked for, best first. {@link #choose(ProviderCapabilities)} picks
 * the best the provider supports.
 */
public enum ExtractionStrategy {
    /** {@code response_format: json_schema} with the type's schema, strict: the provider enforces it. */
    JSON_SCHEMA,
    /** {@code response_format: json_object}, the schema written into the system prompt. */
    JSON_OBJECT,
    /** A tool whose parameters are the schema, and a tool choice that forces the model to call it. */
    TOOL_CALL,
    /** Only the schema in the system prompt (for providers that support none of the above). */
    PROMPT;

    /**
     * The best strategy a provider supports.
     *
     * @param c the provider's capabilities
     * @return json_schema, else json_object, else a forced tool call, else the prompt alone
     */
    public static ExtractionStrategy choose(ProviderCapabilities c) {
        if (c.jsonSchema()) {
            return JSON_SCHEMA;
        }
        if (c.jsonObject()) {
            return JSON_OBJECT;
        }
        if (c.tools() && c.forcedToolChoice()) {
            return TOOL_CALL;
        }
        return PROMPT;
    }
}
