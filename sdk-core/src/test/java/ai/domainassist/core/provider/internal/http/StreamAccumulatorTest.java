package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamAccumulatorTest {
    private final List<StreamEvent> events = new ArrayList<>();
    private final StreamAccumulator acc = new StreamAccumulator(events::add);

    private ChatResponse build() {
        return acc.build("p", Duration.ofMillis(5), "req-1");
    }

    @Test
    void textAndReasoningAreConcatenatedAndEmptyPiecesDropped() {
        acc.id("id-1");
        acc.id("id-2");
        acc.model("m");
        acc.reasoning("think ");
        acc.reasoning("");
        acc.reasoning("hard");
        acc.text("Hel");
        acc.text(null);
        acc.text("lo");
        acc.finishReason("stop");
        ChatResponse r = build();
        assertThat(r.id()).isEqualTo("id-1");
        assertThat(r.model()).isEqualTo("m");
        assertThat(r.content()).isEqualTo("Hello");
        assertThat(r.reasoningContent()).isEqualTo("think hard");
        assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(r.requestId()).isEqualTo("req-1");
        assertThat(r.provider()).isEqualTo("p");
        assertThat(events).containsExactly(new StreamEvent.ReasoningDelta("think "), new StreamEvent.ReasoningDelta("hard"),
                new StreamEvent.TextDelta("Hel"), new StreamEvent.TextDelta("lo"));
    }

    @Test
    void idRepeatedInEveryChunkIsNotDoubledAndNameIsIntroducedOnce() {
        acc.toolCall(0, "call_1", "get_weather", "{\"city\":");
        acc.toolCall(0, "call_1", "", " \"杭州\"}");
        acc.toolCall(0, "call_1", "get_weather", "");
        ChatResponse r = build();
        assertThat(r.toolCalls()).containsExactly(new ToolCall("call_1", "get_weather", "{\"city\": \"杭州\"}"));
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(events).containsExactly(new StreamEvent.ToolCallDelta(0, "call_1", "get_weather", "{\"city\":"),
                new StreamEvent.ToolCallDelta(0, null, null, " \"杭州\"}"));
    }

    @Test
    void namesAndArgumentsSplitOverChunksAreJoined() {
        acc.toolCall(0, "c", "get_", null);
        acc.toolCall(0, null, "weather", "{\"a\"");
        acc.toolCall(0, null, null, ":1}");
        assertThat(build().toolCalls()).containsExactly(new ToolCall("c", "get_weather", "{\"a\":1}"));
    }

    @Test
    void severalCallsInOneChunkAndInterleavedDeltasAreKeptApartByIndex() {
        acc.toolCall(1, "b", "second", "{\"y\":");
        acc.toolCall(0, "a", "first", "{\"x\":");
        acc.toolCall(1, null, null, "2}");
        acc.toolCall(0, null, null, "1}");
        assertThat(build().toolCalls()).containsExactly(new ToolCall("a", "first", "{\"x\":1}"),
                new ToolCall("b", "second", "{\"y\":2}"));
    }

    @Test
    void callsWithoutIndexAreKeyedByIdThenExtendTheLastCall() {
        acc.toolCall(null, "a", "first", "{");
        acc.toolCall(null, null, null, "}");
        acc.toolCall(null, "b", "second", "");
        acc.toolCall(null, "a", null, "");
        assertThat(build().toolCalls()).containsExactly(new ToolCall("a", "first", "{}"), new ToolCall("b", "second", "{}"));
    }

    @Test
    void emptyArgumentsBecomeAnEmptyObjectAndAMissingIdIsSynthesised() {
        acc.toolCall(0, null, "now", null);
        assertThat(build().toolCalls()).containsExactly(new ToolCall("call_0", "now", "{}"));
    }

    @Test
    void aToolCallWithoutANameCannotBeBuilt() {
        acc.toolCall(0, "c", null, "{}");
        assertThatThrownBy(this::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("no name");
    }

    @Test
    void usageIsTheLastReportedOrZeroWhenNeverReported() {
        assertThat(build().usage()).isEqualTo(Usage.ZERO);
        acc.usage(Usage.of(1, 1));
        acc.usage(Usage.of(10, 5));
        assertThat(build().usage()).isEqualTo(Usage.of(10, 5));
        assertThat(events).containsExactly(new StreamEvent.UsageUpdate(Usage.of(1, 1)),
                new StreamEvent.UsageUpdate(Usage.of(10, 5)));
    }

    @Test
    void doneIsRecorded() {
        assertThat(acc.isDone()).isFalse();
        acc.done();
        assertThat(acc.isDone()).isTrue();
    }
}
