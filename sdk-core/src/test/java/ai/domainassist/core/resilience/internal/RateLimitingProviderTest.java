package ai.domainassist.core.resilience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.resilience.RateLimitPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitingProviderTest {

    @Test
    void rejectsCallsBeyondTheLimitBeforeSendingThem() {
        ScriptedProvider provider = new ScriptedProvider("p").otherwise(r -> ScriptedProvider.response("p", "ok"));
        RateLimitingProvider limited = RateLimitingProvider.wrap(provider,
                new RateLimitPolicy(2, Duration.ofHours(1), Duration.ZERO));

        limited.chat(ChatRequest.of("1"));
        limited.chat(ChatRequest.of("2"));
        assertThatThrownBy(() -> limited.chat(ChatRequest.of("3")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.errorCode()).contains("client_rate_limit");
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThat(provider.chatCalls()).isEqualTo(2);

        RecordingHandler h = new RecordingHandler();
        limited.stream(ChatRequest.of("4"), h);
        assertThat(((StreamEvent.Failed) h.last()).error()).isInstanceOf(RateLimitedException.class);
        assertThat(provider.streamCalls()).isZero();
    }

    @Test
    void validatesThePolicy() {
        assertThatThrownBy(() -> new RateLimitPolicy(0, Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitPolicy(1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RateLimitPolicy.perMinute(60).period()).isEqualTo(Duration.ofMinutes(1));
    }
}
