package ai.domainassist.core.provider.internal.anthropic;

import static ai.domainassist.core.testing.WireServer.body;
import static ai.domainassist.core.testing.WireServer.json;
import static ai.domainassist.core.testing.WireServer.parse;
import static ai.domainassist.core.testing.WireServer.sse;
import static ai.domainassist.core.testing.WireServer.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolChoice;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.RecordingHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Anthropic Messages adapter end to end through a {@link ModelClient} against MockWebServer. */
class AnthropicProviderTest {
    private static final String KEY = "sk-ant-api03-test0123456789Secret";
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Get the current weather in a given location",
            "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}");

    private MockWebServer server;
    private ModelClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.anthropic(KEY).toBuilder()
                .baseUrl(server.url("/").toString()).build()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void messagesRequestFollowsTheReference() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_018EeWyXxfu5pfWkrYcMdjWG").body(Fixtures.wire("anthropic/message.json")).build());
        ChatRequest request = ChatRequest.builder().model("claude-sonnet-4-5")
                .system("You are a weather bot.").system("Answer in English.")
                .addMessage(Message.user(List.of(ContentPart.text("Weather in SF? See"),
                        ContentPart.imageData("image/jpeg", "/9j/4AAQ"), ContentPart.imageUrl("https://example.com/map.png"))))
                .addMessage(Message.assistant("Checking.", List.of(
                        new ToolCall("toolu_1", "get_weather", "{\"location\":\"San Francisco, CA\"}"),
                        new ToolCall("toolu_2", "get_weather", "{\"location\":\"Oakland, CA\"}")), "private thoughts"))
                .addMessage(Message.toolResult("toolu_1", "15 degrees"))
                .addMessage(Message.toolResult("toolu_2", "17 degrees"))
                .user("And tomorrow?")
                .addTool(WEATHER).toolChoice(ToolChoice.named("get_weather")).parallelToolCalls(false)
                .temperature(0.5).topP(0.9).maxTokens(1024).stop(List.of("###")).endUserId("u-13")
                .extraParameter("thinking", java.util.Map.of("type", "enabled", "budget_tokens", 2048))
                .build();

        ChatResponse response = client.chat(request);

        RecordedRequest recorded = take(server);
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(recorded.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(recorded.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
        assertThat(body(recorded)).isEqualTo(parse("""
                {"model":"claude-sonnet-4-5","max_tokens":1024,
                 "system":"You are a weather bot.\\n\\nAnswer in English.",
                 "messages":[
                   {"role":"user","content":[
                     {"type":"text","text":"Weather in SF? See"},
                     {"type":"image","source":{"type":"base64","media_type":"image/jpeg","data":"/9j/4AAQ"}},
                     {"type":"image","source":{"type":"url","url":"https://example.com/map.png"}}]},
                   {"role":"assistant","content":[
                     {"type":"text","text":"Checking."},
                     {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"location":"San Francisco, CA"}},
                     {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{"location":"Oakland, CA"}}]},
                   {"role":"user","content":[
                     {"type":"tool_result","tool_use_id":"toolu_1","content":"15 degrees"},
                     {"type":"tool_result","tool_use_id":"toolu_2","content":"17 degrees"},
                     {"type":"text","text":"And tomorrow?"}]}],
                 "tools":[{"name":"get_weather","description":"Get the current weather in a given location",
                   "input_schema":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}],
                 "tool_choice":{"type":"tool","name":"get_weather","disable_parallel_tool_use":true},
                 "temperature":0.5,"top_p":0.9,"stop_sequences":["###"],"metadata":{"user_id":"u-13"},
                 "thinking":{"type":"enabled","budget_tokens":2048}}
                """));

        assertThat(response.content()).isEqualTo("Hi! My name is Claude.");
        assertThat(response.reasoningContent()).isEqualTo("A greeting; answer briefly.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(3195, 503, 3698, 1000, 0));
        assertThat(response.requestId()).isEqualTo("req_018EeWyXxfu5pfWkrYcMdjWG");
        assertThat(response.id()).isEqualTo("msg_013Zva2CMHLNnXjNJJKqJ2EF");
        assertThat(response.provider()).isEqualTo("anthropic");
    }

    @Test
    void defaultsAreFilledAndToolChoicesMapped() {
        server.enqueue(json(200, Fixtures.wire("anthropic/tool-use.json")));
        ChatResponse r = client.chat(ChatRequest.builder().user("Weather?").addTool(WEATHER)
                .toolChoice(ToolChoice.REQUIRED).build());
        var body = body(take(server));
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(4096);
        assertThat(body.get("tool_choice")).isEqualTo(parse("{\"type\":\"any\"}"));
        assertThat(body.has("system")).isFalse();
        assertThat(r.toolCalls()).containsExactly(new ToolCall("toolu_01A09q90qw90lq917835lq9", "get_weather",
                "{\"location\":\"San Francisco, CA\",\"unit\":\"celsius\"}"));
        assertThat(r.content()).isEqualTo("I'll check the weather.");
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);

        server.enqueue(json(200, Fixtures.wire("anthropic/message.json")));
        client.chat(ChatRequest.builder().user("x").addTool(WEATHER).toolChoice(ToolChoice.NONE).build());
        assertThat(body(take(server)).get("tool_choice")).isEqualTo(parse("{\"type\":\"none\"}"));
    }

    @Test
    void streamDeliversTextToolAndThinkingEvents() {
        server.enqueue(sse(Fixtures.wire("anthropic/stream-tools-thinking.sse")));
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.builder().user("Weather in SF?").addTool(WEATHER).build(), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(5));
        assertThat(body(take(server)).get("stream").asBoolean()).isTrue();
        ChatResponse done = ((StreamEvent.Completed) last).response();
        assertThat(done.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather");
        assertThat(done.reasoningContent()).isEqualTo("I need the weather tool.");
        assertThat(handler.deltas()).first().isEqualTo(new StreamEvent.UsageUpdate(new Usage(472, 2, 474, 0, 0)));
        assertThat(handler.deltas()).contains(new StreamEvent.ReasoningDelta("I need the weather tool."),
                new StreamEvent.TextDelta("Let me check."));
    }

    @Test
    void streamErrorEventFailsTyped() {
        server.enqueue(sse("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\","
                + "\"model\":\"c\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}\n\n"
                + "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n"));
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.of("Hi"), handler);
        assertThat(((StreamEvent.Failed) handler.awaitTerminal(Duration.ofSeconds(5))).error())
                .isInstanceOf(ServerException.class).hasMessageContaining("Overloaded");
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource({"400, invalid_request_error, InvalidRequestException", "401, authentication_error, AuthenticationException",
        "403, permission_error, PermissionDeniedException", "404, not_found_error, InvalidRequestException",
        "413, request_too_large, InvalidRequestException", "429, rate_limit_error, RateLimitedException",
        "500, api_error, ServerException", "529, overloaded_error, ServerException"})
    void documentedErrorsAreTyped(int status, String type, String exception) {
        server.enqueue(json(status, "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"m\"},"
                + "\"request_id\":\"req_x\"}"));
        assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi"))).satisfies(e -> {
            assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
            assertThat(((ModelException) e).errorCode()).contains(type);
            assertThat(((ModelException) e).requestId()).contains("req_x");
        });
    }

    @Test
    void jsonResponseFormatsAndEmbeddingsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> client.chat(ChatRequest.builder().user("x").responseFormat(ResponseFormat.JSON_OBJECT).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("response_format");
        assertThatThrownBy(() -> client.embed(EmbeddingRequest.of(List.of("x"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no embeddings");
        assertThat(server.getRequestCount()).isZero();
    }
}
