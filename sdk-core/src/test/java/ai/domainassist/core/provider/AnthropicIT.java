package ai.domainassist.core.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.core.testing.RecordingHandler;
import ai.domainassist.core.testing.WireServer;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Anthropic Messages adapter against a real llama.cpp server's {@code /v1/messages}. */
class AnthropicIT {
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
    private static ModelClient client;

    @BeforeAll
    static void connect() {
        client = ModelClient.builder().provider(Providers.anthropicCompatible(LlamaPeer.url(), null).toBuilder()
                .defaultChatModel(LlamaPeer.MODEL).build()).callTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void messages() {
        ChatResponse r = client.chat(ChatRequest.builder().system("Be brief.").user("Hi").maxTokens(32).build());
        assertThat(r.content()).isNotBlank();
        assertThat(r.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(r.id()).isNotBlank();
        assertThat(r.usage().completionTokens()).isPositive();
        assertThat(r.usage().promptTokens()).isPositive();
    }

    @Test
    void streamedMessages() {
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.builder().user("Hi").maxTokens(32).build(), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(60));
        ChatResponse done = ((StreamEvent.Completed) last).response();
        String deltas = handler.deltas().stream().filter(StreamEvent.TextDelta.class::isInstance)
                .map(e -> ((StreamEvent.TextDelta) e).text()).collect(Collectors.joining());
        assertThat(deltas).isNotBlank().isEqualTo(done.content());
        assertThat(done.usage().completionTokens()).isPositive();
    }

    @Test
    void toolUseWithAToolResultRoundTrip() {
        ChatRequest ask = ChatRequest.builder().user("Weather in Paris?").addTool(WEATHER).maxTokens(128).build();
        ChatResponse first = client.chat(ask);
        assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        ToolCall call = first.toolCalls().get(0);
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(WireServer.parse(call.arguments()).get("city").isTextual()).isTrue();
        ChatResponse second = client.chat(ask.toBuilder().addMessage(first.toMessage())
                .addMessage(Message.toolResult(call.id(), "21 degrees, clear")).build());
        assertThat(second.toolCalls()).isEmpty();
        assertThat(second.content()).isNotBlank();
    }
}
