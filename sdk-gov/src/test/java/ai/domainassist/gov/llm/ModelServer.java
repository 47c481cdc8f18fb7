package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.WireServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A real local HTTP server answering as an OpenAI-compatible endpoint, for the model-path tests. */
public final class ModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final ModelClient client;

    public ModelServer() throws IOException {
        server.start();
        client = ModelClient.builder().provider(Providers.openAiCompatible(server.url("/v1").toString(), "test-key"))
                .retry(RetryPolicy.disabled()).defaultModel("test-model").build();
    }

    public ModelClient client() {
        return client;
    }

    /**
     * A new client without the response cache (close it): a request the cache may hold (temperature 0, or marked
     * cacheable) would otherwise get an earlier answer to the same prompt without reaching this server.
     */
    public ModelClient uncachedClient() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.url("/v1").toString(), "test-key"))
                .retry(RetryPolicy.disabled()).defaultModel("test-model").cache(null).build();
    }

    /** Enqueues a chat answer whose content is the given value as JSON. */
    public ModelServer answer(Object value) throws IOException {
        server.enqueue(completion(value));
        return this;
    }

    /**
     * Answers every request from then on with what the function makes of its prompt (the text of its user
     * message), as JSON, instead of from the queue.
     */
    public ModelServer answerWith(java.util.function.Function<String, Object> answerer) {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
                try {
                    StringBuilder prompt = new StringBuilder();
                    for (com.fasterxml.jackson.databind.JsonNode m : JSON.readTree(request.getBody().utf8()).path("messages")) {
                        prompt.append(m.path("content").asText()).append('\n');
                    }
                    return completion(answerer.apply(prompt.toString()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return this;
    }

    private static mockwebserver3.MockResponse completion(Object value) throws IOException {
        String content = value instanceof String s ? s : JSON.writeValueAsString(value);
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return WireServer.json(200, JSON.writeValueAsString(root));
    }

    /** Enqueues an error response. */
    public ModelServer error(int status) {
        server.enqueue(WireServer.json(status, "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}"));
        return this;
    }

    /** @return the user message of the next recorded request */
    public String prompt() throws InterruptedException {
        RecordedRequest r = WireServer.take(server);
        return WireServer.body(r).path("messages").findValues("content").toString();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... xs) {
        return List.of(xs);
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
