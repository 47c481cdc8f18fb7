package ai.domainassist.core.resilience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.AuthenticationException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingProviderTest {
    private final TestClock clock = new TestClock();
    private final ScriptedProvider provider = new ScriptedProvider("p");
    private final List<Integer> retried = new ArrayList<>();

    private RetryingProvider retrying(RetryPolicy.Builder b) {
        return RetryingProvider.wrap(provider, b.clock(clock).sleeper(clock.sleeper()).random(() -> 0.5)
                .listener((p, attempt, e, d) -> retried.add(attempt)).build());
    }

    private static ServerException server503() {
        return new ServerException("overloaded", ErrorDetails.of("p", "m").withResponse(503, null, null));
    }

    private static RateLimitedException rateLimited(Duration after) {
        return new RateLimitedException("slow down", ErrorDetails.of("p", "m").withResponse(429, null, null), after, null);
    }

    @Test
    void retriesRetryableErrorsWithFullJitterAndSucceeds() {
        provider.thenFail(server503()).thenFail(new NetworkException("reset", ErrorDetails.of("p", "m"))).thenAnswer("ok");
        RetryingProvider r = retrying(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofSeconds(1)));

        ChatResponse answer = r.chat(ChatRequest.of("hi"));

        assertThat(answer.content()).isEqualTo("ok");
        assertThat(provider.chatCalls()).isEqualTo(3);
        // random 0.5: half of the cap, the cap doubling from 1 s
        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(retried).containsExactly(1, 2);
    }

    @Test
    void jitterIsDrawnBetweenZeroAndTheCap() {
        RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3))
                .random(() -> 0.999).build();
        assertThat(p.backoff(1)).isLessThan(Duration.ofSeconds(1)).isGreaterThan(Duration.ofMillis(990));
        assertThat(p.backoff(5)).isLessThanOrEqualTo(Duration.ofSeconds(3)).isGreaterThan(Duration.ofMillis(2990));
        RetryPolicy zero = p.toBuilder().random(() -> 0.0).build();
        assertThat(zero.backoff(3)).isEqualTo(Duration.ZERO);
    }

    @Test
    void honoursRetryAfterFromTheProvider() {
        provider.thenFail(rateLimited(Duration.ofSeconds(7))).thenAnswer("ok");
        RetryingProvider r = retrying(RetryPolicy.builder());

        assertThat(r.chat(ChatRequest.of("hi")).content()).isEqualTo("ok");
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnce() {
        RateLimitedException tooLong = rateLimited(Duration.ofMinutes(10));
        provider.thenFail(tooLong);
        RetryingProvider r = retrying(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(60)));

        assertThatThrownBy(() -> r.chat(ChatRequest.of("hi"))).isSameAs(tooLong);
        assertThat(provider.chatCalls()).isEqualTo(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void neverRetriesTheCallersErrors() {
        for (ModelException e : List.of(
                new InvalidRequestException("bad", ErrorDetails.of("p", "m").withResponse(400, null, null)),
                new AuthenticationException("key", ErrorDetails.of("p", "m").withResponse(401, null, null)))) {
            ScriptedProvider p = new ScriptedProvider("p").thenFail(e);
            RetryingProvider r = RetryingProvider.wrap(p, RetryPolicy.builder().sleeper(clock.sleeper()).build());
            assertThatThrownBy(() -> r.chat(ChatRequest.of("hi"))).isSameAs(e);
            assertThat(p.chatCalls()).isEqualTo(1);
        }
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
        ServerException last = server503();
        provider.thenFail(server503()).thenFail(server503()).thenFail(last);
        RetryingProvider r = retrying(RetryPolicy.builder().maxAttempts(3));

        assertThatThrownBy(() -> r.chat(ChatRequest.of("hi"))).isSameAs(last);
        assertThat(provider.chatCalls()).isEqualTo(3);
        assertThat(r.retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
    }

    @Test
    void stopsWhenTheNextWaitWouldPassTheTotalTime() {
        provider.thenFail(rateLimited(Duration.ofSeconds(40))).thenFail(rateLimited(Duration.ofSeconds(40))).thenAnswer("late");
        RetryingProvider r = retrying(RetryPolicy.builder().maxAttempts(5).maxTotalTime(Duration.ofSeconds(60)));

        assertThatThrownBy(() -> r.chat(ChatRequest.of("hi"))).isInstanceOf(RateLimitedException.class);
        assertThat(provider.chatCalls()).isEqualTo(2);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void theRequestTimeoutBoundsTheTotalTimeToo() {
        provider.thenFail(rateLimited(Duration.ofSeconds(5))).thenAnswer("ok");
        RetryingProvider r = retrying(RetryPolicy.builder());
        ChatRequest quick = ChatRequest.builder().user("hi").timeout(Duration.ofSeconds(3)).build();

        assertThatThrownBy(() -> r.chat(quick)).isInstanceOf(RateLimitedException.class);
        assertThat(provider.chatCalls()).isEqualTo(1);
    }

    @Test
    void disabledPolicyMakesOneAttempt() {
        provider.thenFail(server503());
        RetryingProvider r = RetryingProvider.wrap(provider, RetryPolicy.disabled());
        assertThatThrownBy(() -> r.chat(ChatRequest.of("hi"))).isInstanceOf(ServerException.class);
        assertThat(provider.chatCalls()).isEqualTo(1);
    }

    @Test
    void retriesAStreamThatFailedBeforeItsFirstEvent() throws Exception {
        ChatResponse done = provider.answer("hello");
        provider.thenStream(new StreamEvent.Failed(server503()))
                .thenStream(new StreamEvent.TextDelta("hello"), new StreamEvent.Completed(done));
        RecordingHandler h = new RecordingHandler();

        var handle = retrying(RetryPolicy.builder()).stream(ChatRequest.of("hi"), h);
        handle.completion().get(5, java.util.concurrent.TimeUnit.SECONDS); // the retry runs on a thread of its own

        assertThat(provider.streamCalls()).isEqualTo(2);
        assertThat(h.events()).containsExactly(new StreamEvent.TextDelta("hello"), new StreamEvent.Completed(done));
        assertThat(handle.completion()).isCompletedWithValue(done);
    }

    @Test
    void neverRetriesAStreamAfterItsFirstEventWasDelivered() {
        ServerException cut = server503();
        provider.thenStream(new StreamEvent.TextDelta("hel"), new StreamEvent.Failed(cut));
        RecordingHandler h = new RecordingHandler();

        var handle = retrying(RetryPolicy.builder()).stream(ChatRequest.of("hi"), h);

        assertThat(provider.streamCalls()).isEqualTo(1);
        assertThat(h.events()).containsExactly(new StreamEvent.TextDelta("hel"), new StreamEvent.Failed(cut));
        assertThat(handle.completion()).isCompletedExceptionally();
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void validatesSettingsEagerly() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
    }
}
