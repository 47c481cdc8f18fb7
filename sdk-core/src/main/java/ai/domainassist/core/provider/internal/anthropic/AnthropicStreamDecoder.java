package ai.domainassist.core.provider.internal.anthropic;

import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.ErrorMapper;
import ai.domainassist.core.provider.internal.http.Json;
import ai.domainassist.core.provider.internal.http.SseEvent;
import ai.domainassist.core.provider.internal.http.StreamAccumulator;
import ai.domainassist.core.provider.internal.http.StreamDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the Anthropic Messages event stream: {@code message_start} (id, model, input usage),
 * {@code content_block_start} (a {@code tool_use} block opens a tool call, numbered among tool
 * blocks), {@code content_block_delta} ({@code text_delta}, {@code thinking_delta},
 * {@code input_json_delta}; {@code signature_delta} carries nothing for us),
 * {@code content_block_stop}, {@code message_delta} (stop reason, output usage), {@code ping},
 * {@code error} (fails the stream, typed) and the {@code message_stop} terminator. Unknown event
 * types are ignored, as the API's versioning policy asks. Not thread-safe: one per stream.
 */
final class AnthropicStreamDecoder implements StreamDecoder {
    private final CallContext ctx;
    /** Content-block index to tool-call index, for the tool_use blocks seen. */
    private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();

    AnthropicStreamDecoder(CallContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void decode(SseEvent event, StreamAccumulator into, String requestId) {
        JsonNode data;
        try {
            data = Json.parse(event.data());
        } catch (IOException e) {
            throw ErrorMapper.malformed("a stream event is not valid JSON", ctx, requestId, e);
        }
        String type = Json.text(data, "type");
        if (type == null) {
            type = event.event() == null ? "" : event.event();
        }
        switch (type) {
            case "message_start": {
                JsonNode message = Json.objectField(data, "message");
                into.id(Json.text(message, "id"));
                into.model(Json.text(message, "model"));
                JsonNode usage = Json.objectField(message, "usage");
                if (usage != null) {
                    into.usage(AnthropicResponseMapper.usage(usage, null));
                }
                break;
            }
            case "content_block_start": {
                JsonNode block = Json.objectField(data, "content_block");
                int index = data.path("index").asInt(-1);
                String blockType = Json.text(block, "type");
                if ("tool_use".equals(blockType)) {
                    int toolIndex = toolIndexByBlock.size();
                    toolIndexByBlock.put(index, toolIndex);
                    into.toolCall(toolIndex, Json.text(block, "id"), Json.text(block, "name"), null);
                } else if ("text".equals(blockType)) {
                    into.text(Json.text(block, "text"));
                } else if ("thinking".equals(blockType)) {
                    into.reasoning(Json.text(block, "thinking"));
                }
                break;
            }
            case "content_block_delta": {
                JsonNode delta = Json.objectField(data, "delta");
                String deltaType = Json.text(delta, "type");
                if ("text_delta".equals(deltaType)) {
                    into.text(Json.text(delta, "text"));
                } else if ("thinking_delta".equals(deltaType)) {
                    into.reasoning(Json.text(delta, "thinking"));
                } else if ("input_json_delta".equals(deltaType)) {
                    Integer toolIndex = toolIndexByBlock.get(data.path("index").asInt(-1));
                    if (toolIndex == null) {
                        throw ErrorMapper.malformed("input_json_delta for a block that is not a tool_use", ctx,
                                requestId, null);
                    }
                    into.toolCall(toolIndex, null, null, Json.text(delta, "partial_json"));
                }
                break;
            }
            case "message_delta": {
                into.finishReason(Json.text(Json.objectField(data, "delta"), "stop_reason"));
                JsonNode usage = Json.objectField(data, "usage");
                if (usage != null) {
                    into.usage(AnthropicResponseMapper.usage(usage, into.usage()));
                }
                break;
            }
            case "message_stop":
                into.done();
                break;
            case "error":
                throw ErrorMapper.fromErrorBody(data, requestId, ctx);
            default:
                break; // ping, content_block_stop and event types added later carry nothing we need
        }
    }
}
