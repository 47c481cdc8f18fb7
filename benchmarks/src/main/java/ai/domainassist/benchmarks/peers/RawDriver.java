package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The floor: what a developer writes by hand with OkHttp and Jackson and nothing else. The body is
 * built as a Jackson tree and written to bytes; the answer is read as a tree straight from the
 * response stream and the text picked out; a stream is read line by line, each {@code data:}
 * line parsed as a tree. No error mapping beyond a status check, no retries, no timeouts beyond
 * OkHttp's defaults. The connection pool keeps up to 64 idle connections, so that 16 concurrent
 * callers never reconnect.
 */
final class RawDriver implements Driver {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl chatUrl;
    private final HttpUrl embeddingsUrl;
    private final String authorization;
    private final ObjectNode structuredFormat;

    RawDriver(String baseUrl, String apiKey) {
        this.http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
        this.chatUrl = HttpUrl.get(baseUrl + "/chat/completions");
        this.embeddingsUrl = HttpUrl.get(baseUrl + "/embeddings");
        this.authorization = "Bearer " + apiKey;
        this.structuredFormat = structuredFormat();
    }

    @Override
    public String chat(String prompt) {
        try (Response response = http.newCall(post(chatUrl, chatBody(prompt, false))).execute()) {
            JsonNode body = read(response);
            return body.path("choices").path(0).path("message").path("content").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Streamed stream(String prompt) {
        long start = System.nanoTime();
        long first = 0;
        int deltas = 0;
        StringBuilder text = new StringBuilder();
        try (Response response = http.newCall(post(chatUrl, chatBody(prompt, true))).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("HTTP " + response.code());
            }
            BufferedSource source = response.body().source();
            for (String line = source.readUtf8Line(); line != null; line = source.readUtf8Line()) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    return new Streamed(text.toString(), first, deltas);
                }
                JsonNode content = MAPPER.readTree(data).path("choices").path(0).path("delta").path("content");
                if (content.isTextual() && !content.textValue().isEmpty()) {
                    if (deltas++ == 0) {
                        first = System.nanoTime() - start;
                    }
                    text.append(content.textValue());
                }
            }
            throw new IllegalStateException("the stream ended without [DONE]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Object embed(String text) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", Payloads.EMBEDDING_MODEL);
        body.putArray("input").add(text);
        try (Response response = http.newCall(post(embeddingsUrl, body)).execute()) {
            JsonNode values = read(response).path("data").path(0).path("embedding");
            float[] v = new float[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i).floatValue();
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public VisitSummary extract(String prompt) {
        ObjectNode body = chatBody(prompt, false);
        body.set("response_format", structuredFormat);
        try (Response response = http.newCall(post(chatUrl, body)).execute()) {
            String content = read(response).path("choices").path(0).path("message").path("content").asText();
            return MAPPER.readValue(content, VisitSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Request post(HttpUrl url, ObjectNode body) {
        try {
            return new Request.Builder().url(url).header("Authorization", authorization)
                    .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode chatBody(String prompt, boolean stream) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", Payloads.CHAT_MODEL);
        ObjectNode message = body.putArray("messages").addObject();
        message.put("role", "user");
        message.put("content", prompt);
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    private static JsonNode read(Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw new IllegalStateException("HTTP " + response.code());
        }
        try (InputStream in = response.body().byteStream()) {
            return MAPPER.readTree(in);
        }
    }

    /** The json_schema response format a developer would write once by hand for {@link VisitSummary}. */
    private static ObjectNode structuredFormat() {
        try {
            return (ObjectNode) MAPPER.readTree("""
                    {"type":"json_schema","json_schema":{"name":"VisitSummary","strict":true,"schema":{
                      "type":"object","additionalProperties":false,
                      "required":["chiefComplaint","durationDays","maxTemperature","symptoms","severity","allergy"],
                      "properties":{
                        "chiefComplaint":{"type":"string"},
                        "durationDays":{"type":"integer"},
                        "maxTemperature":{"type":"number"},
                        "symptoms":{"type":"array","items":{"type":"string"}},
                        "severity":{"type":"string","enum":["MILD","MODERATE","SEVERE"]},
                        "allergy":{"type":"object","additionalProperties":false,"required":["substance","confirmed"],
                          "properties":{"substance":{"type":"string"},"confirmed":{"type":"boolean"}}}}}}}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
