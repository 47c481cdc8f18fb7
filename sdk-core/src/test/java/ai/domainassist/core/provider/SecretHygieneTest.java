package ai.domainassist.core.provider;

import static ai.domainassist.core.testing.WireServer.json;
import static ai.domainassist.core.testing.WireServer.sse;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.LogCapture;
import ai.domainassist.core.testing.RecordingHandler;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * The API key appears in no exception message and no log line, whatever fails: each failure mode
 * of both protocols runs with every log line captured at DEBUG.
 */
class SecretHygieneTest {
    private static final String KEY = "sk-hygiene-4f1c9a0b7e2d6c3a5b8e9f0a1b2c3d4e";
    private static final String PROMPT = "患者王小明，身份证号 110101199003074514，主诉头痛三天";

    private final List<String> texts = new ArrayList<>();

    private void collect(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(t.toString());
            if (t instanceof ModelException m) {
                texts.add(m.details().toString());
            }
        }
    }

    private void expectFailure(Runnable call) {
        try {
            call.run();
            throw new AssertionError("the call should have failed");
        } catch (ModelException e) {
            collect(e);
        }
    }

    private void expectStreamFailure(ModelClient client) {
        RecordingHandler handler = new RecordingHandler();
        client.stream(ChatRequest.of(PROMPT), handler);
        StreamEvent last = handler.awaitTerminal(Duration.ofSeconds(5));
        assertThat(last).isInstanceOf(StreamEvent.Failed.class);
        collect(((StreamEvent.Failed) last).error());
    }

    @Test
    void noFailureModeLeaksTheKeyOrThePrompt() throws IOException {
        String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + " for input " + PROMPT
                + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}";
        List<String> logs;
        try (LogCapture capture = LogCapture.start(); MockWebServer server = new MockWebServer()) {
            server.start();
            ProviderSpec openAi = Providers.openAiCompatible(server.url("/v1").toString(), KEY).toBuilder()
                    .defaultChatModel("m").defaultEmbeddingModel("e").build();
            ProviderSpec anthropic = Providers.anthropic(KEY).toBuilder().baseUrl(server.url("/").toString()).build();
            try (ModelClient oa = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(openAi).build();
                 ModelClient an = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(anthropic).build()) {
                for (ModelClient client : List.of(oa, an)) {
                    server.enqueue(json(401, echo));
                    expectFailure(() -> client.chat(ChatRequest.of(PROMPT)));
                    server.enqueue(json(400, echo));
                    expectFailure(() -> client.chat(ChatRequest.of(PROMPT)));
                    server.enqueue(new MockResponse.Builder().code(502).body("<html>" + KEY + "</html>").build());
                    expectFailure(() -> client.chat(ChatRequest.of(PROMPT)));
                    server.enqueue(json(200, "{\"broken\": " + KEY));
                    expectFailure(() -> client.chat(ChatRequest.of(PROMPT)));
                    server.enqueue(json(200, ""));
                    expectFailure(() -> client.chat(ChatRequest.of(PROMPT)));
                    server.enqueue(json(429, echo));
                    expectStreamFailure(client);
                    server.enqueue(sse("data: {\"error\":{\"message\":\"" + KEY + "\",\"type\":\"server_error\"}}\n\n"
                            + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"" + KEY + "\"}}\n\n"));
                    expectStreamFailure(client);
                    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                            .body(Fixtures.wire("anthropic/stream.sse")).onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                            .build());
                    expectStreamFailure(client);
                }
                server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
                oa.chat(ChatRequest.of(PROMPT));
                server.enqueue(sse(Fixtures.wire("openai/stream.sse")));
                RecordingHandler ok = new RecordingHandler();
                oa.stream(ChatRequest.of(PROMPT), ok);
                assertThat(ok.awaitTerminal(Duration.ofSeconds(5))).isInstanceOf(StreamEvent.Completed.class);
                server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
                oa.embed(EmbeddingRequest.of(List.of(PROMPT, "b")));
                expectFailure(() -> an.embed(EmbeddingRequest.of(List.of(PROMPT))));
            }
            // The timeout case has a server of its own: under load the 100 ms deadline can pass before the request is
            // even sent, and a delayed answer left in the shared queue would then go to the next call of the test.
            try (MockWebServer slow = new MockWebServer()) {
                slow.start();
                for (ProviderSpec spec : List.of(
                        Providers.openAiCompatible(slow.url("/v1").toString(), KEY).toBuilder().defaultChatModel("m").build(),
                        Providers.anthropic(KEY).toBuilder().baseUrl(slow.url("/").toString()).build())) {
                    try (ModelClient client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder())
                            .provider(spec).build()) {
                        slow.enqueue(new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).body("{}").build());
                        expectFailure(() -> client.chat(ChatRequest.builder().user(PROMPT).timeout(Duration.ofMillis(100)).build()));
                    }
                }
            }
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            try (ModelClient refused = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.openAiCompatible(
                    "http://127.0.0.1:" + closedPort + "/v1", KEY).toBuilder().defaultChatModel("m").build()).build()) {
                expectFailure(() -> refused.chat(ChatRequest.of(PROMPT)));
                expectStreamFailure(refused);
            }
            logs = capture.lines();
        }
        assertThat(texts).hasSizeGreaterThan(20);
        assertThat(logs).isNotEmpty().anyMatch(l -> l.contains("openai-compatible POST chat/completions"));
        for (String text : texts) {
            assertThat(text).doesNotContain(KEY).doesNotContain("110101199003074514");
        }
        for (String line : logs) {
            assertThat(line).doesNotContain(KEY).doesNotContain("110101199003074514");
        }
    }
}
