package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.HostileServer;
import ai.domainassist.core.testing.RecordingHandler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a stream while it waits to be retried (here a 10 s {@code Retry-After}, really
 * slept) ends it at once: one {@code Failed(CancelledException)} within 100 ms of
 * {@code cancel()}, and no further attempt reaches the server.
 */
class CancelDuringRetryWaitTest {

    @Test
    void cancelDuringTheRetryWaitEndsTheStreamWithin100Ms() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        try (HostileServer server = new HostileServer(ex -> ex.respond(429, "application/json",
                "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}", "Retry-After: 10"));
             ModelClient client = ModelClient.builder()
                     .provider(Providers.openAiCompatible(server.url(), "k").toBuilder().defaultChatModel("m").build())
                     .redactor(null).cache(null).circuitBreaker(null)
                     .retry(RetryPolicy.builder().maxAttempts(3)
                             .listener((provider, attempt, error, delay) -> waiting.countDown()).build())
                     .build()) {
            RecordingHandler recorder = new RecordingHandler();
            StreamHandle handle = client.stream(ChatRequest.of("Hi"), recorder);
            assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the retry wait began").isTrue();
            Thread.sleep(100); // well inside the 10 s wait

            long cancelledAt = System.nanoTime();
            handle.cancel();
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(12));

            assertThat(Duration.ofNanos(recorder.terminalNanos() - cancelledAt)).isLessThan(Duration.ofMillis(100));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(CancelledException.class);
            assertThat(handle.completion()).isCompletedExceptionally();
            Thread.sleep(200);
            assertThat(recorder.terminalCount()).isEqualTo(1);
            assertThat(server.requests()).as("no attempt after the cancelled wait").isEqualTo(1);
        }
    }
}
