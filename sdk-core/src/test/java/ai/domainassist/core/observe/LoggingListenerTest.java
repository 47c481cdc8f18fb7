package ai.domainassist.core.observe;

import static ai.domainassist.core.testing.WireServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.LogCapture;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingListenerTest {
    private static final String KEY = "sk-logging-test-0123456789abcdef";
    private static final String PROMPT = "患者王小明主诉头痛三天";
    private final Logger log = (Logger) LoggerFactory.getLogger("ai.domainassist.test.LoggingListenerTest");
    private final LoggingListener listener = new LoggingListener(log);

    @AfterEach
    void resetLevel() {
        log.setLevel(null);
    }

    @Test
    void wantsOnlyACallsFailureAtInfoEverythingElseAtDebugAndChunksAtTrace() {
        log.setLevel(Level.INFO);
        for (ModelCallEvent.Kind t : ModelCallEvent.Kind.values()) {
            assertThat(listener.wants(t)).as(t.name()).isEqualTo(t == ModelCallEvent.Kind.CALL_FAILED);
        }
        log.setLevel(Level.DEBUG);
        for (ModelCallEvent.Kind t : ModelCallEvent.Kind.values()) {
            assertThat(listener.wants(t)).as(t.name()).isEqualTo(t != ModelCallEvent.Kind.STREAM_CHUNK);
        }
        log.setLevel(Level.TRACE);
        assertThat(listener.wants(ModelCallEvent.Kind.STREAM_CHUNK)).isTrue();
    }

    /**
     * Before: a call that failed its three attempts logged five WARN lines (three "model call
     * failed", two "model call retried"). Now: one WARN line for the call, with the error type and
     * the provider's request id, and the attempts at DEBUG.
     */
    @Test
    void aCallThatFailsAfterThreeAttemptsLogsOneWarnLineWithErrorTypeAndRequestIdAndItsAttemptsAtDebug()
            throws IOException {
        try (MockWebServer server = new MockWebServer(); LogCapture capture = LogCapture.start()) {
            server.start();
            for (int i = 1; i <= 3; i++) {
                server.enqueue(new MockResponse.Builder().code(503).addHeader("x-request-id", "req-" + i)
                        .addHeader("content-type", "application/json")
                        .body("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}").build());
            }
            try (ModelClient client = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.url("/v1").toString(), KEY))
                    .defaultModel("qwen-plus")
                    .retry(RetryPolicy.builder().maxAttempts(3).sleeper(d -> { }).build())
                    .build()) {
                assertThatThrownBy(() -> client.chat(ChatRequest.builder().user(PROMPT).task("medical.t").build()))
                        .isInstanceOf(ServerException.class);
            }
            List<String> lines = capture.lines().stream().filter(l -> l.contains("LoggingListener")).toList();
            List<String> warn = lines.stream().filter(l -> l.startsWith("WARN")).toList();
            assertThat(warn).hasSize(1);
            assertThat(warn.get(0)).contains("model call failed: ServerException").contains("request id req-3")
                    .contains("attempts 3").contains("HTTP status 503").contains("model qwen-plus")
                    .contains("task medical.t");
            assertThat(lines.stream().filter(l -> l.startsWith("DEBUG") && l.contains("model attempt failed")))
                    .hasSize(3);
            assertThat(lines.stream().filter(l -> l.startsWith("DEBUG") && l.contains("model attempt retried")))
                    .hasSize(2);
            // every WARN line of the whole SDK for this call: the one above
            assertThat(capture.lines().stream().filter(l -> l.startsWith("WARN"))).hasSize(1);
            assertThat(capture.lines()).noneMatch(l -> l.contains(KEY) || l.contains(PROMPT));
        }
    }

    @Test
    void aCallThatSucceedsOnItsSecondAttemptLogsNothingAtInfo() throws IOException {
        try (MockWebServer server = new MockWebServer(); LogCapture capture = LogCapture.start()) {
            server.start();
            server.enqueue(json(503, "{\"error\":{\"message\":\"overloaded\"}}"));
            server.enqueue(json(200, "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":"
                    + "{\"role\":\"assistant\",\"content\":\"好\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}"));
            try (ModelClient client = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.url("/v1").toString(), KEY)).defaultModel("m")
                    .retry(RetryPolicy.builder().maxAttempts(3).sleeper(d -> { }).build()).build()) {
                assertThat(client.chat(ChatRequest.of(PROMPT)).content()).isEqualTo("好");
            }
            assertThat(capture.lines()).noneMatch(l -> l.startsWith("WARN") || l.startsWith("INFO")
                    || l.startsWith("ERROR"));
            assertThat(capture.lines()).anyMatch(l -> l.startsWith("DEBUG") && l.contains("model attempt retried"));
        }
    }
}
