package ai.domainassist.core.provider.internal.anthropic;

import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.ErrorMapper;
import ai.domainassist.core.provider.internal.http.HttpTransport.Exchange;
import ai.domainassist.core.provider.internal.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an Anthropic Messages response ({@code type: message}) to our values: text blocks joined,
 * thinking blocks as reasoning, {@code tool_use} blocks as tool calls, {@code stop_reason}, and
 * usage (prompt tokens are {@code input_tokens} plus cache reads and writes; cache reads are the
 * cached prompt tokens). Stateless and thread-safe.
 */
final class AnthropicResponseMapper {

    private AnthropicResponseMapper() {
    }

    static ChatResponse chat(Exchange exchange, CallContext ctx) {
        JsonNode body = exchange.body();
        JsonNode content = body.get("content");
        if (content == null || !content.isArray()) {
            throw ErrorMapper.malformed("the response has no content array", ctx, exchange.requestId(), null);
        }
        StringBuilder text = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode block : content) {
            String type = Json.text(block, "type");
            if ("text".equals(type)) {
                text.append(Json.text(block, "text") == null ? "" : Json.text(block, "text"));
            } else if ("thinking".equals(type)) {
                thinking.append(Json.text(block, "thinking") == null ? "" : Json.text(block, "thinking"));
            } else if ("tool_use".equals(type)) {
                String id = Json.text(block, "id");
                String name = Json.text(block, "name");
                if (id == null || name == null) {
                    throw ErrorMapper.malformed("a tool_use block lacks its id or name", ctx, exchange.requestId(), null);
                }
                JsonNode input = block.get("input");
                calls.add(new ToolCall(id, name, input == null || input.isNull() ? "{}" : Json.write(input)));
            }
        }
        return new ChatResponse(Json.text(body, "id"), Json.text(body, "model"), ctx.provider(), text.toString(),
                thinking.length() == 0 ? null : thinking.toString(), calls,
                FinishReason.fromProvider(Json.text(body, "stop_reason")), usage(body.get("usage"), null),
                exchange.latency(), exchange.requestId());
    }

    /**
     * @param u a usage object, or {@code null}
     * @param before the usage known so far in a stream (its prompt side is kept when {@code u} has none), or {@code null}
     * @return the usage
     */
    static Usage usage(JsonNode u, Usage before) {
        if (u == null || !u.isObject()) {
            return before == null ? Usage.ZERO : before;
        }
        long cacheRead = Json.count(u, "cache_read_input_tokens");
        long prompt = Json.count(u, "input_tokens") + Json.count(u, "cache_creation_input_tokens") + cacheRead;
        if (before != null && !u.has("input_tokens")) {
            prompt = before.promptTokens();
            cacheRead = before.cachedPromptTokens();
        }
        long output = u.has("output_tokens") || before == null ? Json.count(u, "output_tokens") : before.completionTokens();
        return new Usage(prompt, output, prompt + output, cacheRead, 0);
    }
}
