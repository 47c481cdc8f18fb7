package ai.domainassist.core.provider.internal.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.RateLimitedException;
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

class OpenAiStreamDecoderTest {
    private static final CallContext CTX = new CallContext("openai", "gpt-4o-mini", Scrubber.NONE);

    private static StreamReplay.Result replay(String fixture, int... cuts) {
        return StreamReplay.run(Fixtures.wire(fixture), new OpenAiStreamDecoder(CTX), cuts);
    }

    @Test
    void textStreamWithUsageChunkAndDone() {
        StreamReplay.Result r = replay("openai/stream.sse");
        assertThat(r.events()).containsExactly(new StreamEvent.TextDelta("Hello"), new StreamEvent.TextDelta("，世界 🌏!"),
                new StreamEvent.UsageUpdate(new Usage(9, 4, 13, 0, 0)));
        ChatResponse done = r.response();
        assertThat(done.content()).isEqualTo("Hello，世界 🌏!");
        assertThat(done.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(done.id()).isEqualTo("chatcmpl-123");
        assertThat(done.model()).isEqualTo("gpt-4o-mini");
        assertThat(done.usage().totalTokens()).isEqualTo(13);
    }

    @Test
    void parallelToolCallsSplitOverChunksAndSeveralInOneChunk() {
        ChatResponse done = replay("openai/stream-tools.sse").response();
        assertThat(done.toolCalls()).containsExactly(
                new ToolCall("call_DdmO9pD3xa9XTPNJ32zg2hcA", "get_weather", "{\"city\": \"Paris\"}"),
                new ToolCall("call_2", "get_time", "{\"zone\": \"CET\"}"));
        assertThat(done.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(done.usage()).isEqualTo(Usage.ZERO);
        assertThat(done.content()).isEmpty();
    }

    @Test
    void qwenRepeatsIdAndTypeInEveryChunkAndSendsEmptyNames() {
        StreamReplay.Result r = replay("qwen/stream-tools.sse");
        assertThat(r.response().toolCalls()).containsExactly(
                new ToolCall("call_8f08d2b0fc0c4d8fab7123", "get_current_weather", "{\"location\": \"杭州市\"}"),
                new ToolCall("call_2a1b", "get_current_time", "{}"));
        assertThat(r.events()).filteredOn(StreamEvent.ToolCallDelta.class::isInstance)
                .extracting(e -> ((StreamEvent.ToolCallDelta) e).id()).containsExactly(
                        "call_8f08d2b0fc0c4d8fab7123", null, "call_2a1b");
        assertThat(r.response().usage()).isEqualTo(new Usage(264, 24, 288, 0, 0));
    }

    @Test
    void deepSeekThinkingModeStreamsReasoningThenAToolCallWithRepeatedIds() {
        ChatResponse done = replay("deepseek/stream-thinking-tools.sse").response();
        assertThat(done.reasoningContent()).isEqualTo("The user asks for the weather; call the tool.");
        assertThat(done.toolCalls()).containsExactly(new ToolCall("call_0_8f5e", "get_weather", "{\"city\": \"杭州\"}"));
        assertThat(done.usage()).isEqualTo(new Usage(120, 40, 160, 64, 25));
        assertThat(done.toMessage().reasoningContent()).isEqualTo(done.reasoningContent());
    }

    @Test
    void zhipuSendsUsageInTheLastContentChunk() {
        ChatResponse done = replay("zhipu/stream.sse").response();
        assertThat(done.content()).isEqualTo("土星");
        assertThat(done.usage()).isEqualTo(new Usage(60, 100, 160, 0, 0));
    }

    @Test
    void everyRecordedStreamGivesTheSameEventsWhereverItIsCut() {
        for (String fixture : List.of("openai/stream.sse", "openai/stream-tools.sse", "qwen/stream-tools.sse",
                "deepseek/stream-thinking-tools.sse", "zhipu/stream.sse")) {
            StreamReplay.Result whole = replay(fixture);
            int length = StreamReplay.length(Fixtures.wire(fixture));
            for (int cut = 1; cut < length; cut++) {
                StreamReplay.Result split = replay(fixture, cut);
                assertThat(split.events()).as("%s cut at byte %d", fixture, cut).isEqualTo(whole.events());
                assertThat(split.response()).as("%s cut at byte %d", fixture, cut).isEqualTo(whole.response());
            }
            int[] everyByte = new int[length - 1];
            for (int i = 0; i < everyByte.length; i++) {
                everyByte[i] = i + 1;
            }
            assertThat(replay(fixture, everyByte).response()).as("%s one byte per read", fixture).isEqualTo(whole.response());
        }
    }

    @Test
    void aStreamWithoutDoneNeverCompletes() {
        String cut = Fixtures.wire("openai/stream.sse").replace("data: [DONE]", "");
        assertThat(StreamReplay.run(cut, new OpenAiStreamDecoder(CTX)).response()).isNull();
    }

    @Test
    void errorsInsideTheStreamAndBadJsonFailTyped() {
        assertThatThrownBy(() -> StreamReplay.run("data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_exceeded\"}}\n\n",
                new OpenAiStreamDecoder(CTX))).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> StreamReplay.run("data: {\"id\":\n\n", new OpenAiStreamDecoder(CTX)))
                .isInstanceOf(MalformedResponseException.class);
    }
}
