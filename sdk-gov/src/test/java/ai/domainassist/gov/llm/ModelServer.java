package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.testkit.FakeOpenAiServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The test kit's fake OpenAI-compatible server and a client on it, for the model-path tests. */
public final class ModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeOpenAiServer server = FakeOpenAiServer.start();
    private final ModelClient client;

    public ModelServer() {
        client = ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), "test-key"))
                .retry(RetryPolicy.disabled()).defaultModel("test-model").build();
    }

    public ModelClient client() {
        return client;
    }

    /** A new client of this server whose audit records go to the sink (close it). */
    public ModelClient client(AuditSink audit) {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), "test-key"))
                .retry(RetryPolicy.disabled()).defaultModel("test-model").auditSink(audit).build();
    }

    /**
     * A new client without the response cache (close it): a request the cache may hold (temperature 0, or marked
     * cacheable) would otherwise get an earlier answer to the same prompt without reaching this server.
     */
    public ModelClient uncachedClient() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), "test-key"))
                .retry(RetryPolicy.disabled()).defaultModel("test-model").cache(null).build();
    }

    /** Enqueues a chat answer whose content is the given value as JSON. */
    public ModelServer answer(Object value) throws IOException {
        server.enqueueChat(value instanceof String s ? s : JSON.writeValueAsString(value), Usage.of(100, 20));
        return this;
    }

    /**
     * Answers every request from then on with what the function makes of its prompt (the text of its
     * messages), as JSON, instead of from the queue.
     */
    public ModelServer answerWith(java.util.function.Function<String, Object> answerer) {
        server.onChat(r -> {
            StringBuilder prompt = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonNode m : r.json().path("messages")) {
                prompt.append(m.path("content").asText()).append('\n');
            }
            Object value = answerer.apply(prompt.toString());
            try {
                return value instanceof String s ? s : JSON.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Usage.of(100, 20));
        return this;
    }

    /** Enqueues an error response. */
    public ModelServer error(int status) {
        server.enqueueError(status, "invalid_request_error", null, "bad request");
        return this;
    }

    /** @return the message contents of the next request the server received */
    public String prompt() {
        return server.takeRequest().json().path("messages").findValues("content").toString();
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
    public void close() {
        client.close();
        server.close();
    }
}
