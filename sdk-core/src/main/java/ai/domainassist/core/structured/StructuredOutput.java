package ai.domainassist.core.structured;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.StructuredOutputException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.Role;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolChoice;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.structured.internal.LenientJson;
import ai.domainassist.core.structured.internal.Prompts;
import ai.domainassist.core.structured.internal.TypeSchemas;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Structured output: asks a model for a value of a Java type and returns it parsed and validated.
 *
 * <ol>
 *   <li>The type's JSON schema is generated (victools jsonschema-generator; records and classes,
 *       nested types, lists and arrays, enums; every property required, none other allowed).</li>
 *   <li>It is sent in the best form the client's providers support ({@link ExtractionStrategy}):
 *       {@code json_schema}, else {@code json_object} plus the schema in the system prompt, else a
 *       forced tool call, else the prompt alone.</li>
 *   <li>The answer is read leniently (code fences, prose around the JSON, trailing commas),
 *       validated against the schema and mapped with Jackson.</li>
 *   <li>If that fails, the model is asked once more with the errors; if that fails too, a
 *       {@link StructuredOutputException} carries the raw answer and the errors. An answer cut off
 *       by the token limit (finish reason {@code LENGTH}) that does not parse is not re-asked (the
 *       same limit would cut it again): the exception says it was truncated.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; schemas are cached per type.
 */
public final class StructuredOutput {
    private static final StructuredOutput DEFAULTS = builder().build();
    private final ExtractionStrategy forced;
    private final boolean reask;
    private final ObjectMapper mapper;
    private final TypeSchemas schemas = new TypeSchemas();

    private StructuredOutput(Builder b) {
        this.forced = b.strategy;
        this.reask = b.reask;
        this.mapper = b.mapper;
    }

    /** @return the shared instance with the defaults: strategy by capabilities, one re-ask */
    public static StructuredOutput defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The JSON schema sent for a type.
     *
     * @param type the type
     * @return the schema as JSON text
     * @throws IllegalArgumentException if no schema can be made for the type
     */
    public String schemaOf(java.lang.reflect.Type type) {
        return schemas.of(type).schema().toString();
    }

    /**
     * Extracts a value of a class.
     *
     * @param client the client to ask
     * @param request the conversation that asks for the data
     * @param type the class (a record or a class Jackson can create)
     * @param <T> the type
     * @return the value and how it was obtained
     * @throws StructuredOutputException if no valid value came back after the re-ask
     * @throws ai.domainassist.core.ModelException if a model call failed
     * @throws IllegalArgumentException if no schema can be made for the type
     */
    public <T> Extraction<T> extract(ModelClient client, ChatRequest request, Class<T> type) {
        return run(client, request, type, mapper.constructType(type));
    }

    /**
     * Extracts a value of a generic type, for example {@code new TypeReference<List<Item>>() {}}.
     *
     * @param client the client to ask
     * @param request the conversation that asks for the data
     * @param type the type
     * @param <T> the type
     * @return the value and how it was obtained
     * @throws StructuredOutputException if no valid value came back after the re-ask
     * @throws ai.domainassist.core.ModelException if a model call failed
     * @throws IllegalArgumentException if no schema can be made for the type
     */
    public <T> Extraction<T> extract(ModelClient client, ChatRequest request, TypeReference<T> type) {
        return run(client, request, type.getType(), mapper.constructType(type));
    }

    private <T> Extraction<T> run(ModelClient client, ChatRequest request, java.lang.reflect.Type reflected,
                                  JavaType type) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(request, "request");
        TypeSchemas.Entry entry = schemas.of(reflected);
        ExtractionStrategy strategy = forced != null ? forced : ExtractionStrategy.choose(client.capabilities());
        String name = schemaName(type);
        ChatRequest ask = prepare(request, entry, strategy, name);
        Usage usage = Usage.ZERO;
        int attempts = 0;
        while (true) {
            ChatResponse response = client.chat(ask);
            attempts++;
            usage = usage.plus(response.usage());
            Answer answer = answerOf(response, strategy, name);
            List<String> errors = new ArrayList<>();
            Optional<T> value = read(answer.text(), entry, type, errors);
            boolean truncated = response.finishReason() == FinishReason.LENGTH;
            if (value.isPresent()) {
                return new Extraction<>(value.get(), answer.text(), attempts, usage, strategy, response.provider(),
                        truncated);
            }
            if (truncated) {
                errors.add(0, "the answer was cut off at the token limit (finish reason LENGTH)");
            }
            if (truncated || !reask || attempts >= 2) {
                throw new StructuredOutputException("no valid " + type.getRawClass().getSimpleName() + " after "
                        + attempts + " attempt(s), " + errors.size() + " error(s)",
                        ErrorDetails.of(response.provider(), response.model()), answer.text(), errors, truncated, attempts);
            }
            ask = reask(ask, response, answer, errors, strategy, name);
        }
    }

    private <T> Optional<T> read(String text, TypeSchemas.Entry entry, JavaType type, List<String> errors) {
        JsonNode node;
        try {
            node = LenientJson.parse(text);
        } catch (JsonProcessingException e) {
            errors.add("the answer is not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        List<String> invalid = entry.validate(node);
        if (!invalid.isEmpty()) {
            errors.addAll(invalid);
            return Optional.empty();
        }
        JsonNode target = entry.wrapped() ? node.get("value") : node;
        try {
            T value = mapper.treeToValue(target, type);
            if (value == null) {
                errors.add("the answer is null");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            errors.add("the answer does not map to " + type.getRawClass().getSimpleName() + ": " + msg);
            return Optional.empty();
        }
    }

    private record Answer(String text, ToolCall toolCall) {
    }

    private static Answer answerOf(ChatResponse response, ExtractionStrategy strategy, String toolName) {
        if (strategy == ExtractionStrategy.TOOL_CALL) {
            for (ToolCall c : response.toolCalls()) {
                if (c.name().equals(toolName)) {
                    return new Answer(c.arguments(), c);
                }
            }
        }
        return new Answer(response.content(), null);
    }

    private static ChatRequest prepare(ChatRequest request, TypeSchemas.Entry entry, ExtractionStrategy strategy,
                                       String name) {
        String schema = entry.schema().toString();
        ChatRequest.Builder b = request.toBuilder();
        switch (strategy) {
            case JSON_SCHEMA -> b.responseFormat(ResponseFormat.jsonSchema(name, schema, true));
            case JSON_OBJECT -> b.responseFormat(ResponseFormat.JSON_OBJECT)
                    .messages(withInstruction(request.messages(), schema));
            case TOOL_CALL -> {
                List<ToolSpec> tools = new ArrayList<>(request.tools());
                tools.removeIf(t -> t.name().equals(name));
                tools.add(new ToolSpec(name, Prompts.TOOL_DESCRIPTION, schema));
                b.tools(tools).toolChoice(ToolChoice.named(name)).responseFormat(null);
            }
            case PROMPT -> b.responseFormat(null).messages(withInstruction(request.messages(), schema));
            default -> throw new IllegalStateException("unknown strategy " + strategy);
        }
        return b.build();
    }

    private static List<Message> withInstruction(List<Message> messages, String schema) {
        String instruction = Prompts.SCHEMA_INSTRUCTION.replace("{schema}", schema);
        List<Message> out = new ArrayList<>(messages);
        if (!out.isEmpty() && out.get(0).role() == Role.SYSTEM) {
            Message sys = out.get(0);
            List<ContentPart> parts = new ArrayList<>(sys.content());
            parts.add(ContentPart.text("\n\n" + instruction));
            out.set(0, new Message(Role.SYSTEM, parts, List.of(), null, null));
        } else {
            out.add(0, Message.system(instruction));
        }
        return out;
    }

    private static ChatRequest reask(ChatRequest previous, ChatResponse response, Answer answer, List<String> errors,
                                     ExtractionStrategy strategy, String name) {
        String text = Prompts.REASK.replace("{errors}", "- " + String.join("\n- ", errors));
        ChatRequest.Builder b = previous.toBuilder();
        if (answer.toolCall() != null) {
            b.addMessage(Message.assistant(null, List.of(answer.toolCall()), response.reasoningContent()));
            b.addMessage(Message.toolResult(answer.toolCall().id(), text));
        } else {
            String said = response.content().isEmpty() ? "(empty answer)" : response.content();
            b.addMessage(Message.assistant(said));
            b.addMessage(Message.user(text));
        }
        return b.build();
    }

    private static String schemaName(JavaType type) {
        String simple = type.getRawClass().getSimpleName().replaceAll("[^A-Za-z0-9_-]", "_");
        if (simple.isEmpty()) {
            simple = "value";
        }
        return simple.length() > 64 ? simple.substring(0, 64) : simple;
    }

    /** A mutable builder. Not thread-safe. */
    public static final class Builder {
        private ExtractionStrategy strategy;
        private boolean reask = true;
        private ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        private Builder() {
        }

        /**
         * @param strategy always use this strategy, or {@code null} to choose by capabilities (the default)
         * @return this builder
         */
        public Builder strategy(ExtractionStrategy strategy) {
            this.strategy = strategy;
            return this;
        }

        /**
         * @param reask whether to ask once more with the validation errors (default {@code true})
         * @return this builder
         */
        public Builder reask(boolean reask) {
            this.reask = reask;
            return this;
        }

        /**
         * @param mapper the Jackson mapper that maps validated JSON to the type (register modules on it)
         * @return this builder
         */
        public Builder mapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /** @return the structured output engine */
        public StructuredOutput build() {
            return new StructuredOutput(this);
        }
    }
}
