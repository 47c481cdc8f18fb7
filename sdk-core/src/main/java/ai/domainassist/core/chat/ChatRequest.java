package ai.domainassist.core.chat;

import ai.domainassist.core.chat.internal.CallTags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat request: what goes on the wire (the conversation, the tools, the sampling settings) and,
 * apart from it, what the pipeline does with the call ({@link Options}: deadline, cache, task
 * label, private terms, audit id). Provider-neutral; each provider adapter maps the wire settings
 * to its own format and never sends the options.
 *
 * <p>Build with {@link #builder()} (or {@link #of(String)}); derive variants with
 * {@link #toBuilder()}. Every setter checks its value at once; {@link Builder#build()} checks the
 * combination. Immutable and thread-safe; collections are copied. Wire settings left unset
 * ({@code null}) are not sent, so the provider's defaults apply. {@link #toString()} shows the
 * request's shape, never its text.
 */
public final class ChatRequest {
    static {
        CallTags.install(new CallTags.Access() {
            @Override
            public Object tag(ChatRequest request) {
                return request.call;
            }

            @Override
            public ChatRequest withTag(ChatRequest request, Object tag) {
                Builder b = request.toBuilder();
                b.call = tag;
                return b.build();
            }

            @Override
            public void tag(Builder builder, Object tag) {
                builder.call = tag;
            }

            @Override
            public ChatRequest prepared(ChatRequest request, String model, Duration timeout, String auditId,
                                        Object tag) {
                Options o = request.options;
                if (!Objects.equals(o.timeout, timeout) || !Objects.equals(o.auditId, auditId)) {
                    o = new Options(timeout, o.cacheable, o.task, o.privateTerms, auditId);
                }
                return new ChatRequest(request, model, o, tag);
            }
        });
    }

    private final String model;
    private final List<Message> messages;
    private final List<ToolSpec> tools;
    private final ToolChoice toolChoice;
    private final Boolean parallelToolCalls;
    private final ResponseFormat responseFormat;
    private final Double temperature;
    private final Double topP;
    private final Integer maxTokens;
    private final List<String> stop;
    private final Long seed;
    private final String endUserId;
    private final Map<String, Object> extraParameters;
    private final Options options;
    /** The logical call this request is an attempt of, set by the pipeline; opaque. */
    private final Object call;

    private ChatRequest(Builder b) {
        this.model = b.model;
        this.messages = List.copyOf(b.messages);
        this.tools = List.copyOf(b.tools);
        this.toolChoice = b.toolChoice;
        this.parallelToolCalls = b.parallelToolCalls;
        this.responseFormat = b.responseFormat;
        this.temperature = b.temperature;
        this.topP = b.topP;
        this.maxTokens = b.maxTokens;
        this.stop = List.copyOf(b.stop);
        this.seed = b.seed;
        this.endUserId = b.endUserId;
        this.extraParameters = b.extraParameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.extraParameters));
        this.options = new Options(b.timeout, b.cacheable, b.task, b.privateTerms, b.auditId);
        this.call = b.call;
    }

    /**
     * A copy of a built request with another model, options and call tag: its immutable lists and
     * maps are shared, not copied (the client's facade derives one such copy per call).
     */
    private ChatRequest(ChatRequest base, String model, Options options, Object call) {
        if (model != null && model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        this.model = model;
        this.messages = base.messages;
        this.tools = base.tools;
        this.toolChoice = base.toolChoice;
        this.parallelToolCalls = base.parallelToolCalls;
        this.responseFormat = base.responseFormat;
        this.temperature = base.temperature;
        this.topP = base.topP;
        this.maxTokens = base.maxTokens;
        this.stop = base.stop;
        this.seed = base.seed;
        this.endUserId = base.endUserId;
        this.extraParameters = base.extraParameters;
        this.options = options;
        this.call = call;
    }

    /**
     * What the pipeline does with a call, apart from what is sent: never put on the wire. Set
     * through {@link ChatRequest.Builder} (each option, or {@link Builder#options(Options)} to copy
     * another request's); a class rather than a record, so that an option can be added without
     * breaking a caller. Immutable and thread-safe.
     */
    public static final class Options {
        /** No deadline of its own, not cacheable, no task, no private terms, no audit id. */
        public static final Options NONE = new Options(null, false, null, List.of(), null);

        private final Duration timeout;
        private final boolean cacheable;
        private final String task;
        private final List<String> privateTerms;
        private final String auditId;

        private Options(Duration timeout, boolean cacheable, String task, List<String> privateTerms, String auditId) {
            this.timeout = timeout;
            this.cacheable = cacheable;
            this.task = task;
            this.privateTerms = List.copyOf(privateTerms);
            this.auditId = auditId;
        }

        /**
         * @return the whole-call deadline of this request (retries and failovers included),
         *     overriding the client's; {@code null} for the client's
         */
        public Duration timeout() {
            return timeout;
        }

        /**
         * @return whether the response cache may answer this request (requests with temperature 0
         *     are cacheable anyway)
         */
        public boolean cacheable() {
            return cacheable;
        }

        /**
         * @return a label that groups calls for usage, cost and budgets, for example
         *     {@code claims.extract}; {@code null} for none
         */
        public String task() {
            return task;
        }

        /**
         * @return strings the caller marks as personal data (names, addresses) that the redactor
         *     must replace before the request leaves the process, in addition to what it detects
         */
        public List<String> privateTerms() {
            return privateTerms;
        }

        /**
         * @return an id that links this call's audit records to a result (a helper puts its
         *     {@code Result.auditId()} here); {@code null} for none
         */
        public String auditId() {
            return auditId;
        }

        /**
         * Equal when every option is equal.
         *
         * @param o another object
         * @return whether it holds the same options
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Options other && Objects.equals(timeout, other.timeout) && cacheable == other.cacheable
                    && Objects.equals(task, other.task) && privateTerms.equals(other.privateTerms)
                    && Objects.equals(auditId, other.auditId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(timeout, cacheable, task, privateTerms, auditId);
        }

        /** @return the shape: set values, the number of private terms, never the terms */
        @Override
        public String toString() {
            return "Options[timeout=" + timeout + ", cacheable=" + cacheable + ", task=" + task
                    + ", privateTerms=" + privateTerms.size() + ", auditId=" + auditId + "]";
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
     * @throws NullPointerException if {@code userText} is {@code null}
     */
    public static ChatRequest of(String userText) {
        return builder().user(userText).build();
    }

    /** @return a builder holding this request's values, each of which may be replaced */
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
        b.endUserId = endUserId;
        b.extraParameters.putAll(extraParameters);
        b.timeout = options.timeout();
        b.cacheable = options.cacheable();
        b.task = options.task();
        b.privateTerms.addAll(options.privateTerms());
        b.auditId = options.auditId();
        b.call = call;
        return b;
    }

    /** @return the model id; {@code null} to use the provider's configured default */
    public String model() {
        return model;
    }

    /** @return the conversation, at least one message */
    public List<Message> messages() {
        return messages;
    }

    /** @return the tools the model may call */
    public List<ToolSpec> tools() {
        return tools;
    }

    /** @return whether and which tool must be called; {@code null} for the provider's default */
    public ToolChoice toolChoice() {
        return toolChoice;
    }

    /** @return whether several tool calls may come in one answer; {@code null} for the default */
    public Boolean parallelToolCalls() {
        return parallelToolCalls;
    }

    /** @return the answer's shape; {@code null} for free text */
    public ResponseFormat responseFormat() {
        return responseFormat;
    }

    /** @return the response format, if one was set */
    public Optional<ResponseFormat> format() {
        return Optional.ofNullable(responseFormat);
    }

    /** @return the sampling temperature, 0 to 2, or {@code null} */
    public Double temperature() {
        return temperature;
    }

    /** @return the nucleus sampling mass, (0, 1], or {@code null} */
    public Double topP() {
        return topP;
    }

    /** @return the most tokens the answer may have, or {@code null} */
    public Integer maxTokens() {
        return maxTokens;
    }

    /** @return the stop sequences, at most 16 */
    public List<String> stop() {
        return stop;
    }

    /** @return the sampling seed, or {@code null} */
    public Long seed() {
        return seed;
    }

    /** @return an opaque end-user id for the provider's abuse monitoring, or {@code null} */
    public String endUserId() {
        return endUserId;
    }

    /** @return provider parameters sent verbatim in the body (an escape hatch) */
    public Map<String, Object> extraParameters() {
        return extraParameters;
    }

    /** @return what the pipeline does with this call; never sent */
    public Options options() {
        return options;
    }

    /**
     * Equal when every wire setting and option is equal (the pipeline's own call tag is not compared).
     *
     * @param o another object
     * @return whether it is an equal request
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChatRequest r && Objects.equals(model, r.model) && messages.equals(r.messages)
                && tools.equals(r.tools) && Objects.equals(toolChoice, r.toolChoice)
                && Objects.equals(parallelToolCalls, r.parallelToolCalls)
                && Objects.equals(responseFormat, r.responseFormat) && Objects.equals(temperature, r.temperature)
                && Objects.equals(topP, r.topP) && Objects.equals(maxTokens, r.maxTokens) && stop.equals(r.stop)
                && Objects.equals(seed, r.seed) && Objects.equals(endUserId, r.endUserId)
                && extraParameters.equals(r.extraParameters) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, messages, tools, toolChoice, parallelToolCalls, responseFormat, temperature, topP,
                maxTokens, stop, seed, endUserId, extraParameters, options);
    }

    /** @return the request's shape: its settings and sizes, never a message's text or a private term */
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
                + ", stop=" + stop.size() + ", seed=" + seed + ", extraParameters=" + extraParameters.keySet()
                + ", options=" + options + "]";
    }

    /**
     * A mutable builder for {@link ChatRequest}. Each setter checks its value at once and may be
     * called again to replace it (a request is a value, derived often with {@link #toBuilder()});
     * {@link #build()} checks the combination. Not thread-safe.
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
        private String endUserId;
        private final Map<String, Object> extraParameters = new LinkedHashMap<>();
        private Duration timeout;
        private boolean cacheable;
        private String task;
        private final List<String> privateTerms = new ArrayList<>();
        private String auditId;
        private Object call;

        private Builder() {
        }

        /**
         * Sets the model id, or {@code null} for the provider's default.
         *
         * @param model the model id, or {@code null} for the provider's default
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder model(String model) {
            if (model != null && model.isBlank()) {
                throw new IllegalArgumentException("model must not be blank");
            }
            this.model = model;
            return this;
        }

        /**
         * Appends a message.
         *
         * @param message a message to append
         * @return this builder
         * @throws NullPointerException if {@code message} is {@code null}
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
         * @throws NullPointerException if the list or a message is {@code null}
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
         * @throws NullPointerException if the list or a message is {@code null}
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
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public Builder system(String text) {
            return addMessage(Message.system(text));
        }

        /**
         * Appends a user message.
         *
         * @param text a user message to append
         * @return this builder
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public Builder user(String text) {
            return addMessage(Message.user(text));
        }

        /**
         * Appends a tool the model may call.
         *
         * @param tool a tool the model may call
         * @return this builder
         * @throws NullPointerException if {@code tool} is {@code null}
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
         * @throws NullPointerException if the list or a tool is {@code null}
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
         * @param temperature the temperature, 0 to 2, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder temperature(Double temperature) {
            if (temperature != null && (temperature < 0 || temperature > 2 || temperature.isNaN())) {
                throw new IllegalArgumentException("temperature must be within [0, 2], was " + temperature);
            }
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the top-p, or {@code null}.
         *
         * @param topP the top-p, within (0, 1], or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder topP(Double topP) {
            if (topP != null && (topP <= 0 || topP > 1 || topP.isNaN())) {
                throw new IllegalArgumentException("topP must be within (0, 1], was " + topP);
            }
            this.topP = topP;
            return this;
        }

        /**
         * Sets the token limit, or {@code null}.
         *
         * @param maxTokens the token limit, at least 1, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxTokens(Integer maxTokens) {
            if (maxTokens != null && maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
            }
            this.maxTokens = maxTokens;
            return this;
        }

        /**
         * Sets stop sequences, replacing any set before.
         *
         * @param stop stop sequences, at most 16, replacing any set before
         * @return this builder
         * @throws NullPointerException if the list or a sequence is {@code null}
         * @throws IllegalArgumentException if there are more than 16
         */
        public Builder stop(List<String> stop) {
            List<String> copy = List.copyOf(stop);
            if (copy.size() > 16) {
                throw new IllegalArgumentException("at most 16 stop sequences, got " + copy.size());
            }
            this.stop.clear();
            this.stop.addAll(copy);
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
         * Sets the end-user id: an opaque id of the end user for the provider's abuse monitoring (a
         * hash or a database key), never a name or other personal data.
         *
         * @param id the opaque id, or {@code null}
         * @return this builder
         */
        public Builder endUserId(String id) {
            this.endUserId = id;
            return this;
        }

        /**
         * Sets a provider parameter passed verbatim into the request body (an escape hatch, for
         * example {@code enable_thinking} for Qwen).
         *
         * @param name a provider parameter name
         * @param value its value: strings, numbers, booleans, lists and maps of those
         * @return this builder
         * @throws NullPointerException if {@code name} is {@code null}
         */
        public Builder extraParameter(String name, Object value) {
            extraParameters.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Option: sets the whole-call deadline, or {@code null} for the client's.
         *
         * @param timeout the whole-call deadline, positive, or {@code null} for the client's
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Option: sets whether the response cache may answer.
         *
         * @param cacheable whether the response cache may answer
         * @return this builder
         */
        public Builder cacheable(boolean cacheable) {
            this.cacheable = cacheable;
            return this;
        }

        /**
         * Option: sets the usage label (task), or {@code null}.
         *
         * @param task a usage label, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder task(String task) {
            if (task != null && task.isBlank()) {
                throw new IllegalArgumentException("task must not be blank");
            }
            this.task = task;
            return this;
        }

        /**
         * Option: marks a string as personal data (a name, an address) for this request.
         *
         * @param term a string to treat as personal data
         * @return this builder
         * @throws NullPointerException if {@code term} is {@code null}
         */
        public Builder privateTerm(String term) {
            privateTerms.add(Objects.requireNonNull(term, "term"));
            return this;
        }

        /**
         * Option: sets the strings treated as personal data for this request, replacing any marked before.
         *
         * @param terms the strings to treat as personal data; empty for none
         * @return this builder
         * @throws NullPointerException if the list or a term is {@code null}
         */
        public Builder privateTerms(List<String> terms) {
            List<String> copy = List.copyOf(terms);
            privateTerms.clear();
            privateTerms.addAll(copy);
            return this;
        }

        /**
         * Option: sets the audit id that links this call's audit records to a result, or {@code null}.
         *
         * @param auditId the audit id, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder auditId(String auditId) {
            if (auditId != null && auditId.isBlank()) {
                throw new IllegalArgumentException("auditId must not be blank");
            }
            this.auditId = auditId;
            return this;
        }

        /**
         * Sets every option at once, replacing the ones set before.
         *
         * @param options the options
         * @return this builder
         * @throws NullPointerException if {@code options} is {@code null}
         */
        public Builder options(Options options) {
            Objects.requireNonNull(options, "options");
            this.timeout = options.timeout();
            this.cacheable = options.cacheable();
            this.task = options.task();
            this.privateTerms.clear();
            this.privateTerms.addAll(options.privateTerms());
            this.auditId = options.auditId();
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if there is no message, tool names repeat, or the tool
         *     choice names a tool that is not offered
         */
        public ChatRequest build() {
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("a chat request needs at least one message");
            }
            if (tools.size() > 1 && tools.stream().map(ToolSpec::name).distinct().count() != tools.size()) {
                throw new IllegalArgumentException("tool names must be unique");
            }
            if (toolChoice != null && toolChoice.mode() == ToolChoice.Mode.NAMED
                    && tools.stream().noneMatch(t -> t.name().equals(toolChoice.toolName()))) {
                throw new IllegalArgumentException("tool choice names '" + toolChoice.toolName()
                        + "', which is not offered");
            }
            return new ChatRequest(this);
        }
    }
}
