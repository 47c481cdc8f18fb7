package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: each fault x {chat, stream, extract} against two real local HTTP servers
 * (a primary and a backup provider) through the whole pipeline the builder composes. Each case
 * states its documented outcome: retried and succeeded at the primary, failed over to the
 * backup, or a typed error; each ends within a bounded time and leaves no SDK or server thread
 * running. Retry waits go to a test clock, never to real sleep.
 */
class FaultMatrixTest {
    private static final String CONTENT = "{\"name\":\"ok\"}";
    private static final String CHAT_BODY = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"name\\\":\\\"ok\\\"}\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4,\"total_tokens\":13}}";
    private static final String CHUNK_1 = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"role\":\"assistant\",\"content\":\"{\\\"name\\\":\"},\"finish_reason\":null}]}\n\n";
    private static final String CHUNK_2 = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"content\":\"\\\"ok\\\"}\"},\"finish_reason\":null}]}\n\n";
    private static final String CHUNK_END = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    private static final Duration BOUND = Duration.ofSeconds(8);

    record Item(String name) {
    }

    enum Mode { CHAT, STREAM, EXTRACT }

    /** What a case must end with. */
    enum Outcome { RETRIED_AND_SUCCEEDED, FAILED_OVER, TYPED_ERROR }

    enum Fault {
        RATE_LIMITED_WITH_RETRY_AFTER(Outcome.RETRIED_AND_SUCCEEDED, null),
        SERVICE_UNAVAILABLE(Outcome.RETRIED_AND_SUCCEEDED, null),
        CONNECTION_RESET(Outcome.RETRIED_AND_SUCCEEDED, null),
        READ_TIMEOUT(Outcome.RETRIED_AND_SUCCEEDED, null),
        MALFORMED_JSON(Outcome.TYPED_ERROR, MalformedResponseException.class),
        TRUNCATED(Outcome.RETRIED_AND_SUCCEEDED, null),
        CIRCUIT_OPEN(Outcome.FAILED_OVER, null);

        final Outcome outcome;
        final Class<? extends ModelException> error;

        Fault(Outcome outcome, Class<? extends ModelException> error) {
            this.outcome = outcome;
            this.error = error;
        }

        /** A truncated stream has delivered events before it breaks: not retried, a typed error. */
        Outcome outcomeFor(Mode mode) {
            return this == TRUNCATED && mode == Mode.STREAM ? Outcome.TYPED_ERROR : outcome;
        }

        Class<? extends ModelException> errorFor(Mode mode) {
            return this == TRUNCATED && mode == Mode.STREAM ? NetworkException.class : error;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Fault f : Fault.values()) {
            for (Mode m : Mode.values()) {
                all.add(Arguments.of(f, m));
            }
        }
        return all.stream();
    }

    private static MockResponse ok(Mode mode) {
        if (mode == Mode.STREAM) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                    .body(CHUNK_1 + CHUNK_2 + CHUNK_END).build();
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(CHAT_BODY).build();
    }

    private static MockResponse fault(Fault f, Mode mode) {
        return switch (f) {
            case RATE_LIMITED_WITH_RETRY_AFTER -> new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                    .setHeader("Content-Type", "application/json")
                    .body("{\"error\":{\"message\":\"rate limit\",\"type\":\"rate_limit_error\"}}").build();
            case SERVICE_UNAVAILABLE -> new MockResponse.Builder().code(503).setHeader("Content-Type", "application/json")
                    .body("{\"error\":{\"message\":\"overloaded\"}}").build();
            case CONNECTION_RESET -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                    .build();
            case READ_TIMEOUT -> new MockResponse.Builder(ok(mode)).headersDelay(1500, TimeUnit.MILLISECONDS).build();
            case MALFORMED_JSON -> mode == Mode.STREAM
                    ? new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                            .body("data: {\"choices\":[{\"delta\":\n\ndata: [DONE]\n\n").build()
                    : new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body("{\"id\":\"c1\",\"choices\":[{\"message\":}]}").build();
            case TRUNCATED -> mode == Mode.STREAM
                    ? new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                            .body(CHUNK_1 + CHUNK_2).build()
                    : new MockResponse.Builder(ok(mode)).onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                            .build();
            case CIRCUIT_OPEN -> throw new IllegalStateException("the circuit is opened by earlier calls");
        };
    }

    private static ProviderSpec spec(MockWebServer server, String name) {
        return Providers.openAiCompatible(server.url("/v1").toString(), "k").toBuilder().name(name)
                .defaultChatModel("m").build();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("cases")
    void eachFaultHasItsDocumentedOutcome(Fault fault, Mode mode) throws Exception {
        Set<String> before = sdkThreads();
        long t0 = System.nanoTime();
        TestClock clock = new TestClock();
        try (MockWebServer primary = new MockWebServer(); MockWebServer backup = new MockWebServer()) {
            primary.start();
            backup.start();
            ModelClient client = ModelClient.builder()
                    .provider(spec(primary, "primary")).provider(spec(backup, "backup"))
                    .readTimeout(Duration.ofMillis(400))
                    .clock(clock)
                    .retry(RetryPolicy.builder().maxAttempts(2).sleeper(clock.sleeper()).build())
                    .circuitBreaker(CircuitBreakerPolicy.builder().slidingWindowSize(2).minimumCalls(2).build())
                    .build();
            try (client) {
                if (fault == Fault.CIRCUIT_OPEN) {
                    for (int i = 0; i < 4; i++) {
                        primary.enqueue(fault(Fault.SERVICE_UNAVAILABLE, Mode.CHAT));
                    }
                    backup.enqueue(ok(Mode.CHAT));
                    backup.enqueue(ok(Mode.CHAT));
                    client.chat(ChatRequest.of("warm-up 1"));
                    client.chat(ChatRequest.of("warm-up 2"));
                    backup.enqueue(ok(mode));
                } else {
                    primary.enqueue(fault(fault, mode));
                    primary.enqueue(ok(mode));
                }
                int primaryBefore = primary.getRequestCount();
                int backupBefore = backup.getRequestCount();

                Object result = run(client, mode);

                Outcome expected = fault.outcomeFor(mode);
                switch (expected) {
                    case RETRIED_AND_SUCCEEDED -> {
                        assertAnswered(result, mode, "primary");
                        assertThat(primary.getRequestCount() - primaryBefore).isEqualTo(2);
                        assertThat(backup.getRequestCount() - backupBefore).isZero();
                    }
                    case FAILED_OVER -> {
                        assertAnswered(result, mode, "backup");
                        assertThat(primary.getRequestCount() - primaryBefore).isZero();
                        assertThat(backup.getRequestCount() - backupBefore).isEqualTo(1);
                    }
                    case TYPED_ERROR -> {
                        assertThat(result).isInstanceOf(fault.errorFor(mode));
                        assertThat(primary.getRequestCount() - primaryBefore).isEqualTo(1);
                        assertThat(backup.getRequestCount() - backupBefore).isZero();
                    }
                    default -> throw new IllegalStateException();
                }
                if (fault == Fault.RATE_LIMITED_WITH_RETRY_AFTER) {
                    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
                }
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(BOUND);
        assertNoThreadLeftRunning(before);
    }

    /** @return the answer's provider and text, or the typed error */
    private static Object run(ModelClient client, Mode mode) throws Exception {
        ChatRequest ask = ChatRequest.builder().user("extract the item").build();
        try {
            switch (mode) {
                case CHAT -> {
                    ChatResponse r = client.chat(ask);
                    return List.of(r.provider(), r.content());
                }
                case EXTRACT -> {
                    var x = client.extract(ask, Item.class);
                    assertThat(x.value()).isEqualTo(new Item("ok"));
                    return List.of(x.provider(), x.rawAnswer());
                }
                case STREAM -> {
                    RecordingHandler h = new RecordingHandler();
                    var handle = client.stream(ask, h);
                    try {
                        handle.completion().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(h.terminalCount()).isEqualTo(1);
                        return e.getCause();
                    }
                    assertThat(h.terminalCount()).isEqualTo(1);
                    ChatResponse r = ((StreamEvent.Completed) h.last()).response();
                    assertThat(h.text()).isEqualTo(CONTENT);
                    return List.of(r.provider(), r.content());
                }
                default -> throw new IllegalStateException();
            }
        } catch (ModelException e) {
            return e;
        }
    }

    private static void assertAnswered(Object result, Mode mode, String provider) {
        assertThat(result).as("%s answered", provider).isEqualTo(List.of(provider, CONTENT));
    }

    /**
     * The threads a client or a server may start: the client's dispatcher and async pool
     * ({@code domainassist-*}), OkHttp call threads ({@code OkHttp http://...}) and MockWebServer's.
     * OkHttp's JVM-wide task runner is left out: it is one shared scheduler per JVM (not per
     * client), started on first use by any OkHttp client or server, whose idle threads end by
     * themselves after 60 s. Its threads take the name of the task they run ({@code OkHttp
     * ConnectionPool connection closer}, ...), so they are recognised by their stack, not by name.
     */
    private static Set<String> sdkThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && !e.getKey().getName().startsWith("OkHttp TaskRunner")
                        && !isOkHttpTaskRunner(e.getValue()))
                .map(e -> e.getKey().getName() + "#" + e.getKey().getId())
                .filter(n -> n.startsWith("domainassist-") || n.startsWith("MockWebServer") || n.startsWith("OkHttp"))
                .collect(Collectors.toSet());
    }

    private static boolean isOkHttpTaskRunner(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner")) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoThreadLeftRunning(Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Set<String> extra;
        do {
            extra = sdkThreads();
            extra.removeAll(before);
            if (extra.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertThat(extra).as("threads left running").isEmpty();
    }

}
