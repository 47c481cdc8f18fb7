package ai.domainassist.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ContextLengthExceededException;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.core.testing.RecordingHandler;
import ai.domainassist.core.testing.WireServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible adapter against a real llama.cpp server (llama-peer); OpenAI-level shapes only. */
class OpenAiCompatibleIT {
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
    private static ModelClient client;
    private static String base;

    @BeforeAll
    static void connect() {
        base = LlamaPeer.url();
        client = ModelClient.builder().provider(LlamaPeer.provider())
                .callTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void chat() {
        ChatResponse r = client.chat(ChatRequest.builder().system("Be brief.").user("Hi").temperature(0.0).maxTokens(32).build());
        assertThat(r.content()).isNotBlank();
        assertThat(r.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(r.toolCalls()).isEmpty();
        assertThat(r.id()).isNotBlank();
        assertThat(r.model()).isNotBlank();
        assertThat(r.provider()).isEqualTo("llama-peer");
        assertThat(r.usage().promptTokens()).isPositive();
        assertThat(r.usage().completionTokens()).isPositive();
        assertThat(r.usage().totalTokens()).isEqualTo(r.usage().promptTokens() + r.usage().completionTokens());
    }

    @Test
    void chatAsync() throws Exception {
        assertThat(client.chatAsync(ChatRequest.of("Hi")).get(60, TimeUnit.SECONDS).content()).isNotBlank();
    }

    @Test
    void streamWithUsage() throws Exception {
        RecordingHandler handler = new RecordingHandler();
        var handle = client.stream(ChatRequest.builder().user("Hi").maxTokens(32).build(), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(60));
        assertThat(last).isInstanceOf(StreamEvent.Completed.class);
        ChatResponse done = ((StreamEvent.Completed) last).response();
        String deltas = handler.deltas().stream().filter(StreamEvent.TextDelta.class::isInstance)
                .map(e -> ((StreamEvent.TextDelta) e).text()).collect(Collectors.joining());
        assertThat(deltas).isNotBlank().isEqualTo(done.content());
        assertThat(handler.deltas()).anyMatch(StreamEvent.UsageUpdate.class::isInstance);
        assertThat(done.usage().completionTokens()).isPositive();
        assertThat(done.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(handle.completion().get(1, TimeUnit.SECONDS)).isEqualTo(done);
    }

    @Test
    void jsonSchema() {
        ChatResponse r = client.chat(ChatRequest.builder().user("A person, please.")
                .responseFormat(ResponseFormat.jsonSchema("person", "{\"type\":\"object\",\"properties\":{\"name\":"
                        + "{\"type\":\"string\"},\"age\":{\"type\":\"integer\"}},\"required\":[\"name\",\"age\"]}", true))
                .build());
        JsonNode json = WireServer.parse(r.content());
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("name").isTextual()).isTrue();
        assertThat(json.get("age").isIntegralNumber()).isTrue();
    }

    @Test
    void toolsWithAToolResultRoundTrip() {
        ChatRequest ask = ChatRequest.builder().user("What is the weather in Paris?").addTool(WEATHER).build();
        ChatResponse first = client.chat(ask);
        assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(first.toolCalls()).hasSize(1);
        ToolCall call = first.toolCalls().get(0);
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(call.id()).isNotBlank();
        assertThat(WireServer.parse(call.arguments()).get("city").isTextual()).isTrue();

        ChatResponse second = client.chat(ask.toBuilder().addMessage(first.toMessage())
                .addMessage(Message.toolResult(call.id(), "{\"temperature_c\":21,\"sky\":\"clear\"}")).build());
        assertThat(second.toolCalls()).isEmpty();
        assertThat(second.content()).isNotBlank();
        assertThat(second.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
    }

    @Test
    void streamedToolCall() {
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.builder().user("Weather in Paris?").addTool(WEATHER).build(), handler);
        ChatResponse done = ((StreamEvent.Completed) handler.awaitTerminal(Duration.ofSeconds(60))).response();
        assertThat(done.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather");
        assertThat(WireServer.parse(done.toolCalls().get(0).arguments()).isObject()).isTrue();
        assertThat(handler.deltas()).anyMatch(StreamEvent.ToolCallDelta.class::isInstance);
    }

    @Test
    void embeddings() {
        EmbeddingResponse r = client.embed(EmbeddingRequest.of(List.of("hello world", "hello", "tax invoice")));
        assertThat(r.size()).isEqualTo(3);
        int dims = r.vector(0).length;
        assertThat(dims).isPositive();
        for (float[] v : r.vectors()) {
            assertThat(v).hasSize(dims);
            assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        }
        assertThat(dot(r.vector(0), r.vector(1))).isGreaterThan(dot(r.vector(0), r.vector(2)));
    }

    @Test
    void errorStatuses() {
        try (ModelClient wrongPath = ModelClient.builder().provider(Providers.openAiCompatible(base + "/nope", null)
                .toBuilder().defaultChatModel(LlamaPeer.MODEL).build()).build()) {
            assertThatThrownBy(() -> wrongPath.chat(ChatRequest.of("Hi"))).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((ModelException) e).httpStatus()).contains(404));
        }
        assertThatThrownBy(() -> client.chat(ChatRequest.builder().user("Hi").extraParameter("messages", "not a list").build()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((ModelException) e).httpStatus()).contains(400));
        String huge = "word ".repeat(20_000);
        assertThatThrownBy(() -> client.chat(ChatRequest.of(huge))).isInstanceOf(ContextLengthExceededException.class)
                .satisfies(e -> assertThat(((ModelException) e).httpStatus()).contains(400));
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
