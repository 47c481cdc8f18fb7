package ai.domainassist.core.provider;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how to reach one model endpoint: its name, wire protocol, base URL, API key, default
 * models, extra headers and query parameters, and the quirks that make it differ from the
 * protocol's reference. {@link Providers} has a preset for each supported vendor; derive variants
 * with {@link #toBuilder()} (another region, another default model, a proxy URL).
 *
 * <p>The API key is held but never shown: {@link #toString()} prints {@code apiKey=***}, and the
 * SDK never puts it into a log line or an exception message.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProviderSpec {

    /** The wire protocol an endpoint speaks. */
    public enum Protocol {
        /** OpenAI Chat Completions and Embeddings ({@code POST /chat/completions}, {@code /embeddings}). */
        OPENAI_COMPATIBLE,
        /** Anthropic Messages ({@code POST /v1/messages}). */
        ANTHROPIC
    }

    /** A known difference of an endpoint from its protocol's reference, applied by the adapter. */
    public enum Quirk {
        /**
         * Azure OpenAI: the model names a deployment in the path
         * ({@code /openai/deployments/{model}/chat/completions}), the key goes in the {@code api-key}
         * header, and the body carries no {@code model}.
         */
        AZURE_DEPLOYMENTS,
        /** Send the token limit as {@code max_completion_tokens} (OpenAI; required by its reasoning models). */
        MAX_COMPLETION_TOKENS,
        /**
         * Thinking mode (DeepSeek, Kimi): the assistant message's {@code reasoning_content} is sent
         * back on turns that called tools, which these APIs require; it is left out on other turns.
         */
        REASONING_CONTENT_ON_TOOL_TURNS,
        /** The endpoint rejects {@code stream_options} (Zhipu); it reports usage in the last chunk by itself. */
        NO_STREAM_OPTIONS,
        /** No {@code response_format} of type {@code json_schema}; {@code json_object} works. */
        NO_JSON_SCHEMA,
        /** {@code tool_choice} may only be {@code auto} (or {@code none}); a required or named tool is refused before sending. */
        TOOL_CHOICE_AUTO_ONLY,
        /** The endpoint serves no embeddings. */
        NO_EMBEDDINGS,
        /**
         * Ask for embeddings as {@code "encoding_format": "base64"}: each vector comes back as the
         * base64 of its little-endian float32 bytes, a body about a quarter the size of the decimal
         * numbers and no per-number parsing. Only for endpoints whose API reference documents the
         * value (OpenAI, Azure OpenAI; their presets set it); without it embeddings are asked for
         * as {@code float}. A vector that comes back as numbers anyway is read as numbers.
         */
        BASE64_EMBEDDINGS
    }

    private final String name;
    private final Protocol protocol;
    private final String baseUrl;
    private final String apiKey;
    private final String defaultChatModel;
    private final String defaultEmbeddingModel;
    private final Map<String, String> extraHeaders;
    private final Map<String, String> queryParameters;
    private final Set<Quirk> quirks;

    private ProviderSpec(Builder b) {
        this.name = b.name;
        this.protocol = b.protocol;
        this.baseUrl = b.baseUrl;
        this.apiKey = b.apiKey;
        this.defaultChatModel = b.defaultChatModel;
        this.defaultEmbeddingModel = b.defaultEmbeddingModel;
        this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraHeaders));
        this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParameters));
        this.quirks = Collections.unmodifiableSet(b.quirks.isEmpty() ? EnumSet.noneOf(Quirk.class) : EnumSet.copyOf(b.quirks));
    }

    /**
     * Starts a spec for an endpoint.
     *
     * @param name the provider's name in errors, audit records and responses, for example {@code deepseek}
     * @param protocol the wire protocol
     * @param baseUrl the base URL, for example {@code https://api.deepseek.com/v1}
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Builder builder(String name, Protocol protocol, String baseUrl) {
        return new Builder(name, protocol, baseUrl);
    }

    /** @return the provider's name */
    public String name() {
        return name;
    }

    /** @return the wire protocol */
    public Protocol protocol() {
        return protocol;
    }

    /** @return the base URL, without a trailing slash */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The API key, for the adapter that sends it. Never log or print it.
     *
     * @return the key, if one is set
     */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** @return the chat model used when a request names none, if set */
    public Optional<String> defaultChatModel() {
        return Optional.ofNullable(defaultChatModel);
    }

    /** @return the embedding model used when a request names none, if set */
    public Optional<String> defaultEmbeddingModel() {
        return Optional.ofNullable(defaultEmbeddingModel);
    }

    /** @return headers added to every request (for example Qianfan's {@code appid}), in insertion order */
    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }

    /** @return query parameters added to every request URL (for example Azure's {@code api-version}) */
    public Map<String, String> queryParameters() {
        return queryParameters;
    }

    /** @return the quirks the adapter applies */
    public Set<Quirk> quirks() {
        return quirks;
    }

    /**
     * @param quirk a quirk
     * @return whether this endpoint has it
     */
    public boolean has(Quirk quirk) {
        return quirks.contains(quirk);
    }

    /**
     * What this endpoint supports, derived from its protocol and quirks. Vision is reported as
     * supported: whether a given model accepts images is the model's business, not the endpoint's.
     * Every supported endpoint reports usage at the end of a stream (Zhipu without being asked).
     *
     * @return the capabilities
     */
    public ProviderCapabilities capabilities() {
        boolean openAi = protocol == Protocol.OPENAI_COMPATIBLE;
        return new ProviderCapabilities(openAi && !has(Quirk.NO_JSON_SCHEMA), openAi, true,
                !has(Quirk.TOOL_CHOICE_AUTO_ONLY), true, openAi && !has(Quirk.NO_EMBEDDINGS), true);
    }

    /** @return a builder holding this spec's values */
    public Builder toBuilder() {
        Builder b = new Builder(name, protocol, baseUrl);
        b.apiKey = apiKey;
        b.defaultChatModel = defaultChatModel;
        b.defaultEmbeddingModel = defaultEmbeddingModel;
        b.extraHeaders.putAll(extraHeaders);
        b.queryParameters.putAll(queryParameters);
        b.quirks.addAll(quirks);
        return b;
    }

    /** @return a description without the API key */
    @Override
    public String toString() {
        return "ProviderSpec[name=" + name + ", protocol=" + protocol + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", defaultChatModel=" + defaultChatModel
                + ", defaultEmbeddingModel=" + defaultEmbeddingModel + ", extraHeaders=" + extraHeaders.keySet()
                + ", queryParameters=" + queryParameters + ", quirks=" + quirks + "]";
    }

    /**
     * A mutable builder for {@link ProviderSpec}. Not thread-safe; every setter validates at once.
     */
    public static final class Builder {
        private String name;
        private final Protocol protocol;
        private String baseUrl;
        private String apiKey;
        private String defaultChatModel;
        private String defaultEmbeddingModel;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private final Map<String, String> queryParameters = new LinkedHashMap<>();
        private final Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);

        private Builder(String name, Protocol protocol, String baseUrl) {
            name(name);
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            baseUrl(baseUrl);
        }

        /**
         * @param name the provider's name: letters, digits, {@code .}, {@code _} and {@code -}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or has other characters
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("provider name must match [A-Za-z0-9._-]{1,64}, was '" + name + "'");
            }
            this.name = name;
            return this;
        }

        /**
         * @param baseUrl an {@code http} or {@code https} URL; a trailing slash is dropped
         * @return this builder
         * @throws IllegalArgumentException if it is missing ({@code null} or blank, as
         *     {@code System.getenv} gives for an unset variable; the message says so and names
         *     {@code DA_BASE_URL}, the variable README's snippets read) or not an http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalArgumentException("no base URL for provider '" + name + "': give the endpoint of the"
                        + " server, such as http://127.0.0.1:8000/v1 (README's snippets read it from the environment"
                        + " variable DA_BASE_URL: is it set?)");
            }
            String url = baseUrl.strip();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.length() <= "https://".length()
                    || url.contains("?") || url.contains("#") || url.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("base URL must be an http(s) URL without query or fragment, was '"
                        + baseUrl + "'");
            }
            this.baseUrl = url;
            return this;
        }

        /**
         * @param apiKey the API key, or {@code null} (or blank) for an endpoint that needs none
         * @return this builder
         * @throws IllegalArgumentException if the key holds whitespace or control characters
         */
        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                this.apiKey = null;
                return this;
            }
            if (apiKey.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                // Never echo the key: a header value with such characters would be refused later anyway.
                throw new IllegalArgumentException("API key holds whitespace or control characters");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the chat model used when a request names none, or {@code null}.
         *
         * @param model the chat model used when a request names none, or {@code null}
         * @return this builder
         */
        public Builder defaultChatModel(String model) {
            this.defaultChatModel = blankToNull(model);
            return this;
        }

        /**
         * Sets the embedding model used when a request names none, or {@code null}.
         *
         * @param model the embedding model used when a request names none, or {@code null}
         * @return this builder
         */
        public Builder defaultEmbeddingModel(String model) {
            this.defaultEmbeddingModel = blankToNull(model);
            return this;
        }

        /**
         * Adds a header sent with every request. Authentication headers are set from the API key and
         * cannot be added here.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name is an authentication header or not a valid token
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization") || lower.equals("api-key") || lower.equals("x-api-key")) {
                throw new IllegalArgumentException("set the key with apiKey(...), not as header " + name);
            }
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("not a valid header name: '" + name + "'");
            }
            extraHeaders.put(name, value);
            return this;
        }

        /**
         * Adds a query parameter sent with every request (for example {@code api-version}).
         *
         * @param name the parameter name
         * @param value the value
         * @return this builder
         */
        public Builder queryParameter(String name, String value) {
            queryParameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a quirk to apply.
         *
         * @param quirk a quirk to apply
         * @return this builder
         */
        public Builder quirk(Quirk quirk) {
            quirks.add(Objects.requireNonNull(quirk, "quirk"));
            return this;
        }

        /**
         * Stops applying a quirk.
         *
         * @param quirk a quirk to stop applying
         * @return this builder
         */
        public Builder withoutQuirk(Quirk quirk) {
            quirks.remove(Objects.requireNonNull(quirk, "quirk"));
            return this;
        }

        /** @return the spec */
        public ProviderSpec build() {
            return new ProviderSpec(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
