package ai.domainassist.finance.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.testkit.FakeOpenAiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The test kit's fake OpenAI-compatible server for the model-path tests: answers each chat request
 * with the content registered for the first marker its body contains (a marker is text of the
 * document the request carries), or with a default, or with what a function makes of the prompt;
 * or fails every request with a status.
 */
public final class ModelServer implements AutoCloseable {
    private final FakeOpenAiServer server = FakeOpenAiServer.start();
    private final Map<String, String> answers = new LinkedHashMap<>(); // guarded by itself; first marker wins
    private volatile String fallback = "{\"fields\": []}";
    private volatile boolean failing;
    private volatile Function<String, String> answerer;

    /** Starts the server on 127.0.0.1. */
    public ModelServer() {
        server.onChat(r -> {
            if (failing) {
                return null; // left to the error rule
            }
            Function<String, String> f = answerer;
            if (f != null) {
                return f.apply(prompt(r.json()));
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

    /** Answers every request with what the function makes of its prompt (the text of its messages). */
    public ModelServer answerWith(Function<String, String> f) {
        this.answerer = f;
        return this;
    }

    private static String prompt(JsonNode body) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            sb.append(m.path("content").asText()).append('\n');
        }
        return sb.toString();
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

    /**
     * A client without the response cache: requests at temperature 0 are cached by default, so a second
     * question with the same prompt would get the first answer back without reaching this server.
     */
    public ModelClient uncachedClient() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).cache(null).build();
    }

    /** @return a client of this server, with the default response cache */
    public ModelClient client() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).build();
    }

    /** A new client of this server whose audit records go to the sink (close it). */
    ModelClient client(AuditSink audit) {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.baseUrl(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).auditSink(audit).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
