package ai.domainassist.core.provider.internal.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.Scrubber;
import ai.domainassist.core.provider.internal.http.StreamFuzzing;
import ai.domainassist.core.testing.Fuzz;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random OpenAI-style streams (chunks with content, reasoning, tool-call pieces, usage,
 * finish reasons, errors and the [DONE] terminator, framed every way SSE allows, mutated recorded
 * streams, random bytes) through the SSE reader, the decoder and the accumulator; see
 * {@link StreamFuzzing} for the properties checked and {@link Fuzz} for the budget.
 */
class OpenAiStreamFuzzTest {
    private static final CallContext CTX = new CallContext("fuzz", "m", Scrubber.NONE);

    @Test
    void anyStreamEndsInADocumentedOutcomeWhateverItsCuts() {
        Fuzz.Summary s = StreamFuzzing.fuzz("openai", () -> new OpenAiStreamDecoder(CTX),
                List.of("openai/stream.sse", "openai/stream-tools.sse", "qwen/stream-tools.sse",
                        "deepseek/stream-thinking-tools.sse", "zhipu/stream.sse"),
                OpenAiStreamFuzzTest::event);
        assertThat(s.outcomes()).containsKeys("completed", "no terminator", "MalformedResponseException");
    }

    static String event(Random r) {
        String chunk = switch (r.nextInt(12)) {
            case 0 -> "[DONE]";
            case 1 -> "{\"error\":{\"message\":" + StreamFuzzing.jsonText(r) + ",\"type\":\""
                    + Fuzz.pick(r, "rate_limit_error", "server_error", "invalid_request_error", "authentication_error", "x")
                    + "\"}}";
            case 2 -> "{\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + StreamFuzzing.jsonNumber(r)
                    + ",\"completion_tokens\":" + StreamFuzzing.jsonNumber(r) + ",\"total_tokens\":"
                    + StreamFuzzing.jsonNumber(r) + "}}";
            case 3, 4 -> "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":"
                    + StreamFuzzing.jsonNumber(r) + (r.nextBoolean() ? ",\"id\":\"call_" + r.nextInt(3) + "\"" : "")
                    + ",\"function\":{" + (r.nextBoolean() ? "\"name\":" + Fuzz.pick(r, "\"get_weather\"", "\"\"", "null",
                    "\"get_\"") + "," : "") + "\"arguments\":" + StreamFuzzing.jsonText(r) + "}}]},\"finish_reason\":null}]}";
            case 5 -> "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":"
                    + Fuzz.pick(r, "\"stop\"", "\"length\"", "\"tool_calls\"", "\"normal\"", "null", "7") + "}]}";
            case 6 -> "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":" + StreamFuzzing.jsonText(r) + "}}]}";
            case 7 -> Fuzz.pick(r, "{}", "[]", "null", "\"text\"", "{\"choices\":null}", "{\"choices\":[null]}",
                    "{\"choices\":[{\"delta\":[]}]}", "{\"choices\":[{\"delta\":{\"content\":7}}]}", "{", "");
            default -> "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                    + StreamFuzzing.jsonText(r) + "},\"finish_reason\":null}]}";
        };
        return "data: " + chunk + "\n\n";
    }
}
