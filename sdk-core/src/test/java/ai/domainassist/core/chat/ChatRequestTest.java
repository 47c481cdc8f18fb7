package ai.domainassist.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Weather",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");

    @Test
    void builderRoundTripsThroughToBuilder() {
        ChatRequest r = ChatRequest.builder().model("m").system("s").user("u").addTool(WEATHER)
                .toolChoice(ToolChoice.named("get_weather")).temperature(0.0).topP(0.5).maxTokens(10)
                .stop(List.of("END")).seed(7L).endUserId("u-1").timeout(Duration.ofSeconds(3))
                .extraParameter("enable_thinking", false).cacheable(true).task("t").privateTerm("张三").build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.messages()).extracting(Message::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(r.extraParameters()).containsEntry("enable_thinking", false);
    }

    @Test
    void rejectsOutOfRangeSettings() {
        assertThatThrownBy(() -> ChatRequest.builder().build()).hasMessageContaining("at least one message");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").temperature(2.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").topP(0.0).build()).hasMessageContaining("topP");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").maxTokens(0).build()).hasMessageContaining("maxTokens");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").timeout(Duration.ZERO).build())
                .hasMessageContaining("timeout");
    }

    @Test
    void rejectsToolChoiceForAToolNotOffered() {
        assertThatThrownBy(() -> ChatRequest.builder().user("x").toolChoice(ToolChoice.named("nope")).build())
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> ChatRequest.builder().user("x").addTool(WEATHER).addTool(WEATHER).build())
                .hasMessageContaining("unique");
    }

    @Test
    void messagesCheckRoleRules() {
        assertThatThrownBy(() -> new Message(Role.USER, List.of(), List.of(new ToolCall("1", "f", "{}")), null, null))
                .hasMessageContaining("tool calls");
        assertThatThrownBy(() -> new Message(Role.TOOL, List.of(ContentPart.text("x")), List.of(), null, null))
                .hasMessageContaining("toolCallId");
        assertThatThrownBy(() -> new Message(Role.SYSTEM, List.of(ContentPart.imageUrl("http://x/a.png")), List.of(),
                null, null)).hasMessageContaining("images");
        assertThat(Message.assistant(null, List.of(new ToolCall("1", "f", "{}")), "think").content()).isEmpty();
        assertThat(Message.user(List.of(ContentPart.text("a"), ContentPart.imageUrl("u"), ContentPart.text("b"))).text())
                .isEqualTo("ab");
    }

    @Test
    void finishReasonsMapFromEveryProvider() {
        assertThat(FinishReason.fromProvider("end_turn")).isEqualTo(FinishReason.STOP);
        assertThat(FinishReason.fromProvider("max_tokens")).isEqualTo(FinishReason.LENGTH);
        assertThat(FinishReason.fromProvider("tool_use")).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(FinishReason.fromProvider("tool_calls")).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(FinishReason.fromProvider("content_filter")).isEqualTo(FinishReason.CONTENT_FILTER);
        assertThat(FinishReason.fromProvider(null)).isEqualTo(FinishReason.OTHER);
    }
}
