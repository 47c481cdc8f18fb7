package ai.domainassist.core.provider.internal.openai;

import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.ErrorMapper;
import ai.domainassist.core.provider.internal.http.HttpTransport.Exchange;
import ai.domainassist.core.provider.internal.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Maps OpenAI Chat Completions and Embeddings response bodies to our values: content,
 * {@code reasoning_content} (DeepSeek, Qwen, vLLM, llama.cpp; {@code reasoning} of Ollama),
 * tool calls, finish reason and usage with cached-prompt and reasoning token details (also
 * DeepSeek's {@code prompt_cache_hit_tokens}). A body without the documented fields is a
 * {@link ai.domainassist.core.MalformedResponseException}. Stateless and thread-safe.
 */
final class OpenAiResponseMapper {

    private OpenAiResponseMapper() {
    }

    static ChatResponse chat(Exchange exchange, CallContext ctx) {
        JsonNode body = exchange.body();
        JsonNode choices = body.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty() || !choices.get(0).isObject()) {
            throw ErrorMapper.malformed("the response has no choices", ctx, exchange.requestId(), null);
        }
        JsonNode choice = choices.get(0);
        JsonNode message = Json.objectField(choice, "message");
        if (message == null) {
            throw ErrorMapper.malformed("the first choice has no message", ctx, exchange.requestId(), null);
        }
        String content = Json.text(message, "content");
        String reasoning = reasoning(message);
        List<ToolCall> toolCalls = new ArrayList<>();
        JsonNode calls = message.get("tool_calls");
        if (calls != null && calls.isArray()) {
            int i = 0;
            for (JsonNode call : calls) {
                JsonNode fn = Json.objectField(call, "function");
                String name = Json.text(fn, "name");
                if (name == null || name.isEmpty()) {
                    throw ErrorMapper.malformed("tool call " + i + " has no function name", ctx, exchange.requestId(), null);
                }
                String id = Json.text(call, "id");
                JsonNode args = fn.get("arguments");
                String arguments = args == null || args.isNull() ? "{}"
                        : args.isTextual() ? args.asText() : Json.write(args);
                toolCalls.add(new ToolCall(id == null || id.isEmpty() ? "call_" + i : id, name,
                        arguments.isBlank() ? "{}" : arguments));
                i++;
            }
        }
        String finish = Json.text(choice, "finish_reason");
        FinishReason reason = FinishReason.fromProvider(finish);
        if (finish == null && !toolCalls.isEmpty()) {
            reason = FinishReason.TOOL_CALLS;
        }
        return new ChatResponse(Json.text(body, "id"), Json.text(body, "model"), ctx.provider(),
                content == null ? "" : content, reasoning, toolCalls, reason, usage(body.get("usage")),
                exchange.latency(), exchange.requestId());
    }

    static EmbeddingResponse embeddings(Exchange exchange, int expected, CallContext ctx) {
        JsonNode data = exchange.body().get("data");
        if (data == null || !data.isArray()) {
            throw ErrorMapper.malformed("the embedding response has no data array", ctx, exchange.requestId(), null);
        }
        float[][] vectors = new float[expected][];
        int position = 0;
        for (JsonNode item : data) {
            JsonNode index = item.get("index");
            int at = index != null && index.canConvertToInt() ? index.asInt() : position;
            JsonNode embedding = item.get("embedding");
            if (at < 0 || at >= expected || vectors[at] != null || embedding == null
                    || !embedding.isArray() && !embedding.isTextual()) {
                throw ErrorMapper.malformed("embedding item " + position + " has a bad index or no vector",
                        ctx, exchange.requestId(), null);
            }
            float[] v = embedding.isTextual() ? base64Floats(embedding.textValue(), at, exchange, ctx)
                    : numbers(embedding, at, exchange, ctx);
            vectors[at] = v;
            position++;
        }
        if (position != expected) {
            throw ErrorMapper.malformed("expected " + expected + " embeddings, got " + position, ctx,
                    exchange.requestId(), null);
        }
        return new EmbeddingResponse(Json.text(exchange.body(), "model"), ctx.provider(), List.of(vectors),
                usage(exchange.body().get("usage")), exchange.latency());
    }

    private static float[] numbers(JsonNode embedding, int at, Exchange exchange, CallContext ctx) {
        float[] v = new float[embedding.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = embedding.get(i);
            if (!x.isNumber()) {
                throw ErrorMapper.malformed("embedding " + at + " holds a non-number", ctx, exchange.requestId(), null);
            }
            v[i] = x.floatValue();
        }
        return v;
    }

    /**
     * A vector sent as {@code "encoding_format": "base64"}: the base64 of its float32 values,
     * little-endian, one after the other.
     */
    private static float[] base64Floats(String text, int at, Exchange exchange, CallContext ctx) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw ErrorMapper.malformed("embedding " + at + " is not valid base64", ctx, exchange.requestId(), null);
        }
        if (bytes.length % Float.BYTES != 0) {
            throw ErrorMapper.malformed("embedding " + at + " holds " + bytes.length
                    + " bytes, not a whole number of float32 values", ctx, exchange.requestId(), null);
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    static String reasoning(JsonNode messageOrDelta) {
        String r = Json.text(messageOrDelta, "reasoning_content");
        return r != null ? r : Json.text(messageOrDelta, "reasoning");
    }

    static Usage usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return Usage.ZERO;
        }
        long prompt = Json.count(u, "prompt_tokens");
        long completion = Json.count(u, "completion_tokens");
        long total = u.has("total_tokens") ? Json.count(u, "total_tokens") : prompt + completion;
        long cached = Json.count(Json.objectField(u, "prompt_tokens_details"), "cached_tokens");
        if (cached == 0) {
            cached = Json.count(u, "prompt_cache_hit_tokens");
        }
        long reasoning = Json.count(Json.objectField(u, "completion_tokens_details"), "reasoning_tokens");
        return new Usage(prompt, completion, total, cached, reasoning);
    }
}
