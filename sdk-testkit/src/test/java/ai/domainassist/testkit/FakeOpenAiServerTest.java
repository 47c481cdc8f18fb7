package ai.domainassist.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.Usage;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FakeOpenAiServerTest {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10)).build();
    private static final String CHAT = "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"患者咳嗽三天\"}]}";
    private static final String STREAM = "{\"model\":\"deepseek-chat\",\"stream\":true,"
            + "\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";

    private final FakeOpenAiServer server = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @AfterAll
    static void shutdownClient() {
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    private record Reply(int code, String contentType, String body, Response raw) {
    }

    private Reply post(String path, String json) throws IOException {
        return post(path, json, null);
    }

    private Reply post(String path, String json, String bearer) throws IOException {
        Request.Builder b = new Request.Builder().url(server.baseUrl() + path).post(RequestBody.create(json, JSON_TYPE));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try (Response r = HTTP.newCall(b.build()).execute()) {
            return new Reply(r.code(), r.header("Content-Type"), r.body().string(), r);
        }
    }

    private static JsonNode json(String body) throws IOException {
        return Sse.JSON.readTree(body);
    }

    @ParameterizedTest
    @EnumSource(value = Recording.class, mode = EnumSource.Mode.EXCLUDE, names = "CHAT_STREAM_DISCONNECTED")
    void everyRecordingIsReplayedByteForByte(Recording recording) throws Exception {
        server.enqueue(recording);
        String path = recording.endpoint() == FakeOpenAiServer.Endpoint.EMBEDDINGS ? "/embeddings" : "/chat/completions";
        Reply r = post(path, CHAT);
        assertThat(r.code()).isEqualTo(recording.status());
        assertThat(r.contentType()).isEqualTo(recording.headers().get("Content-Type"));
        assertThat(r.body()).isEqualTo(recording.body());
        recording.headers().forEach((k, v) -> assertThat(r.raw().header(k)).as(k).isEqualTo(v));
        server.verify();
    }

    @Test
    void aDisconnectedStreamBreaksOffMidBody() throws Exception {
        server.enqueue(Recording.CHAT_STREAM_DISCONNECTED);
        Request request = new Request.Builder().url(server.baseUrl() + "/chat/completions")
                .post(RequestBody.create(STREAM, JSON_TYPE)).build();
        StringBuilder got = new StringBuilder();
        try (Response r = HTTP.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThatThrownBy(() -> {
                byte[] buf = new byte[64];
                var in = r.body().byteStream();
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(got.toString()).startsWith("data: {").doesNotContain("[DONE]");
        assertThat(got.length()).isLessThan(Recording.CHAT_STREAM.body().length());
    }

    @Test
    void aGeneratedAnswerIsJsonForAPlainRequestAndEchoesTheModel() throws Exception {
        server.enqueueChat("{\"chiefComplaint\":\"咳嗽3天\"}\n\"quoted\"", Usage.of(30, 9));
        Reply r = post("/chat/completions", CHAT);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode body = json(r.body());
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("model").asText()).isEqualTo("deepseek-chat");
        assertThat(body.path("choices").get(0).path("message").path("content").asText())
                .isEqualTo("{\"chiefComplaint\":\"咳嗽3天\"}\n\"quoted\"");
        assertThat(body.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        assertThat(body.path("usage").path("total_tokens").asInt()).isEqualTo(39);
    }

    @Test
    void aGeneratedAnswerStreamsToAStreamingRequestWithUsageOnlyWhenAsked() throws Exception {
        server.enqueueStream(List.of("急性", "支气管炎"), Usage.of(10, 4));
        server.enqueueChat("咳嗽伴发热三天余");
        Reply withUsage = post("/chat/completions", STREAM);
        assertThat(withUsage.contentType()).isEqualTo("text/event-stream");
        List<String> data = Sse.data(withUsage.body());
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = Sse.chunks(withUsage.body());
        assertThat(Sse.content(chunks)).isEqualTo("急性支气管炎");
        assertThat(chunks.get(0).path("choices").get(0).path("delta").path("role").asText()).isEqualTo("assistant");
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.path("choices")).isEmpty();
        assertThat(last.path("usage").path("completion_tokens").asInt()).isEqualTo(4);
        assertThat(chunks.get(chunks.size() - 2).path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");

        Reply noUsage = post("/chat/completions", STREAM.replace(",\"stream_options\":{\"include_usage\":true}", ""));
        List<JsonNode> plain = Sse.chunks(noUsage.body());
        assertThat(plain).noneMatch(c -> c.has("usage"));
        assertThat(Sse.content(plain)).isEqualTo("咳嗽伴发热三天余");
        assertThat(plain).hasSize(1 + 2 + 1); // role, two pieces of four characters, finish
    }

    @Test
    void aGeneratedToolCallWorksBothWays() throws Exception {
        server.enqueueToolCall("lookup_icd10", "{\"term\":\"急性支气管炎\"}")
                .enqueueToolCall("lookup_icd10", "{\"term\":\"急性支气管炎\"}");
        JsonNode whole = json(post("/chat/completions", CHAT).body()).path("choices").get(0);
        assertThat(whole.path("finish_reason").asText()).isEqualTo("tool_calls");
        JsonNode call = whole.path("message").path("tool_calls").get(0);
        assertThat(call.path("id").asText()).startsWith("call_");
        assertThat(call.path("function").path("name").asText()).isEqualTo("lookup_icd10");
        assertThat(call.path("function").path("arguments").asText()).isEqualTo("{\"term\":\"急性支气管炎\"}");
        assertThat(whole.path("message").path("content").isNull()).isTrue();

        List<JsonNode> chunks = Sse.chunks(post("/chat/completions", STREAM).body());
        assertThat(Sse.toolArguments(chunks, 0)).isEqualTo("{\"term\":\"急性支气管炎\"}");
    }

    @Test
    void embeddingsAndChatAreAnsweredByEndpointWhateverTheOrder() throws Exception {
        server.enqueueEmbeddings(List.of(new float[] {0.5f, -0.25f})).enqueueChat("答");
        Reply chat = post("/chat/completions", CHAT);
        assertThat(json(chat.body()).path("choices").get(0).path("message").path("content").asText()).isEqualTo("答");
        Reply emb = post("/embeddings", "{\"model\":\"bge-m3\",\"input\":[\"咳嗽\"]}");
        JsonNode body = json(emb.body());
        assertThat(body.path("model").asText()).isEqualTo("bge-m3");
        assertThat(body.path("data").get(0).path("embedding").get(1).floatValue()).isEqualTo(-0.25f);
        server.verify();
    }

    @Test
    void errorsComeInOpenAisFormat() throws Exception {
        server.enqueueError(400, "invalid_request_error", "context_length_exceeded", "too long")
                .enqueueRateLimited(Duration.ofMillis(1500));
        Reply bad = post("/chat/completions", CHAT);
        assertThat(bad.code()).isEqualTo(400);
        assertThat(json(bad.body()).path("error").path("code").asText()).isEqualTo("context_length_exceeded");
        Reply limited = post("/embeddings", "{\"input\":[\"x\"]}");
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.raw().header("retry-after")).isEqualTo("2");
        assertThat(limited.raw().header("retry-after-ms")).isEqualTo("1500");
        assertThat(limited.raw().header("x-request-id")).startsWith("req_fake_");
    }

    @Test
    void anUnscriptedRequestGetsANonRetryable400AndVerifySaysSo() throws Exception {
        Reply r = post("/chat/completions", CHAT);
        assertThat(r.code()).isEqualTo(400);
        assertThat(json(r.body()).path("error").path("code").asText()).isEqualTo("fake_server_unscripted");
        assertThat(server.unexpectedRequests()).hasSize(1);
        assertThatThrownBy(server::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /v1/chat/completions");
    }

    @Test
    void verifyReportsUnusedResponses() {
        server.enqueue(Recording.CHAT).enqueue(FakeOpenAiServer.Endpoint.ANY, new MockResponse.Builder().code(204).build());
        assertThat(server.remaining()).isEqualTo(2);
        assertThatThrownBy(server::verify).hasMessageContaining("2 scripted response(s) never used: [CHAT, custom 204]");
    }

    @Test
    void aRequiredKeyIsCheckedWithoutUsingTheScript() throws Exception {
        server.requireApiKey("sk-right").enqueueChat("ok");
        Reply wrong = post("/chat/completions", CHAT, "sk-wrong");
        assertThat(wrong.code()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(Recording.ERROR_INVALID_API_KEY.body()).doesNotContain("sk-wrong");
        Reply none = post("/chat/completions", CHAT);
        assertThat(none.code()).isEqualTo(401);
        assertThat(server.remaining()).isEqualTo(1);
        assertThat(post("/chat/completions", CHAT, "sk-right").code()).isEqualTo(200);
        server.verify();
    }

    @Test
    void theRequestsAreRecordedAndCredentialsMaskedWhenPrinted() throws Exception {
        server.enqueueChat("ok");
        post("/chat/completions", CHAT, "sk-secret-123");
        ReceivedRequest r = server.takeRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("authorization")).contains("Bearer sk-secret-123");
        assertThat(r.json().path("messages").get(0).path("content").asText()).isEqualTo("患者咳嗽三天");
        assertThat(r.isStream()).isFalse();
        assertThat(r.toString()).doesNotContain("sk-secret-123").contains("Authorization=<masked>");
        assertThat(server.requests()).containsExactly(r);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void parallelRequestsEachGetOneAnswer() throws Exception {
        int n = 24;
        for (int i = 0; i < n; i++) {
            server.enqueueChat("answer-" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> json(post("/chat/completions", CHAT).body())
                        .path("choices").get(0).path("message").path("content").asText()));
            }
            Set<String> answers = new HashSet<>();
            for (Future<String> f : futures) {
                answers.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(answers).hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        server.verify();
    }

    @Test
    void theBaseUrlIsLocalWithoutATrailingSlash() {
        assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1").endsWith(":" + server.port() + "/v1");
    }

    @Test
    void rulesAnswerEveryRequestTheyMatchBeforeTheQueueAndLeaveTheRestToIt() throws Exception {
        server.onChat(r -> r.body().contains("咳嗽"), "{\"chiefComplaint\":\"咳嗽3天\"}", Usage.of(5, 2))
                .onChat(r -> null, Usage.of(1, 1)) // answers nothing: requests go on to the next rule
                .onError(r -> r.body().contains("发热"), 503, "server_error", "overloaded")
                .enqueueChat("queued");
        for (int i = 0; i < 2; i++) {
            Reply matched = post("/chat/completions", CHAT);
            assertThat(matched.code()).isEqualTo(200);
            assertThat(matched.body()).contains("咳嗽3天");
        }
        Reply failed = post("/chat/completions", CHAT.replace("咳嗽", "发热"));
        assertThat(failed.code()).isEqualTo(503);
        assertThat(failed.body()).contains("overloaded");
        Reply queued = post("/chat/completions", CHAT.replace("咳嗽", "头痛"));
        assertThat(queued.body()).contains("queued");
        assertThat(server.requestCount()).isEqualTo(4);
        server.verify();
    }
}
