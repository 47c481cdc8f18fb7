package ai.domainassist.core.provider.internal.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.Scrubber;
import ai.domainassist.core.provider.internal.http.StreamFuzzing;
import ai.domainassist.core.testing.Fuzz;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random Anthropic Messages streams (message_start, content blocks of text, thinking and
 * tool_use with their deltas, message_delta, ping, error, message_stop, unknown types, blocks
 * out of order, framed every way SSE allows, mutated recorded streams, random bytes) through the
 * SSE reader, the decoder and the accumulator; see {@link StreamFuzzing} for the properties
 * checked and {@link Fuzz} for the budget.
 */
class AnthropicStreamFuzzTest {
    private static final CallContext CTX = new CallContext("fuzz", "m", Scrubber.NONE);

    @Test
    void anyStreamEndsInADocumentedOutcomeWhateverItsCuts() {
        Fuzz.Summary s = StreamFuzzing.fuzz("anthropic", () -> new AnthropicStreamDecoder(CTX),
                List.of("anthropic/stream.sse", "anthropic/stream-tools-thinking.sse"), AnthropicStreamFuzzTest::event);
        assertThat(s.outcomes()).containsKeys("completed", "no terminator", "MalformedResponseException");
    }

    static String event(Random r) {
        String index = StreamFuzzing.jsonNumber(r);
        String[] e = switch (r.nextInt(12)) {
            case 0 -> new String[] {"message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude\","
                    + "\"usage\":{\"input_tokens\":" + StreamFuzzing.jsonNumber(r) + ",\"output_tokens\":1}}}"};
            case 1 -> new String[] {"content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index
                    + ",\"content_block\":" + Fuzz.pick(r, "{\"type\":\"text\",\"text\":" + StreamFuzzing.jsonText(r) + "}",
                    "{\"type\":\"thinking\",\"thinking\":" + StreamFuzzing.jsonText(r) + "}",
                    "{\"type\":\"tool_use\",\"id\":\"toolu_" + r.nextInt(3) + "\",\"name\":" + Fuzz.pick(r, "\"get_weather\"",
                            "\"\"", "null") + ",\"input\":{}}", "{\"type\":\"redacted_thinking\"}", "null") + "}"};
            case 2, 3 -> new String[] {"content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
                    + ",\"delta\":" + Fuzz.pick(r, "{\"type\":\"text_delta\",\"text\":" + StreamFuzzing.jsonText(r) + "}",
                    "{\"type\":\"thinking_delta\",\"thinking\":" + StreamFuzzing.jsonText(r) + "}",
                    "{\"type\":\"input_json_delta\",\"partial_json\":" + StreamFuzzing.jsonText(r) + "}",
                    "{\"type\":\"signature_delta\",\"signature\":\"x\"}", "{}", "7") + "}"};
            case 4 -> new String[] {"content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}"};
            case 5 -> new String[] {"message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                    + Fuzz.pick(r, "\"end_turn\"", "\"tool_use\"", "\"max_tokens\"", "null") + "},\"usage\":{\"output_tokens\":"
                    + StreamFuzzing.jsonNumber(r) + "}}"};
            case 6 -> new String[] {"message_stop", "{\"type\":\"message_stop\"}"};
            case 7 -> new String[] {"error", "{\"type\":\"error\",\"error\":{\"type\":" + Fuzz.pick(r, "\"overloaded_error\"",
                    "\"api_error\"", "\"rate_limit_error\"", "\"invalid_request_error\"", "\"permission_error\"", "null")
                    + ",\"message\":" + StreamFuzzing.jsonText(r) + "}}"};
            case 8 -> new String[] {"ping", "{\"type\":\"ping\"}"};
            case 9 -> new String[] {Fuzz.pick(r, "future_event", "content_block_delta", ""), Fuzz.pick(r, "{}", "[]", "null",
                    "{\"type\":7}", "{\"type\":\"message_start\",\"message\":null}", "{", "")};
            default -> new String[] {"content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"text_delta\",\"text\":" + StreamFuzzing.jsonText(r) + "}}"};
        };
        return (r.nextInt(6) == 0 ? "" : "event: " + e[0] + "\n") + "data: " + e[1] + "\n\n";
    }
}
