package ai.domainassist.core.provider.internal.openai;

import static ai.domainassist.core.testing.WireServer.body;
import static ai.domainassist.core.testing.WireServer.json;
import static ai.domainassist.core.testing.WireServer.parse;
import static ai.domainassist.core.testing.WireServer.sse;
import static ai.domainassist.core.testing.WireServer.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
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
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAI-compatible adapter end to end through a {@link ModelClient} against MockWebServer. */
class OpenAiProviderTest {
    private static final String KEY = "sk-test-0123456789abcdefghijSecret";
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");

    private MockWebServer server;
    private ModelClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder())
                .provider(Providers.openAiCompatible(server.url("/v1").toString(), KEY).toBuilder()
                        .defaultChatModel("gpt-4o-mini").defaultEmbeddingModel("text-embedding-3-small").build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void chatSendsEveryFieldAsTheChatCompletionsReferenceNamesIt() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("x-request-id", "req_123").body(Fixtures.wire("openai/chat.json")).build());
        ChatRequest request = ChatRequest.builder().model("gpt-4o")
                .system("You are terse.")
                .addMessage(Message.user(List.of(ContentPart.text("What is in this image?"),
                        new ContentPart.ImageUrl("https://example.com/a.png", "low"),
                        ContentPart.imageData("image/png", "iVBORw0KGgo="))))
                .addMessage(Message.assistant(null, List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")), null))
                .addMessage(Message.toolResult("call_1", "{\"temp\":21}"))
                .addTool(WEATHER).toolChoice(ToolChoice.named("get_weather")).parallelToolCalls(false)
                .responseFormat(ResponseFormat.jsonSchema("answer", "{\"type\":\"object\"}", true))
                .temperature(0.2).topP(0.9).maxTokens(256).stop(List.of("END")).seed(42L).endUserId("u-7f3a")
                .extraParameter("logprobs", false)
                .build();

        ChatResponse response = client.chat(request);

        RecordedRequest recorded = take(server);
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(recorded.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(body(recorded)).isEqualTo(parse("""
                {"model":"gpt-4o",
                 "messages":[
                   {"role":"system","content":"You are terse."},
                   {"role":"user","content":[
                     {"type":"text","text":"What is in this image?"},
                     {"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}},
                     {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]},
                   {"role":"assistant","content":null,"tool_calls":[
                     {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
                   {"role":"tool","tool_call_id":"call_1","content":"{\\"temp\\":21}"}],
                 "tools":[{"type":"function","function":{"name":"get_weather","description":"Current weather in a city",
                   "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],
                 "tool_choice":{"type":"function","function":{"name":"get_weather"}},
                 "parallel_tool_calls":false,
                 "response_format":{"type":"json_schema","json_schema":{"name":"answer","schema":{"type":"object"},"strict":true}},
                 "temperature":0.2,"top_p":0.9,"max_tokens":256,"stop":["END"],"seed":42,"user":"u-7f3a","logprobs":false}
                """));

        assertThat(response.content()).isEqualTo("Hello! How can I assist you today?");
        assertThat(response.id()).isEqualTo("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(response.provider()).isEqualTo("openai-compatible");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(19, 10, 29, 4, 2));
        assertThat(response.requestId()).isEqualTo("req_123");
        assertThat(response.reasoningContent()).isNull();
        assertThat(response.latency()).isPositive();
    }

    @Test
    void plainTextUserMessagesAreStringsAndUnsetSettingsAreNotSent() {
        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        client.chat(ChatRequest.of("Hi"));
        assertThat(body(take(server))).isEqualTo(parse(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));
    }

    @Test
    void toolCallAnswersAreRead() {
        server.enqueue(json(200, Fixtures.wire("openai/tool-calls.json")));
        ChatResponse r = client.chat(ChatRequest.builder().user("Weather and time in Boston?").addTool(WEATHER)
                .toolChoice(ToolChoice.REQUIRED).build());
        assertThat(body(take(server)).get("tool_choice").asText()).isEqualTo("required");
        assertThat(r.toolCalls()).containsExactly(new ToolCall("call_abc123", "get_weather", "{\"city\": \"Boston\"}"),
                new ToolCall("call_def456", "get_time", "{\"zone\": \"EST\"}"));
        assertThat(r.content()).isEmpty();
        assertThat(r.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(r.toMessage().toolCalls()).hasSize(2);
    }

    @Test
    void jsonObjectAndToolChoiceNoneAreSentAsStrings() {
        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        client.chat(ChatRequest.builder().user("json please").addTool(WEATHER).toolChoice(ToolChoice.NONE)
                .responseFormat(ResponseFormat.JSON_OBJECT).build());
        var body = body(take(server));
        assertThat(body.get("tool_choice").asText()).isEqualTo("none");
        assertThat(body.get("response_format")).isEqualTo(parse("{\"type\":\"json_object\"}"));
    }

    @Test
    void streamAsksForUsageAndDeliversDeltasThenTheAssembledAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .setHeader("x-request-id", "req_s").chunkedBody(Fixtures.wire("openai/stream.sse"), 7).build());
        RecordingHandler handler = new RecordingHandler();
        var handle = client.stream(ChatRequest.of("Hi"), handler);

        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(5));

        var body = body(take(server));
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.get("stream_options")).isEqualTo(parse("{\"include_usage\":true}"));
        assertThat(handler.deltas()).containsExactly(new StreamEvent.TextDelta("Hello"),
                new StreamEvent.TextDelta("，世界 🌏!"), new StreamEvent.UsageUpdate(new Usage(9, 4, 13, 0, 0)));
        assertThat(last).isInstanceOf(StreamEvent.Completed.class);
        ChatResponse done = ((StreamEvent.Completed) last).response();
        assertThat(done.content()).isEqualTo("Hello，世界 🌏!");
        assertThat(done.requestId()).isEqualTo("req_s");
        assertThat(handle.completion().get(1, TimeUnit.SECONDS)).isEqualTo(done);
        assertThat(handler.terminalCount()).isEqualTo(1);
    }

    @Test
    void embeddingsAreSentAsDocumentedAndReturnedInInputOrder() {
        server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
        EmbeddingResponse r = client.embed(new EmbeddingRequest(null, List.of("first", "second"), 3, Map.of()));
        RecordedRequest recorded = take(server);
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/embeddings");
        assertThat(body(recorded)).isEqualTo(parse("{\"model\":\"text-embedding-3-small\",\"input\":[\"first\",\"second\"],"
                + "\"dimensions\":3,\"encoding_format\":\"float\"}"));
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.vector(0)).containsExactly(0.0023064255f, -0.009327292f, 0.015797347f);
        assertThat(r.vector(1)).containsExactly(0.25f, -0.5f, 0.125f);
        assertThat(r.usage().promptTokens()).isEqualTo(8);
        assertThat(r.model()).isEqualTo("text-embedding-3-small");
    }

    @Test
    void withTheBase64QuirkEmbeddingsAreAskedForAsBase64AndDecodedAsLittleEndianFloat32() {
        server.enqueue(json(200, Fixtures.wire("openai/embeddings-base64.json")));
        try (ModelClient base64 = base64Client()) {
            EmbeddingResponse r = base64.embed(new EmbeddingRequest(null, List.of("first", "second"), 3, Map.of()));
            assertThat(body(take(server))).isEqualTo(parse("{\"model\":\"text-embedding-3-small\","
                    + "\"input\":[\"first\",\"second\"],\"dimensions\":3,\"encoding_format\":\"base64\"}"));
            // the same vector as the float fixture, bit for bit
            assertThat(r.vector(0)).containsExactly(0.0023064255f, -0.009327292f, 0.015797347f);
            // "AACAPwAAIMA=" is 00 00 80 3F 00 00 20 C0: 1.0f and -2.5f little-endian (big-endian would be other numbers)
            assertThat(r.vector(1)).containsExactly(1.0f, -2.5f);
            assertThat(r.usage().promptTokens()).isEqualTo(8);
        }
    }

    @Test
    void withTheBase64QuirkAVectorSentAsNumbersIsStillRead() {
        server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
        try (ModelClient base64 = base64Client()) {
            EmbeddingResponse r = base64.embed(EmbeddingRequest.of(List.of("first", "second")));
            assertThat(r.vector(1)).containsExactly(0.25f, -0.5f, 0.125f);
        }
    }

    @ParameterizedTest
    @CsvSource({"'AACAPwAAIA==', not a whole number of float32 values",
            "'AACA*wAAIMA=', not valid base64"})
    void aBrokenBase64VectorIsMalformed(String vector, String message) {
        server.enqueue(json(200, "{\"data\":[{\"index\":0,\"embedding\":\"" + vector + "\"}],\"usage\":{}}"));
        try (ModelClient base64 = base64Client()) {
            assertThatThrownBy(() -> base64.embed(EmbeddingRequest.of(List.of("a"))))
                    .isInstanceOf(MalformedResponseException.class).hasMessageContaining(message);
        }
    }

    private ModelClient base64Client() {
        return ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder())
                .provider(Providers.openAiCompatible(server.url("/v1").toString(), KEY).toBuilder()
                        .defaultEmbeddingModel("text-embedding-3-small")
                        .quirk(ai.domainassist.core.provider.ProviderSpec.Quirk.BASE64_EMBEDDINGS).build())
                .build();
    }

    @Test
    void embeddingCountMismatchIsMalformed() {
        server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
        assertThatThrownBy(() -> client.embed(EmbeddingRequest.of(List.of("a", "b", "c"))))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("expected 3 embeddings, got 2");
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"401, AuthenticationException", "403, PermissionDeniedException", "404, InvalidRequestException",
        "408, ModelTimeoutException", "413, InvalidRequestException", "429, RateLimitedException",
        "500, ServerException", "503, ServerException"})
    void errorStatusesYieldTypedExceptionsWithStatusCodeAndRequestId(int status, String type) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("x-request-id", "req_" + status).setHeader("Retry-After", "3")
                .body("{\"error\":{\"message\":\"failed " + status + "\",\"type\":\"t\",\"code\":\"c" + status + "\"}}").build());
        assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                .satisfies(e -> {
                    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                    ModelException m = (ModelException) e;
                    assertThat(m.httpStatus()).contains(status);
                    assertThat(m.errorCode()).contains("c" + status);
                    assertThat(m.requestId()).contains("req_" + status);
                    assertThat(m.provider()).contains("openai-compatible");
                    assertThat(m.details().model()).isEqualTo("gpt-4o-mini");
                    if (m instanceof RateLimitedException r) {
                        assertThat(r.retryAfter()).contains(Duration.ofSeconds(3));
                    }
                });
    }

    @ParameterizedTest(name = "200 with {0}")
    @CsvSource(delimiter = '|', value = {
        "{\"choices\": [} |not valid JSON",
        "<!DOCTYPE html><html><body>Login</body></html>|HTML page",
        "''|empty",
        "[1,2]|not an object",
        "{\"object\":\"chat.completion\"}|no choices"})
    void unusableSuccessBodiesAreMalformed(String body, String message) {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body(body).build());
        assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining(message);
    }

    @Test
    void a200BodyEndingInsideItsJsonWasCutOff() {
        server.enqueue(json(200, "{\"choices\": ["));
        assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                .isInstanceOf(ai.domainassist.core.NetworkException.class).hasMessageContaining("cut off");
    }

    @Test
    void anErrorObjectInA200BodyIsTheProvidersError() {
        server.enqueue(json(200, "{\"error\":{\"message\":\"Invalid Authentication\",\"type\":\"invalid_authentication_error\","
                + "\"code\":\"invalid_api_key\"}}"));
        assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                .isInstanceOf(ai.domainassist.core.AuthenticationException.class);
    }

    @Test
    void aConnectionResetMidStreamFailsWithANetworkError() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                .body(Fixtures.wire("openai/stream.sse")).onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build());
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.of("Hi"), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(5));
        assertThat(last).isInstanceOf(StreamEvent.Failed.class);
        assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(NetworkException.class);
        assertThat(handler.terminalCount()).isEqualTo(1);
    }

    @Test
    void aStreamThatEndsWithoutDoneIsAnErrorNotASuccess() {
        server.enqueue(sse(Fixtures.wire("openai/stream.sse").replace("data: [DONE]\n\n", "")));
        RecordingHandler handler = new RecordingHandler();
        var handle = client.stream(ChatRequest.of("Hi"), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(5));
        assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(NetworkException.class)
                .hasMessageContaining("ended before its terminator");
        assertThatThrownBy(() -> handle.completion().get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(NetworkException.class);
    }

    @Test
    void streamErrorStatusesAndNonStreamBodiesFailTyped() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("retry-after-ms", "250")
                .body("{\"error\":{\"message\":\"Rate limit\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}").build());
        RecordingHandler limited = new RecordingHandler();
        client.stream(ChatRequest.of("Hi"), limited);
        ModelException e = ((StreamEvent.Failed) limited.awaitTerminal(Duration.ofSeconds(5))).error();
        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofMillis(250));

        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        RecordingHandler notStream = new RecordingHandler();
        client.stream(ChatRequest.of("Hi"), notStream);
        assertThat(((StreamEvent.Failed) notStream.awaitTerminal(Duration.ofSeconds(5))).error())
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("expected an event stream");
    }

    @Test
    void aPerRequestDeadlineEndsASlowCall() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS)
                .body(Fixtures.wire("openai/chat.json")).build());
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.chat(ChatRequest.builder().user("Hi").timeout(Duration.ofMillis(200)).build()))
                .isInstanceOf(ModelTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void aRefusedConnectionIsANetworkError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (ModelClient refused = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder())
                .provider(Providers.openAiCompatible("http://127.0.0.1:" + port + "/v1", KEY).toBuilder()
                        .defaultChatModel("m").build()).build()) {
            assertThatThrownBy(() -> refused.chat(ChatRequest.of("Hi"))).isInstanceOf(NetworkException.class)
                    .satisfies(ex -> assertThat(((ModelException) ex).isRetryable()).isTrue());
        }
    }

    @Test
    void requestsTheEndpointCannotTakeFailBeforeSending() {
        assertThatThrownBy(() -> client.chat(ChatRequest.builder().user("x")
                .addTool(new ToolSpec("bad", "", "{not json")).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("tool 'bad'");
        try (ModelClient noModel = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder())
                .provider(Providers.openAiCompatible(server.url("/v1").toString(), null)).build()) {
            assertThatThrownBy(() -> noModel.chat(ChatRequest.of("Hi"))).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("no model");
            RecordingHandler handler = new RecordingHandler();
            noModel.stream(ChatRequest.of("Hi"), handler);
            assertThat(((StreamEvent.Failed) handler.awaitTerminal(Duration.ofSeconds(1))).error())
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> noModel.embed(EmbeddingRequest.of(List.of("a"))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no embedding model");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
