package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.HostileServer;
import ai.domainassist.core.testing.RecordingHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole-call deadline ({@code callTimeout}, or a request's own {@code timeout}) bounds the
 * logical call: every retry and every failover target gets only what remains of it, and a call
 * that joined an identical one in flight (the cache's collapsing) waits no longer than its own
 * deadline, nor fails because the other call's shorter deadline passed. Real time, real server.
 */
class DeadlineTest {
    private static final String OK = Fixtures.wire("openai/chat.json");

    /** A server that holds every request without answering, until the client gives up. */
    private static HostileServer silent() throws Exception {
        return new HostileServer(ex -> {
            ex.awaitClientClose(20_000);
            ex.close();
        });
    }

    /** The first request gets a 503 after 600 ms; later ones hang until the client gives up. */
    private static HostileServer busyThenSilent() throws Exception {
        return new HostileServer(ex -> {
            if (ex.index() == 1) {
                sleep(600);
                ex.respond(503, "application/json", "{\"error\":{\"message\":\"busy\"}}");
            } else {
                ex.awaitClientClose(20_000);
                ex.close();
            }
        });
    }

    private static ModelClientBuilder client(HostileServer server, int attempts) {
        return ModelClient.builder()
                .provider(Providers.openAiCompatible(server.url(), "k").toBuilder().defaultChatModel("m").build())
                .redactor(null).cache(null).circuitBreaker(null).readTimeout(Duration.ofSeconds(30))
                .retry(RetryPolicy.builder().maxAttempts(attempts).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1)).build());
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Test
    void theClientsCallTimeoutBoundsAllAttemptsTogether() throws Exception {
        try (HostileServer server = silent();
             ModelClient client = client(server, 3).callTimeout(Duration.ofMillis(600)).build()) {
            long t0 = System.nanoTime();
            Throwable error = catchThrowable(() -> client.chat(ChatRequest.of("Hi")));
            assertThat(error).isInstanceOf(ModelTimeoutException.class);
            assertThat(since(t0)).as("3 attempts of 600 ms took 1.8 s before").isLessThan(Duration.ofMillis(1100));
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aRetryGetsOnlyWhatRemainsOfTheRequestsTimeout() throws Exception {
        try (HostileServer server = busyThenSilent(); ModelClient client = client(server, 3).build()) {
            long t0 = System.nanoTime();
            Throwable error = catchThrowable(() -> client.chat(ChatRequest.builder().user("Hi")
                    .timeout(Duration.ofMillis(900)).build()));
            assertThat(error).isInstanceOf(ModelTimeoutException.class);
            assertThat(since(t0)).as("600 ms + a fresh 900 ms before").isLessThan(Duration.ofMillis(1300));
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void aStreamRetryGetsOnlyWhatRemainsOfTheDeadline() throws Exception {
        try (HostileServer server = busyThenSilent(); ModelClient client = client(server, 3).callTimeout(Duration.ofMillis(900)).build()) {
            long t0 = System.nanoTime();
            RecordingHandler recorder = new RecordingHandler();
            client.stream(ChatRequest.of("Hi"), recorder);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(5));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(ModelTimeoutException.class);
            assertThat(since(t0)).as("600 ms + a fresh 900 ms before").isLessThan(Duration.ofMillis(1300));
        }
    }

    @Test
    void aFailoverTargetGetsOnlyWhatRemainsOfTheDeadline() throws Exception {
        try (HostileServer primary = busyThenSilent(); HostileServer backup = silent();
             ModelClient client = ModelClient.builder()
                     .provider(Providers.openAiCompatible(primary.url(), "k").toBuilder().name("primary")
                             .defaultChatModel("m").build())
                     .provider(Providers.openAiCompatible(backup.url(), "k").toBuilder().name("backup")
                             .defaultChatModel("m").build())
                     .redactor(null).cache(null).circuitBreaker(null).retry(null)
                     .callTimeout(Duration.ofMillis(900)).build()) {
            long t0 = System.nanoTime();
            Throwable error = catchThrowable(() -> client.chat(ChatRequest.of("Hi")));
            assertThat(error).isInstanceOf(ModelTimeoutException.class);
            assertThat(since(t0)).as("600 ms + a fresh 900 ms before").isLessThan(Duration.ofMillis(1300));
            assertThat(backup.requests()).isEqualTo(1);
        }
    }

    /** Identical cacheable requests collapse into one provider call; each caller keeps its own deadline. */
    private static ModelClient cached(HostileServer server) {
        return ModelClient.builder()
                .provider(Providers.openAiCompatible(server.url(), "k").toBuilder().defaultChatModel("m").build())
                .redactor(null).circuitBreaker(null).retry(null).callTimeout(Duration.ofSeconds(10)).build();
    }

    private static ChatRequest same(Duration timeout) {
        return ChatRequest.builder().user("the same question").temperature(0.0).timeout(timeout).build();
    }

    /** Answers at once, except the first request for {@link #same}: after {@code millis}. */
    private static HostileServer slowOnce(long millis) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        return new HostileServer(ex -> {
            if (ex.body().contains("the same question") && first.getAndSet(false)) {
                sleep(millis);
            }
            ex.respond(200, "application/json", OK);
        });
    }

    /** A first call on the connection, so that the timed calls do not include starting up. */
    private static void warmUp(ModelClient client) {
        client.chat(ChatRequest.of("warm up"));
    }

    @Test
    void aCollapsedCallerWaitsNoLongerThanItsOwnDeadline() throws Exception {
        try (HostileServer server = slowOnce(3000); ModelClient client = cached(server)) {
            warmUp(client);
            CompletableFuture<ChatResponse> leader = client.chatAsync(same(null));
            awaitRequests(server, 2);
            long t0 = System.nanoTime();
            Throwable error = catchThrowable(() -> client.chat(same(Duration.ofMillis(500))));
            assertThat(error).isInstanceOf(ModelTimeoutException.class);
            assertThat(since(t0)).as("waited for the leader's 3 s before").isLessThan(Duration.ofMillis(2000));
            assertThat(leader.get(5, TimeUnit.SECONDS).content()).isEqualTo("Hello! How can I assist you today?");
            assertThat(server.requests()).isEqualTo(2);
            assertThat(client.cacheStats().orElseThrow().collapsed()).isEqualTo(1);
        }
    }

    @Test
    void aLeadersShorterDeadlineDoesNotFailTheCallersThatJoinedIt() throws Exception {
        // the leader's request is answered after 4 s (its caller gives up at 1.5 s); later ones at once
        try (HostileServer server = slowOnce(4000); ModelClient client = cached(server)) {
            warmUp(client);
            CompletableFuture<ChatResponse> leader = client.chatAsync(same(Duration.ofMillis(1500)));
            awaitRequests(server, 2);
            ChatResponse follower = client.chat(same(null));
            assertThat(follower.content()).isEqualTo("Hello! How can I assist you today?");
            assertThat(catchThrowable(() -> leader.get(5, TimeUnit.SECONDS))).hasCauseInstanceOf(ModelTimeoutException.class);
            assertThat(server.requests()).isEqualTo(3);
            assertThat(client.cacheStats().orElseThrow().collapsed()).isEqualTo(1);
        }
    }

    private static void awaitRequests(HostileServer server, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.requests() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.requests()).isEqualTo(n);
        Thread.sleep(50); // the caller that sent it is now the one in flight
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
