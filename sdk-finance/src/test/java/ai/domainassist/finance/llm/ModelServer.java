package ai.domainassist.finance.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.testkit.FakeOpenAiServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test kit's fake OpenAI-compatible server for the model-path tests: answers each chat request
 * with the content registered for the first marker its body contains (a marker is text of the
 * document the request carries), or with a default; or fails every request with a status.
 */
final class ModelServer implements AutoCloseable {
    private final FakeOpenAiServer server = FakeOpenAiServer.start();
    private final Map<String, String> answers = new LinkedHashMap<>(); // guarded by itself; first marker wins
    private volatile String fallback = "{\"fields\": []}";
    private volatile boolean failing;

    ModelServer() {
        server.onChat(r -> {
            if (failing) {
                return null; // left to the error rule
            }
            synchronized (answers) {
                return answers.entrySet().stream().filter(e -> r.body().contains(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(fallback);
            }
        }, Usage.of(100, 20));
    }

    /** Answers requests whose body contains the marker with this content (a JSON text). */
    ModelServer answer(String marker, String content) {
        synchronized (answers) {
            answers.put(marker, content);
        }
        return this;
    }

    ModelServer otherwise(String content) {
        this.fallback = content;
        return this;
    }

    ModelServer failAll(int status) {
        this.failing = true;
        server.onError(r -> true, status, "server_error", "boom");
        return this;
    }

    int requests() {
        return server.requestCount();
    }

    ModelClient client() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
