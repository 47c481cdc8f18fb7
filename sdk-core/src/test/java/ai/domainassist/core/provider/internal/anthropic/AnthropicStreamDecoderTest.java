package ai.domainassist.core.provider.internal.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.Scrubber;
import ai.domainassist.core.provider.internal.http.StreamReplay;
import ai.domainassist.core.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicStreamDecoderTest {
    private static final CallContext CTX = new CallContext("anthropic", "claude", Scrubber.NONE);

    private static StreamReplay.Result replay(String fixture, int... cuts) {
        return StreamReplay.run(Fixtures.wire(fixture), new AnthropicStreamDecoder(CTX), cuts);
    }

    @Test
    void textStreamWithPingAndUsageFromStartAndDelta() {
        StreamReplay.Result r = replay("anthropic/stream.sse");
        assertThat(r.events()).containsExactly(new StreamEvent.UsageUpdate(new Usage(25, 1, 26, 0, 0)),
                new StreamEvent.TextDelta("Hello"), new StreamEvent.TextDelta("！你好"),
                new StreamEvent.UsageUpdate(new Usage(25, 15, 40, 0, 0)));
        ChatResponse done = r.response();
        assertThat(done.content()).isEqualTo("Hello！你好");
        assertThat(done.id()).isEqualTo("msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY");
        assertThat(done.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(done.finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void thinkingTextAndToolUseWithPartialJson() {
        StreamReplay.Result r = replay("anthropic/stream-tools-thinking.sse");
        ChatResponse done = r.response();
        assertThat(done.reasoningContent()).isEqualTo("I need the weather tool.");
        assertThat(done.content()).isEqualTo("Let me check.");
        assertThat(done.toolCalls()).containsExactly(
                new ToolCall("toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather", "{\"location\": \"San Francisco, CA\"}"));
        assertThat(done.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(done.usage()).isEqualTo(new Usage(472, 89, 561, 0, 0));
        assertThat(r.events()).contains(new StreamEvent.ToolCallDelta(0, "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather", ""));
    }

    @Test
    void everyRecordedStreamGivesTheSameEventsWhereverItIsCut() {
        for (String fixture : List.of("anthropic/stream.sse", "anthropic/stream-tools-thinking.sse")) {
            StreamReplay.Result whole = replay(fixture);
            int length = StreamReplay.length(Fixtures.wire(fixture));
            for (int cut = 1; cut < length; cut++) {
                StreamReplay.Result split = replay(fixture, cut);
                assertThat(split.events()).as("%s cut at byte %d", fixture, cut).isEqualTo(whole.events());
                assertThat(split.response()).as("%s cut at byte %d", fixture, cut).isEqualTo(whole.response());
            }
        }
    }

    @Test
    void anErrorEventFailsTheStreamTyped() {
        String stream = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"model\":\"c\",\"usage\":{\"input_tokens\":1}}}\n\n"
                + "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n";
        assertThatThrownBy(() -> StreamReplay.run(stream, new AnthropicStreamDecoder(CTX)))
                .isInstanceOf(ServerException.class).hasMessageContaining("Overloaded");
    }

    @Test
    void withoutMessageStopTheStreamNeverCompletes() {
        String cut = Fixtures.wire("anthropic/stream.sse").replace("event: message_stop\ndata: {\"type\": \"message_stop\"}", "");
        assertThat(StreamReplay.run(cut, new AnthropicStreamDecoder(CTX)).response()).isNull();
    }

    @Test
    void absurdTokenCountsAreClampedNotACrash() {
        // found by AnthropicStreamFuzzTest: 20-digit counts overflowed the sum into a negative total
        String stream = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"model\":\"c\","
                + "\"usage\":{\"input_tokens\":99999999999999999999,\"cache_read_input_tokens\":9223372036854775807}}}\n\n"
                + "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                + "\"usage\":{\"output_tokens\":-5}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        Usage usage = StreamReplay.run(stream, new AnthropicStreamDecoder(CTX)).response().usage();
        long max = ai.domainassist.core.provider.internal.http.Json.MAX_COUNT;
        assertThat(usage).isEqualTo(new Usage(2 * max, 0, 2 * max, max, 0));
    }
}
