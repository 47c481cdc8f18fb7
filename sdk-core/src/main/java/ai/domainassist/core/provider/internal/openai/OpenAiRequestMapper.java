package ai.domainassist.core.provider.internal.openai;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolChoice;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.ProviderSpec.Quirk;
import ai.domainassist.core.provider.internal.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Maps our requests to the OpenAI Chat Completions and Embeddings request bodies, applying the
 * endpoint's quirks (no {@code model} for Azure deployments, {@code max_completion_tokens},
 * {@code reasoning_content} on tool-call turns, no {@code stream_options}, tool choice limits).
 * Extra parameters are copied in last, verbatim, so they can override anything.
 *
 * <p>Immutable and thread-safe.
 */
final class OpenAiRequestMapper {
    private final ProviderSpec spec;

    OpenAiRequestMapper(ProviderSpec spec) {
        this.spec = spec;
    }

    /**
     * @param request the request
     * @param model the resolved model
     * @param stream whether to ask for a stream
     * @return the body
     * @throws InvalidRequestException if the request uses something this endpoint refuses
     */
    ObjectNode chatBody(ChatRequest request, String model, boolean stream) {
        ObjectNode body = Json.object();
        if (!spec.has(Quirk.AZURE_DEPLOYMENTS)) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            messages.add(message(m));
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolSpec t : request.tools()) {
                ObjectNode tool = tools.addObject();
                tool.put("type", "function");
                ObjectNode fn = tool.putObject("function");
                fn.put("name", t.name());
                if (!t.description().isEmpty()) {
                    fn.put("description", t.description());
                }
                fn.set("parameters", parseSchema(t.parametersSchema(), "tool '" + t.name() + "'", model));
            }
        }
        if (request.toolChoice() != null) {
            body.set("tool_choice", toolChoice(request.toolChoice(), model));
        }
        if (request.parallelToolCalls() != null) {
            body.put("parallel_tool_calls", request.parallelToolCalls());
        }
        if (request.responseFormat() != null) {
            body.set("response_format", responseFormat(request.responseFormat(), model));
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.put("top_p", request.topP());
        }
        if (request.maxTokens() != null) {
            body.put(spec.has(Quirk.MAX_COMPLETION_TOKENS) ? "max_completion_tokens" : "max_tokens", request.maxTokens());
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        if (request.endUserId() != null) {
            body.put("user", request.endUserId());
        }
        if (stream) {
            body.put("stream", true);
            if (!spec.has(Quirk.NO_STREAM_OPTIONS)) {
                body.putObject("stream_options").put("include_usage", true);
            }
        }
        putExtra(body, request.extraParameters());
        return body;
    }

    /**
     * @param request the request
     * @param model the resolved embedding model
     * @return the body
     */
    ObjectNode embeddingBody(EmbeddingRequest request, String model) {
        ObjectNode body = Json.object();
        if (!spec.has(Quirk.AZURE_DEPLOYMENTS)) {
            body.put("model", model);
        }
        ArrayNode input = body.putArray("input");
        request.inputs().forEach(input::add);
        if (request.dimensions() != null) {
            body.put("dimensions", request.dimensions());
        }
        body.put("encoding_format", spec.has(Quirk.BASE64_EMBEDDINGS) ? "base64" : "float");
        putExtra(body, request.extraParameters());
        return body;
    }

    private ObjectNode message(Message m) {
        ObjectNode node = Json.object();
        switch (m.role()) {
            case SYSTEM:
                node.put("role", "system");
                node.put("content", m.text());
                break;
            case USER:
                node.put("role", "user");
                if (m.content().stream().allMatch(ContentPart.Text.class::isInstance)) {
                    node.put("content", m.text());
                } else {
                    ArrayNode parts = node.putArray("content");
                    for (ContentPart p : m.content()) {
                        parts.add(part(p));
                    }
                }
                break;
            case ASSISTANT:
                node.put("role", "assistant");
                String text = m.text();
                if (text.isEmpty() && !m.toolCalls().isEmpty()) {
                    node.putNull("content");
                } else {
                    node.put("content", text);
                }
                if (!m.toolCalls().isEmpty()) {
                    if (spec.has(Quirk.REASONING_CONTENT_ON_TOOL_TURNS) && m.reasoningContent() != null) {
                        node.put("reasoning_content", m.reasoningContent());
                    }
                    ArrayNode calls = node.putArray("tool_calls");
                    for (ToolCall c : m.toolCalls()) {
                        ObjectNode call = calls.addObject();
                        call.put("id", c.id());
                        call.put("type", "function");
                        ObjectNode fn = call.putObject("function");
                        fn.put("name", c.name());
                        fn.put("arguments", c.arguments());
                    }
                }
                break;
            case TOOL:
                node.put("role", "tool");
                node.put("tool_call_id", m.toolCallId());
                node.put("content", m.text());
                break;
            default:
                throw new IllegalStateException("unknown role " + m.role());
        }
        return node;
    }

    private static ObjectNode part(ContentPart p) {
        ObjectNode node = Json.object();
        if (p instanceof ContentPart.Text t) {
            node.put("type", "text");
            node.put("text", t.text());
        } else if (p instanceof ContentPart.ImageUrl u) {
            node.put("type", "image_url");
            ObjectNode img = node.putObject("image_url");
            img.put("url", u.url());
            if (u.detail() != null) {
                img.put("detail", u.detail());
            }
        } else if (p instanceof ContentPart.ImageData d) {
            node.put("type", "image_url");
            node.putObject("image_url").put("url", "data:" + d.mediaType() + ";base64," + d.base64());
        }
        return node;
    }

    private JsonNode toolChoice(ToolChoice choice, String model) {
        boolean autoOnly = spec.has(Quirk.TOOL_CHOICE_AUTO_ONLY);
        switch (choice.mode()) {
            case AUTO:
                return Json.MAPPER.getNodeFactory().textNode("auto");
            case NONE:
                return Json.MAPPER.getNodeFactory().textNode("none");
            case REQUIRED:
                if (autoOnly) {
                    throw refused("tool_choice 'required'", model);
                }
                return Json.MAPPER.getNodeFactory().textNode("required");
            case NAMED:
            default:
                if (autoOnly) {
                    throw refused("a named tool_choice", model);
                }
                ObjectNode named = Json.object();
                named.put("type", "function");
                named.putObject("function").put("name", choice.toolName());
                return named;
        }
    }

    private JsonNode responseFormat(ResponseFormat format, String model) {
        ObjectNode node = Json.object();
        switch (format.type()) {
            case JSON_OBJECT:
                node.put("type", "json_object");
                break;
            case JSON_SCHEMA:
                if (spec.has(Quirk.NO_JSON_SCHEMA)) {
                    throw refused("response_format json_schema (use json_object with the schema in the prompt)", model);
                }
                node.put("type", "json_schema");
                ObjectNode js = node.putObject("json_schema");
                js.put("name", format.name());
                js.set("schema", parseSchema(format.schema(), "response format '" + format.name() + "'", model));
                js.put("strict", format.strict());
                break;
            case TEXT:
            default:
                node.put("type", "text");
                break;
        }
        return node;
    }

    private JsonNode parseSchema(String schema, String owner, String model) {
        try {
            JsonNode node = Json.parse(schema);
            if (!node.isObject()) {
                throw new IOException("not an object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidRequestException("the JSON schema of " + owner + " is not a valid JSON object",
                    ErrorDetails.of(spec.name(), model), e);
        }
    }

    private InvalidRequestException refused(String what, String model) {
        return new InvalidRequestException(spec.name() + " does not accept " + what, ErrorDetails.of(spec.name(), model));
    }

    private static void putExtra(ObjectNode body, Map<String, Object> extra) {
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            body.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
        }
    }
}
