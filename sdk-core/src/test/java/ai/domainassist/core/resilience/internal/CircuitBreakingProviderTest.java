package ai.domainassist.core.resilience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.CircuitOpenException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakingProviderTest {
    private final TestClock clock = new TestClock();
    private final ScriptedProvider provider = new ScriptedProvider("p");
    private final CircuitBreakingProvider breaker = CircuitBreakingProvider.wrap(provider, CircuitBreakerPolicy.builder()
            .slidingWindowSize(4).minimumCalls(4).failureRateThreshold(50).openDuration(Duration.ofSeconds(30))
            .halfOpenCalls(1).clock(clock).build());

    private static ServerException server() {
        return new ServerException("down", ErrorDetails.of("p", "m").withResponse(503, null, null));
    }

    @Test
    void opensAfterRepeatedFailuresAndFailsFastWithoutCallingTheProvider() {
        provider.thenFail(server()).thenFail(server()).thenFail(server()).thenAnswer("ok");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> breaker.chat(ChatRequest.of("x"))).isInstanceOf(ServerException.class);
        }
        breaker.chat(ChatRequest.of("x"));
        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> breaker.chat(ChatRequest.of("x")))
                .isInstanceOf(CircuitOpenException.class).hasMessageContaining("provider=p");
        assertThat(provider.chatCalls()).isEqualTo(4);
    }

    @Test
    void letsATrialCallThroughAfterTheOpenDurationAndCloses() {
        provider.thenFail(server()).thenFail(server()).thenFail(server()).thenFail(server()).thenAnswer("back");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> breaker.chat(ChatRequest.of("x"))).isInstanceOf(ServerException.class);
        }
        assertThatThrownBy(() -> breaker.chat(ChatRequest.of("x"))).isInstanceOf(CircuitOpenException.class);

        clock.advance(Duration.ofSeconds(31));

        assertThat(breaker.chat(ChatRequest.of("x")).content()).isEqualTo("back");
        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theCallersErrorsDoNotOpenTheCircuit() {
        for (int i = 0; i < 6; i++) {
            provider.thenFail(new InvalidRequestException("bad", ErrorDetails.of("p", "m")));
        }
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> breaker.chat(ChatRequest.of("x"))).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(breaker.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anOpenCircuitEndsAStreamWithCircuitOpen() {
        for (int i = 0; i < 4; i++) {
            provider.thenStream(new StreamEvent.Failed(server()));
            breaker.stream(ChatRequest.of("x"), new RecordingHandler());
        }
        RecordingHandler h = new RecordingHandler();
        var handle = breaker.stream(ChatRequest.of("x"), h);

        assertThat(h.events()).hasSize(1);
        assertThat(((StreamEvent.Failed) h.last()).error()).isInstanceOf(CircuitOpenException.class);
        assertThat(handle.completion()).isCompletedExceptionally();
        assertThat(provider.streamCalls()).isEqualTo(4);
    }
}
