package ai.domainassist.core.provider.internal.openai;

import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.ErrorMapper;
import ai.domainassist.core.provider.internal.http.Json;
import ai.domainassist.core.provider.internal.http.SseEvent;
import ai.domainassist.core.provider.internal.http.StreamAccumulator;
import ai.domainassist.core.provider.internal.http.StreamDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads OpenAI {@code chat.completion.chunk} events: {@code choices[0].delta} content, reasoning
 * and tool-call pieces, {@code finish_reason}, the usage chunk (with empty {@code choices}) and
 * the {@code [DONE]} terminator; an {@code error} object sent inside the stream fails it, typed.
 * Not thread-safe: one per stream.
 */
final class OpenAiStreamDecoder implements StreamDecoder {
    private final CallContext ctx;

    OpenAiStreamDecoder(CallContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void decode(SseEvent event, StreamAccumulator into, String requestId) {
        if (event.isDone()) {
            into.done();
            return;
        }
        JsonNode chunk;
        try {
            chunk = Json.parse(event.data());
        } catch (IOException e) {
            throw ErrorMapper.malformed("a stream event is not valid JSON", ctx, requestId, e);
        }
        if (chunk.has("error") && !chunk.has("choices")) {
            throw ErrorMapper.fromErrorBody(chunk, requestId, ctx);
        }
        into.id(Json.text(chunk, "id"));
        into.model(Json.text(chunk, "model"));
        JsonNode choices = chunk.get("choices");
        if (choices != null && choices.isArray() && !choices.isEmpty()) {
            JsonNode choice = choices.get(0);
            JsonNode delta = Json.objectField(choice, "delta");
            if (delta != null) {
                into.reasoning(OpenAiResponseMapper.reasoning(delta));
                into.text(Json.text(delta, "content"));
                JsonNode calls = delta.get("tool_calls");
                if (calls != null && calls.isArray()) {
                    for (JsonNode call : calls) {
                        JsonNode index = call.get("index");
                        JsonNode fn = Json.objectField(call, "function");
                        into.toolCall(index != null && index.canConvertToInt() ? index.asInt() : null,
                                Json.text(call, "id"), Json.text(fn, "name"), Json.text(fn, "arguments"));
                    }
                }
            }
            into.finishReason(Json.text(choice, "finish_reason"));
        }
        JsonNode usage = chunk.get("usage");
        if (usage != null && usage.isObject()) {
            into.usage(OpenAiResponseMapper.usage(usage));
        }
    }
}
