package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.HostileServer;
import ai.domainassist.core.testing.RecordingHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retry budget, counted where it costs: at the server. For every fault of the matrix, a
 * server that fails every request the same way receives exactly the configured number of
 * attempts for a retryable fault, and exactly one for any other, from chat and from stream; never
 * more. Each case makes two calls, so the second may reuse the first one's pooled connection.
 * A POST to a model is not idempotent (it is billed), so nothing below the retry decorator
 * (OkHttp's own silent retry on a failed connection included) may send it again.
 */
class RetryBudgetTest {

    /** A way for the server to fail every request; whether the SDK may retry it. */
    enum Fault {
        RATE_LIMITED_WITH_RETRY_AFTER(true),
        SERVICE_UNAVAILABLE(true),
        /** OkHttp re-sends a request whose 503 says {@code Retry-After: 0} by itself, once. */
        SERVICE_UNAVAILABLE_RETRY_NOW(true),
        /** OkHttp re-sends a request answered 408 by itself, once (unless told not to). */
        REQUEST_TIMEOUT(true),
        /** 503 on a connection's first request, then the connection is closed on its next one (keep-alive reuse). */
        CONNECTION_CLOSED_AFTER_503(true),
        CONNECTION_CLOSED_WITHOUT_ANSWER(true),
        READ_TIMEOUT(true),
        BODY_CUT_OFF(true),
        /** A redirect to itself, over and over: OkHttp follows up to 20 redirects, re-sending the POST. */
        REDIRECT_LOOP(false),
        MALFORMED_JSON(false),
        BAD_REQUEST(false),
        ENDLESS_LINE(false);

        final boolean retryable;

        Fault(boolean retryable) {
            this.retryable = retryable;
        }

        void answer(HostileServer.Exchange ex, boolean stream) throws java.io.IOException {
            String sse = "text/event-stream";
            switch (this) {
                case RATE_LIMITED_WITH_RETRY_AFTER -> ex.respond(429, "application/json",
                        "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}", "Retry-After: 2");
                case SERVICE_UNAVAILABLE -> ex.respond(503, "application/json", "{\"error\":{\"message\":\"busy\"}}");
                case SERVICE_UNAVAILABLE_RETRY_NOW -> ex.respond(503, "application/json",
                        "{\"error\":{\"message\":\"busy\"}}", "Retry-After: 0");
                case REQUEST_TIMEOUT -> ex.respond(408, "application/json", "{\"error\":{\"message\":\"slow\"}}");
                case CONNECTION_CLOSED_AFTER_503 -> {
                    if (ex.onConnection() == 1) {
                        ex.respond(503, "application/json", "{\"error\":{\"message\":\"busy\"}}");
                    } else {
                        ex.close();
                    }
                }
                case CONNECTION_CLOSED_WITHOUT_ANSWER -> ex.close();
                case READ_TIMEOUT -> {
                    ex.awaitClientClose(5_000);
                    ex.close();
                }
                case BODY_CUT_OFF -> {
                    ex.startUnframedBody(stream ? sse : "application/json");
                    ex.write(stream ? "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"He"
                            : "{\"id\":\"c1\",\"choices\":[{\"message\":{\"content\":\"He");
                    ex.close();
                }
                case MALFORMED_JSON -> {
                    if (stream) {
                        ex.respond(200, sse, "data: {\"choices\":[}\n\ndata: [DONE]\n\n");
                    } else {
                        ex.respond(200, "application/json", "{\"choices\":[}");
                    }
                }
                case BAD_REQUEST -> ex.respond(400, "application/json", "{\"error\":{\"message\":\"bad\"}}");
                case REDIRECT_LOOP -> ex.respond(307, "text/plain", "moved", "Location: /v1/chat/completions");
                case ENDLESS_LINE -> {
                    ex.startUnframedBody(stream ? sse : "application/json");
                    ex.write(stream ? "data: " : "{\"id\":\"");
                    byte[] chunk = "a".repeat(16 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < 1024; i++) {
                        ex.write(chunk);
                    }
                    ex.awaitClientClose(5_000);
                    ex.close();
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Fault f : Fault.values()) {
            for (boolean stream : new boolean[] {false, true}) {
                for (int attempts : new int[] {1, 3}) {
                    all.add(Arguments.of(f, stream ? "stream" : "chat", attempts));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} x {1}, {2} attempts")
    @MethodSource("cases")
    void theServerSeesNoMoreRequestsThanTheConfiguredAttempts(Fault fault, String mode, int attempts) throws Exception {
        boolean stream = mode.equals("stream");
        TestClock clock = new TestClock();
        try (HostileServer server = new HostileServer(ex -> fault.answer(ex, stream));
             ModelClient client = ModelClient.builder()
                     .provider(Providers.openAiCompatible(server.url(), "k").toBuilder().defaultChatModel("m").build())
                     .redactor(null).cache(null).circuitBreaker(null).clock(clock)
                     .readTimeout(Duration.ofMillis(150)).maxResponseBytes(4L * 1024 * 1024)
                     .retry(RetryPolicy.builder().maxAttempts(attempts).sleeper(clock.sleeper()).build())
                     .build()) {
            // Two calls: the second may find the first one's connection in the pool (the keep-alive case).
            for (int call = 1; call <= 2; call++) {
                Throwable error;
                if (stream) {
                    RecordingHandler recorder = new RecordingHandler();
                    client.stream(ChatRequest.of("Hi"), recorder);
                    StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(10));
                    assertThat(recorder.terminalCount()).isEqualTo(1);
                    error = ((StreamEvent.Failed) last).error();
                } else {
                    error = org.assertj.core.api.Assertions.catchThrowable(() -> client.chat(ChatRequest.of("Hi")));
                }
                assertThat(error).isInstanceOf(ModelException.class);
                assertThat(((ModelException) error).isRetryable()).as("retryable: %s", error).isEqualTo(fault.retryable);
                // the server's thread may count an attempt the client already gave up on a moment later
                int expected = call * (fault.retryable ? attempts : 1);
                assertThat(server.awaitRequests(expected, Duration.ofSeconds(5))).as("requests at the server after call %d", call)
                        .isEqualTo(expected);
            }
            assertThat(server.scriptFailures()).isEmpty();
            if (fault == Fault.RATE_LIMITED_WITH_RETRY_AFTER) {
                assertThat(clock.sleeps()).hasSize(2 * (attempts - 1)).allMatch(d -> d.equals(Duration.ofSeconds(2)));
            }
        }
    }
}
