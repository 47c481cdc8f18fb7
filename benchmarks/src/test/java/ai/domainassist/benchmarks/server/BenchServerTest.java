package ai.domainassist.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BenchServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType TYPE = MediaType.get("application/json");

    private BenchServer server;
    private OkHttpClient http;

    @BeforeEach
    void start() throws IOException {
        server = new BenchServer(0, 5, 1, 8);
        http = new OkHttpClient();
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Response post(String path, String body) throws IOException {
        return http.newCall(new Request.Builder().url(server.baseUrl() + path)
                .post(RequestBody.create(body, TYPE)).build()).execute();
    }

    @Test
    void aChatRequestGetsTheOneKibibyteAnswerShapedLikeOpenAis() throws IOException {
        try (Response r = post("/chat/completions", "{\"model\":\"m\",\"messages\":[]}")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            JsonNode body = JSON.readTree(r.body().string());
            assertThat(body.at("/choices/0/message/content").asText()).isEqualTo(Payloads.answer());
            assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
            assertThat(body.at("/usage/total_tokens").asInt()).isEqualTo(790);
        }
    }

    @Test
    void aStreamRequestGetsEveryChunkThenUsageThenDoneWhateverTheJsonSpacing() throws IOException {
        for (String stream : List.of("\"stream\":true", "\"stream\" : true", "\"stream\":\n  true")) {
            try (Response r = post("/chat/completions", "{\"model\":\"m\"," + stream + "}")) {
                assertThat(r.header("Content-Type")).startsWith("text/event-stream");
                assertThat(r.header("Transfer-Encoding")).isEqualTo("chunked");
                List<String> data = new ArrayList<>();
                for (String line : r.body().string().split("\n")) {
                    if (line.startsWith("data: ")) {
                        data.add(line.substring(6));
                    }
                }
                assertThat(data).hasSize(1 + 5 + 1 + 1 + 1).endsWith("[DONE]");
                StringBuilder text = new StringBuilder();
                for (String d : data.subList(0, data.size() - 1)) {
                    text.append(JSON.readTree(d).at("/choices/0/delta/content").asText(""));
                }
                assertThat(text.toString()).isEqualTo(Payloads.streamedAnswer(5));
                assertThat(JSON.readTree(data.get(data.size() - 2)).at("/usage/completion_tokens").asInt()).isEqualTo(5);
            }
        }
    }

    @Test
    void groupingEventsIntoFewerWritesSendsTheSameBody() throws IOException {
        String one;
        try (Response r = post("/chat/completions", "{\"stream\":true}")) {
            one = r.body().string();
        }
        try (BenchServer grouped = new BenchServer(0, 5, 3, 8);
             Response r = http.newCall(new Request.Builder().url(grouped.baseUrl() + "/chat/completions")
                     .post(RequestBody.create("{\"stream\":true}", TYPE)).build()).execute()) {
            assertThat(r.body().string()).isEqualTo(one);
        }
    }

    @Test
    void embeddingsComeAsFloatsOrAsBase64WhenAskedFor() throws IOException {
        float[] expected = Payloads.embedding(8);
        try (Response r = post("/embeddings", "{\"input\":[\"x\"]}")) {
            JsonNode values = JSON.readTree(r.body().string()).at("/data/0/embedding");
            float[] got = new float[values.size()];
            for (int i = 0; i < got.length; i++) {
                got[i] = values.get(i).floatValue();
            }
            assertThat(got).containsExactly(expected);
        }
        try (Response r = post("/embeddings", "{\"input\":[\"x\"],\"encoding_format\" : \"base64\"}")) {
            byte[] raw = Base64.getDecoder().decode(JSON.readTree(r.body().string()).at("/data/0/embedding").asText());
            ByteBuffer le = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            float[] got = new float[raw.length / 4];
            for (int i = 0; i < got.length; i++) {
                got[i] = le.getFloat();
            }
            assertThat(got).containsExactly(expected);
        }
    }

    @Test
    void theStructuredMarkerGetsTheRecordAsTheAnswer() throws IOException {
        String body = JSON.writeValueAsString(java.util.Map.of("messages",
                List.of(java.util.Map.of("role", "user", "content", Payloads.structuredPrompt()))));
        try (Response r = post("/chat/completions", body)) {
            assertThat(JSON.readTree(r.body().string()).at("/choices/0/message/content").asText())
                    .isEqualTo(Payloads.STRUCTURED_JSON);
        }
    }

    @Test
    void requestsShareOneKeptAliveConnectionAndAreCounted() throws IOException {
        for (int i = 0; i < 3; i++) {
            try (Response r = post("/chat/completions", "{}")) {
                r.body().string();
            }
        }
        try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + server.port() + "/stats")
                .build()).execute()) {
            assertThat(JSON.readTree(r.body().string()).get("requests").asInt()).isEqualTo(4);
        }
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(4);
    }

    @Test
    void aChunkedRequestBodyIsReadWhole() throws IOException {
        RequestBody chunked = new RequestBody() {
            @Override
            public MediaType contentType() {
                return TYPE;
            }

            @Override
            public long contentLength() {
                return -1; // unknown: OkHttp sends it chunked
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8("{\"model\":\"m\",").flush();
                sink.writeUtf8("\"stream\":true}");
            }
        };
        try (Response r = http.newCall(new Request.Builder().url(server.baseUrl() + "/chat/completions")
                .post(chunked).build()).execute()) {
            assertThat(r.header("Content-Type")).startsWith("text/event-stream");
            assertThat(r.body().string()).endsWith("data: [DONE]\n\n");
        }
        try (Response r = post("/chat/completions", "{}")) { // the connection is still in step
            assertThat(r.code()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownPathIsNotFound() throws IOException {
        try (Response r = post("/completions", "{}")) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.body().string()).contains("invalid_request_error");
        }
    }

    @Test
    void memberScanMatchesCompactAndPrettyJsonButNotOtherValuesOrKeys() {
        assertThat(BenchServer.hasMember(bytes("{\"stream\":true}"), "stream", "true")).isTrue();
        assertThat(BenchServer.hasMember(bytes("{ \"stream\" :\n true }"), "stream", "true")).isTrue();
        assertThat(BenchServer.hasMember(bytes("{\"stream\":false}"), "stream", "true")).isFalse();
        assertThat(BenchServer.hasMember(bytes("{\"content\":\"stream\"}"), "stream", "true")).isFalse();
        assertThat(BenchServer.hasMember(bytes("{\"x\":\"stream\",\"stream\":true}"), "stream", "true")).isTrue();
        assertThat(BenchServer.hasMember(bytes("{\"stream\""), "stream", "true")).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
