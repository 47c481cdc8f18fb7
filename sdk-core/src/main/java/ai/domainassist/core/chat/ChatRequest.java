package ai.domainassist.core.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat request: the conversation, the tools and the sampling settings. Provider-neutral; each
 * provider adapter maps it to its own wire format.
 *
 * <p>Build with {@link #builder()}; derive variants with {@link #toBuilder()}. Immutable and
 * thread-safe; collections are copied. Settings left unset ({@code null}) are not sent, so the
 * provider's defaults apply.
 *
 * @param model the model id; {@code null} to use the provider's configured default
 * @param messages the conversation, at least one message
 * @param tools the tools the model may call
 * @param toolChoice whether and which tool must be called; {@code null} for the provider's default
 * @param parallelToolCalls whether several tool calls may come in one answer; {@code null} for the default
 * @param responseFormat the answer's shape; {@code null} for free text
 * @param temperature sampling temperature, 0 to 2
 * @param topP nucleus sampling mass, 0 (exclusive) to 1
 * @param maxTokens the most tokens the answer may have, at least 1
 * @param stop stop sequences, at most 16
 * @param seed a sampling seed, where the provider supports it
 * @param user an opaque end-user id for the provider's abuse monitoring; never personal data
 * @param timeout a whole-call deadline for this request, overriding the client's; {@code null} for the client's
 * @param extraParameters provider parameters passed verbatim into the request body (an escape
 *     hatch, for example {@code enable_thinking} for Qwen); values must be JSON-serialisable:
 *     strings, numbers, booleans, lists and maps of those
 * @param cacheable whether the response cache may answer this request (requests with temperature 0
 *     are cacheable anyway)
 * @param task a label that groups calls for usage and cost totals, for example {@code claims.extract};
 *     {@code null} for none
 * @param privateTerms strings the caller marks as personal data (names, addresses) that the
 *     redactor must replace before the request leaves the process, in addition to what it detects
 */
public record ChatRequest(String model, List<Message> messages, List<ToolSpec> tools, ToolChoice toolChoice,
                          Boolean parallelToolCalls, ResponseFormat responseFormat, Double temperature, Double topP,
                          Integer maxTokens, List<String> stop, Long seed, String user, Duration timeout,
                          Map<String, Object> extraParameters, boolean cacheable, String task,
                          List<String> privateTerms) {

    /**
     * Checks and normalises the components.
     *
     * @param model the model id; {@code null} to use the provider's configured default
     * @param messages the conversation, at least one message
     * @param tools the tools the model may call
     * @param toolChoice whether and which tool must be called; {@code null} for the provider's default
     * @param parallelToolCalls whether several tool calls may come in one answer; {@code null} for the default
     * @param responseFormat the answer's shape; {@code null} for free text
     * @param temperature sampling temperature, 0 to 2
     * @param topP nucleus sampling mass, 0 (exclusive) to 1
     * @param maxTokens the most tokens the answer may have, at least 1
     * @param stop stop sequences, at most 16
     * @param seed a sampling seed, where the provider supports it
     * @param user an opaque end-user id for the provider's abuse monitoring; never personal data
     * @param timeout a whole-call deadline for this request, overriding the client's; {@code null} for the client's
     * @param extraParameters provider parameters passed verbatim into the request body (an escape hatch, for example {@code enable_thinking} for Qwen); values must be JSON-serialisable: strings, numbers, booleans, lists and maps of those
     * @param cacheable whether the response cache may answer this request (requests with temperature 0 are cacheable anyway)
     * @param task a label that groups calls for usage and cost totals, for example {@code claims.extract}; {@code null} for none
     * @param privateTerms strings the caller marks as personal data (names, addresses) that the redactor must replace before the request leaves the process, in addition to what it detects
     * @throws NullPointerException if a list is {@code null} or holds {@code null}
     * @throws IllegalArgumentException if there is no message, a setting is out of range, tool names
     *     repeat, or the tool choice names a tool that is not offered
     */
    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        privateTerms = List.copyOf(Objects.requireNonNull(privateTerms, "privateTerms"));
        extraParameters = Objects.requireNonNull(extraParameters, "extraParameters").isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        if (temperature != null && (temperature < 0 || temperature > 2 || temperature.isNaN())) {
            throw new IllegalArgumentException("temperature must be within [0, 2], was " + temperature);
        }
        if (topP != null && (topP <= 0 || topP > 1 || topP.isNaN())) {
            throw new IllegalArgumentException("topP must be within (0, 1], was " + topP);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        if (stop.size() > 16) {
            throw new IllegalArgumentException("at most 16 stop sequences, got " + stop.size());
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (tools.size() > 1 && tools.stream().map(ToolSpec::name).distinct().count() != tools.size()) {
            throw new IllegalArgumentException("tool names must be unique");
        }
        if (toolChoice != null && toolChoice.mode() == ToolChoice.Mode.NAMED
                && tools.stream().noneMatch(t -> t.name().equals(toolChoice.toolName()))) {
            throw new IllegalArgumentException("tool choice names '" + toolChoice.toolName() + "', which is not offered");
        }
        for (String key : extraParameters.keySet()) {
            Objects.requireNonNull(key, "extra parameter name");
        }
    }

    /** @return a new builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A request with one user message and nothing else set.
     *
     * @param userText the user's text
     * @return the request
     */
    public static ChatRequest of(String userText) {
        return builder().addMessage(Message.user(userText)).build();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.model = model;
        b.messages.addAll(messages);
        b.tools.addAll(tools);
        b.toolChoice = toolChoice;
        b.parallelToolCalls = parallelToolCalls;
        b.responseFormat = responseFormat;
        b.temperature = temperature;
        b.topP = topP;
        b.maxTokens = maxTokens;
        b.stop.addAll(stop);
        b.seed = seed;
        b.user = user;
        b.timeout = timeout;
        b.extraParameters.putAll(extraParameters);
        b.cacheable = cacheable;
        b.task = task;
        b.privateTerms.addAll(privateTerms);
        return b;
    }

    /**
     * Shows the shape only (model, counts, settings), never the text: personal data must not
     * reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        int chars = 0;
        for (Message m : messages) {
            chars += m.text().length();
        }
        return "ChatRequest[model=" + model + ", messages=" + messages.size() + " (" + chars + " chars), tools="
                + tools.stream().map(ToolSpec::name).toList() + ", toolChoice=" + toolChoice
                + ", responseFormat=" + (responseFormat == null ? null : responseFormat.type())
                + ", temperature=" + temperature + ", topP=" + topP + ", maxTokens=" + maxTokens
                + ", stop=" + stop.size() + ", seed=" + seed + ", timeout=" + timeout
                + ", extraParameters=" + extraParameters.keySet() + ", cacheable=" + cacheable + ", task=" + task
                + ", privateTerms=" + privateTerms.size() + "]";
    }

    /** @return the response format, if one was set */
    public Optional<ResponseFormat> format() {
        return Optional.ofNullable(responseFormat);
    }

    /**
     * A mutable builder for {@link ChatRequest}. Not thread-safe; {@link #build()} validates.
     */
    public static final class Builder {
        private String model;
        private final List<Message> messages = new ArrayList<>();
        private final List<ToolSpec> tools = new ArrayList<>();
        private ToolChoice toolChoice;
        private Boolean parallelToolCalls;
        private ResponseFormat responseFormat;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private final List<String> stop = new ArrayList<>();
        private Long seed;
        private String user;
        private Duration timeout;
        private final Map<String, Object> extraParameters = new LinkedHashMap<>();
        private boolean cacheable;
        private String task;
        private final List<String> privateTerms = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the model id, or {@code null} for the provider's default.
         *
         * @param model the model id, or {@code null} for the provider's default
         * @return this builder
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Appends a message.
         *
         * @param message a message to append
         * @return this builder
         */
        public Builder addMessage(Message message) {
            messages.add(Objects.requireNonNull(message, "message"));
            return this;
        }

        /**
         * Appends messages, in order.
         *
         * @param messages messages to append, in order
         * @return this builder
         */
        public Builder addMessages(List<Message> messages) {
            messages.forEach(this::addMessage);
            return this;
        }

        /**
         * Sets the whole conversation, replacing any messages added before.
         *
         * @param messages the whole conversation, replacing any messages added before
         * @return this builder
         */
        public Builder messages(List<Message> messages) {
            this.messages.clear();
            return addMessages(messages);
        }

        /**
         * Appends a system message.
         *
         * @param text a system message to append
         * @return this builder
         */
        public Builder system(String text) {
            return addMessage(Message.system(text));
        }

        /**
         * Appends a user message.
         *
         * @param text a user message to append
         * @return this builder
         */
        public Builder user(String text) {
            return addMessage(Message.user(text));
        }

        /**
         * Appends a tool the model may call.
         *
         * @param tool a tool the model may call
         * @return this builder
         */
        public Builder addTool(ToolSpec tool) {
            tools.add(Objects.requireNonNull(tool, "tool"));
            return this;
        }

        /**
         * Sets the tools, replacing any added before.
         *
         * @param tools the tools, replacing any added before
         * @return this builder
         */
        public Builder tools(List<ToolSpec> tools) {
            this.tools.clear();
            tools.forEach(this::addTool);
            return this;
        }

        /**
         * Sets the tool choice, or {@code null}.
         *
         * @param toolChoice the tool choice, or {@code null}
         * @return this builder
         */
        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /**
         * Sets whether parallel tool calls are allowed, or {@code null}.
         *
         * @param parallelToolCalls whether parallel tool calls are allowed, or {@code null}
         * @return this builder
         */
        public Builder parallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
            return this;
        }

        /**
         * Sets the response format, or {@code null}.
         *
         * @param responseFormat the response format, or {@code null}
         * @return this builder
         */
        public Builder responseFormat(ResponseFormat responseFormat) {
            this.responseFormat = responseFormat;
            return this;
        }

        /**
         * Sets the temperature, or {@code null}.
         *
         * @param temperature the temperature, or {@code null}
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the top-p, or {@code null}.
         *
         * @param topP the top-p, or {@code null}
         * @return this builder
         */
        public Builder topP(Double topP) {
            this.topP = topP;
            return this;
        }

        /**
         * Sets the token limit, or {@code null}.
         *
         * @param maxTokens the token limit, or {@code null}
         * @return this builder
         */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Sets stop sequences, replacing any set before.
         *
         * @param stop stop sequences, replacing any set before
         * @return this builder
         */
        public Builder stop(List<String> stop) {
            this.stop.clear();
            this.stop.addAll(stop);
            return this;
        }

        /**
         * Sets the seed, or {@code null}.
         *
         * @param seed the seed, or {@code null}
         * @return this builder
         */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the {@code user} field: an opaque id of the end user for the provider's abuse
         * monitoring (a hash or a database key), never a name or other personal data.
         *
         * @param user the opaque id, or {@code null}
         * @return this builder
         */
        public Builder endUserId(String user) {
            this.user = user;
            return this;
        }

        /**
         * Sets the whole-call deadline, or {@code null} for the client's.
         *
         * @param timeout the whole-call deadline, or {@code null} for the client's
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * @param name a provider parameter name
         * @param value its value (JSON-serialisable), sent verbatim
         * @return this builder
         */
        public Builder extraParameter(String name, Object value) {
            extraParameters.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets whether the response cache may answer.
         *
         * @param cacheable whether the response cache may answer
         * @return this builder
         */
        public Builder cacheable(boolean cacheable) {
            this.cacheable = cacheable;
            return this;
        }

        /**
         * Sets the usage label (task), or {@code null}.
         *
         * @param task a usage label, or {@code null}
         * @return this builder
         */
        public Builder task(String task) {
            this.task = task;
            return this;
        }

        /**
         * Marks a string as personal data (a name, an address) for this request.
         *
         * @param term a string to treat as personal data (a name, an address)
         * @return this builder
         */
        public Builder privateTerm(String term) {
            privateTerms.add(Objects.requireNonNull(term, "term"));
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if the values are inconsistent (see {@link ChatRequest})
         */
        public ChatRequest build() {
            return new ChatRequest(model, messages, tools, toolChoice, parallelToolCalls, responseFormat, temperature,
                    topP, maxTokens, stop, seed, user, timeout, extraParameters, cacheable, task, privateTerms);
        }
    }
}
