package ai.domainassist.core.resilience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.resilience.BulkheadPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BulkheadProviderTest {

    @Test
    void rejectsACallWhenAllSlotsAreBusyAndFreesTheSlotAfterwards() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedProvider provider = new ScriptedProvider("p").otherwise(r -> {
            inside.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedProvider.response("p", "ok");
        });
        BulkheadProvider bulkhead = BulkheadProvider.wrap(provider, new BulkheadPolicy(1, Duration.ZERO));

        CompletableFuture<ChatResponse> first = CompletableFuture.supplyAsync(() -> bulkhead.chat(ChatRequest.of("1")));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> bulkhead.chat(ChatRequest.of("2")))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.errorCode()).contains("bulkhead_full"));
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).content()).isEqualTo("ok");

        assertThat(bulkhead.chat(ChatRequest.of("3")).content()).isEqualTo("ok");
        assertThat(bulkhead.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }

    @Test
    void aStreamHoldsItsSlotUntilItsTerminalEvent() {
        StreamHandler[] captured = new StreamHandler[1];
        ScriptedProvider inner = new ScriptedProvider("p");
        var holding = new ai.domainassist.core.provider.ModelProvider() {
            @Override
            public String name() {
                return "p";
            }

            @Override
            public ai.domainassist.core.provider.ProviderCapabilities capabilities() {
                return inner.capabilities();
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return inner.chat(request);
            }

            @Override
            public StreamHandle stream(ChatRequest request, StreamHandler handler) {
                captured[0] = handler;
                return new ai.domainassist.core.internal.RelayStreamHandle(handler, null);
            }

            @Override
            public ai.domainassist.core.chat.EmbeddingResponse embed(ai.domainassist.core.chat.EmbeddingRequest request) {
                return inner.embed(request);
            }
        };
        BulkheadProvider bulkhead = BulkheadProvider.wrap(holding, new BulkheadPolicy(1, Duration.ZERO));
        bulkhead.stream(ChatRequest.of("1"), new RecordingHandler());
        assertThat(bulkhead.bulkhead().getMetrics().getAvailableConcurrentCalls()).isZero();

        RecordingHandler second = new RecordingHandler();
        bulkhead.stream(ChatRequest.of("2"), second);
        assertThat(((StreamEvent.Failed) second.last()).error()).isInstanceOf(RateLimitedException.class);

        captured[0].onEvent(new StreamEvent.Completed(ScriptedProvider.response("p", "done")));
        assertThat(bulkhead.bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }
}
