package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
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

    /** Enqueues a chat answer whose content is the given value as JSON. */
    public ModelServer answer(Object value) throws IOException {
        server.enqueueChat(value instanceof String s ? s : JSON.writeValueAsString(value), Usage.of(100, 20));
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
