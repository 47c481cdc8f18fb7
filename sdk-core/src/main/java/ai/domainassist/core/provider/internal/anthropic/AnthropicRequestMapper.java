package ai.domainassist.core.provider.internal.anthropic;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.Role;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.internal.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps our requests to the Anthropic Messages request body: system messages joined into
 * {@code system}; user, assistant and tool messages as content blocks (text, image,
 * {@code tool_use}, {@code tool_result}), with consecutive user and tool messages merged into one
 * user turn as the API requires; tools with {@code input_schema}; {@code tool_choice}
 * ({@code auto}, {@code any}, {@code tool}, {@code none}, {@code disable_parallel_tool_use});
 * {@code max_tokens} (required: {@value #DEFAULT_MAX_TOKENS} when the request sets none);
 * {@code stop_sequences}; {@code metadata.user_id}. The API has no {@code response_format} and no
 * {@code seed}: a JSON response format is refused before sending, a seed is not sent. Reasoning
 * of earlier assistant turns is not sent back (thinking blocks need the signature, which our
 * messages do not keep). Immutable and thread-safe.
 */
final class AnthropicRequestMapper {
    /** The {@code max_tokens} sent when the request sets none (the API requires the field). */
    static final int DEFAULT_MAX_TOKENS = 4096;

    private final ProviderSpec spec;

    AnthropicRequestMapper(ProviderSpec spec) {
        this.spec = spec;
    }

    ObjectNode body(ChatRequest request, String model, boolean stream) {
        ObjectNode body = Json.object();
        body.put("model", model);
        body.put("max_tokens", request.maxTokens() != null ? request.maxTokens() : DEFAULT_MAX_TOKENS);
        List<String> system = new ArrayList<>();
        ArrayNode messages = body.putArray("messages");
        ObjectNode open = null;
        Role openRole = null;
        for (Message m : request.messages()) {
            if (m.role() == Role.SYSTEM) {
                system.add(m.text());
                continue;
            }
            Role turn = m.role() == Role.ASSISTANT ? Role.ASSISTANT : Role.USER;
            if (open == null || openRole != turn) {
                open = messages.addObject();
                open.put("role", turn == Role.ASSISTANT ? "assistant" : "user");
                open.putArray("content");
                openRole = turn;
            }
            ArrayNode content = (ArrayNode) open.get("content");
            addBlocks(m, content, model);
        }
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolSpec t : request.tools()) {
                ObjectNode tool = tools.addObject();
                tool.put("name", t.name());
                if (!t.description().isEmpty()) {
                    tool.put("description", t.description());
                }
                tool.set("input_schema", parseJson(t.parametersSchema(), "the schema of tool '" + t.name() + "'", model));
            }
        }
        if (request.toolChoice() != null || Boolean.FALSE.equals(request.parallelToolCalls())) {
            ObjectNode choice = body.putObject("tool_choice");
            switch (request.toolChoice() == null ? ai.domainassist.core.chat.ToolChoice.Mode.AUTO
                    : request.toolChoice().mode()) {
                case NONE:
                    choice.put("type", "none");
                    break;
                case REQUIRED:
                    choice.put("type", "any");
                    break;
                case NAMED:
                    choice.put("type", "tool");
                    choice.put("name", request.toolChoice().toolName());
                    break;
                case AUTO:
                default:
                    choice.put("type", "auto");
                    break;
            }
            if (Boolean.FALSE.equals(request.parallelToolCalls()) && !"none".equals(choice.path("type").asText())) {
                choice.put("disable_parallel_tool_use", true);
            }
        }
        if (request.responseFormat() != null && request.responseFormat().type() != ResponseFormat.Type.TEXT) {
            throw new InvalidRequestException(spec.name() + " (Anthropic Messages) takes no response_format; "
                    + "ask for JSON through a tool", ErrorDetails.of(spec.name(), model));
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.put("top_p", request.topP());
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            request.stop().forEach(stop::add);
        }
        if (request.endUserId() != null) {
            body.putObject("metadata").put("user_id", request.endUserId());
        }
        if (stream) {
            body.put("stream", true);
        }
        for (Map.Entry<String, Object> e : request.extraParameters().entrySet()) {
            body.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
        }
        return body;
    }

    private void addBlocks(Message m, ArrayNode content, String model) {
        if (m.role() == Role.TOOL) {
            ObjectNode result = content.addObject();
            result.put("type", "tool_result");
            result.put("tool_use_id", m.toolCallId());
            result.put("content", m.text());
            return;
        }
        for (ContentPart p : m.content()) {
            ObjectNode block = content.addObject();
            if (p instanceof ContentPart.Text t) {
                block.put("type", "text");
                block.put("text", t.text());
            } else if (p instanceof ContentPart.ImageUrl u) {
                block.put("type", "image");
                ObjectNode source = block.putObject("source");
                source.put("type", "url");
                source.put("url", u.url());
            } else if (p instanceof ContentPart.ImageData d) {
                block.put("type", "image");
                ObjectNode source = block.putObject("source");
                source.put("type", "base64");
                source.put("media_type", d.mediaType());
                source.put("data", d.base64());
            }
        }
        for (ToolCall c : m.toolCalls()) {
            ObjectNode use = content.addObject();
            use.put("type", "tool_use");
            use.put("id", c.id());
            use.put("name", c.name());
            use.set("input", parseJson(c.arguments(), "the arguments of tool call '" + c.id() + "'", model));
        }
    }

    private JsonNode parseJson(String json, String what, String model) {
        try {
            JsonNode node = Json.parse(json);
            if (!node.isObject()) {
                throw new IOException("not an object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidRequestException(what + " is not a valid JSON object", ErrorDetails.of(spec.name(), model), e);
        }
    }
}
