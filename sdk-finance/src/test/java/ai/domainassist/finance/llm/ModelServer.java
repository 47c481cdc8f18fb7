package ai.domainassist.finance.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local OpenAI-compatible server for the model-path tests: answers each chat request with the
 * content registered for the first marker its body contains (a marker is text of the document the
 * request carries), or with a default; or fails every request with a status.
 */
public final class ModelServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private volatile String fallback = "{\"fields\": []}";
    private volatile int failWith;
    private volatile java.util.function.Function<String, String> answerer;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    public ModelServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                if (failWith > 0) {
                    return new MockResponse.Builder().code(failWith).body("{\"error\":{\"message\":\"boom\"}}").build();
                }
                String body = request.getBody() == null ? "" : request.getBody().utf8();
                if (answerer != null) {
                    return completion(answerer.apply(prompt(body)));
                }
                String content = fallback;
                for (Map.Entry<String, String> e : answers.entrySet()) {
                    if (body.contains(e.getKey())) {
                        content = e.getValue();
                        break;
                    }
                }
                return completion(content);
            }
        });
        server.start();
    }

    /** Answers requests whose body contains the marker with this content (a JSON text). */
    ModelServer answer(String marker, String content) {
        answers.put(marker, content);
        return this;
    }

    /** Answers every request with what the function makes of its prompt (the text of its messages). */
    public ModelServer answerWith(java.util.function.Function<String, String> f) {
        this.answerer = f;
        return this;
    }

    private static String prompt(String body) {
        StringBuilder sb = new StringBuilder();
        try {
            for (com.fasterxml.jackson.databind.JsonNode m : MAPPER.readTree(body).path("messages")) {
                sb.append(m.path("content").asText()).append('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    ModelServer otherwise(String content) {
        this.fallback = content;
        return this;
    }

    ModelServer failAll(int status) {
        this.failWith = status;
        return this;
    }

    int requests() {
        return requests.get();
    }

    /**
     * A client without the response cache: requests at temperature 0 are cached by default, so a second
     * question with the same prompt would get the first answer back without reaching this server.
     */
    public ModelClient uncachedClient() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.url("/v1").toString(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).cache(null).build();
    }

    public ModelClient client() {
        return ModelClient.builder().provider(Providers.openAiCompatible(server.url("/v1").toString(), null).toBuilder()
                .name("mock").defaultChatModel("mock-model").build()).retry(RetryPolicy.disabled()).build();
    }

    private static MockResponse completion(String content) {
        ObjectNode root = MAPPER.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 0).put("model", "mock-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(root.toString()).build();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
