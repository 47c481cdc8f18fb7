package ai.domainassist.core.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.cache.CacheStats;
import ai.domainassist.core.cache.internal.RequestFingerprint;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingProviderTest {
    private final TestClock clock = new TestClock();
    private final AtomicInteger answers = new AtomicInteger();
    private final ScriptedProvider provider = new ScriptedProvider("p")
            .otherwise(r -> ScriptedProvider.response("p", "answer " + answers.incrementAndGet()));
    private final CachingProvider cache = CachingProvider.wrap(provider,
            CachePolicy.defaults().withResponses(2, Duration.ofMinutes(10)).withClock(clock));

    private static ChatRequest zeroTemperature(String text) {
        return ChatRequest.builder().user(text).temperature(0.0).build();
    }

    @Test
    void answersARepeatedDeterministicRequestFromTheCache() {
        assertThat(cache.chat(zeroTemperature("q")).content()).isEqualTo("answer 1");
        assertThat(cache.chat(zeroTemperature("q")).content()).isEqualTo("answer 1");
        assertThat(provider.chatCalls()).isEqualTo(1);
        assertThat(cache.responseStats()).isEqualTo(new CacheStats(1, 1, 0, 0, 1));
        assertThat(cache.responseStats().hitRate()).isEqualTo(0.5);
    }

    @Test
    void onlyCachesRequestsMarkedCacheableOrAtTemperatureZero() {
        ChatRequest warm = ChatRequest.builder().user("q").temperature(0.7).build();
        cache.chat(warm);
        cache.chat(warm);
        assertThat(provider.chatCalls()).isEqualTo(2);

        ChatRequest marked = warm.toBuilder().cacheable(true).build();
        cache.chat(marked);
        cache.chat(marked);
        assertThat(provider.chatCalls()).isEqualTo(3);
    }

    @Test
    void entriesExpireAndTheSizeIsBounded() {
        cache.chat(zeroTemperature("a"));
        clock.advance(Duration.ofMinutes(11));
        cache.chat(zeroTemperature("a"));
        assertThat(provider.chatCalls()).isEqualTo(2);

        for (int i = 0; i < 10; i++) {
            cache.chat(zeroTemperature("fill " + i));
        }
        cache.responseStats(); // read
        assertThat(cache.responseStats().size()).isLessThanOrEqualTo(2);
        assertThat(cache.responseStats().evictions()).isGreaterThan(0);
    }

    @Test
    void theKeyCoversWhatChangesTheAnswerAndNothingElse() {
        ChatRequest base = ChatRequest.builder().model("m").system("s").user("u").temperature(0.0).build();
        String k = RequestFingerprint.of(base);
        assertThat(k).matches("[0-9a-f]{64}");
        assertThat(RequestFingerprint.of(base.toBuilder().task("t").endUserId("u-1").timeout(Duration.ofSeconds(5))
                .cacheable(true).build())).isEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().model("m2").build())).isNotEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().maxTokens(10).build())).isNotEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().seed(1L).build())).isNotEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().user("more").build())).isNotEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().extraParameter("enable_thinking", false).build())).isNotEqualTo(k);
        assertThat(RequestFingerprint.of(base.toBuilder().responseFormat(
                ai.domainassist.core.chat.ResponseFormat.JSON_OBJECT).build())).isNotEqualTo(k);
    }

    @Test
    void concurrentIdenticalRequestsCollapseIntoOneProviderCall() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedProvider slow = new ScriptedProvider("slow").otherwise(r -> {
            entered.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedProvider.response("slow", "once");
        });
        CachingProvider c = CachingProvider.wrap(slow, CachePolicy.defaults());
        List<CompletableFuture<ChatResponse>> calls = new ArrayList<>();
        calls.add(CompletableFuture.supplyAsync(() -> c.chat(zeroTemperature("same"))));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 3; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> c.chat(zeroTemperature("same"))));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (c.responseStats().collapsed() < 3 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (CompletableFuture<ChatResponse> f : calls) {
            assertThat(f.get(5, TimeUnit.SECONDS).content()).isEqualTo("once");
        }
        assertThat(slow.chatCalls()).isEqualTo(1);
        assertThat(c.responseStats().collapsed()).isEqualTo(3);
    }

    @Test
    void errorsAreNotCached() {
        ScriptedProvider flaky = new ScriptedProvider("f")
                .thenFail(new ServerException("503", ErrorDetails.of("f", null))).thenAnswer("fine");
        CachingProvider c = CachingProvider.wrap(flaky, CachePolicy.defaults());
        assertThatThrownBy(() -> c.chat(zeroTemperature("q"))).isInstanceOf(ServerException.class);
        assertThat(c.chat(zeroTemperature("q")).content()).isEqualTo("fine");
        assertThat(c.chat(zeroTemperature("q")).content()).isEqualTo("fine");
        assertThat(flaky.chatCalls()).isEqualTo(2);
    }

    @Test
    void aCompletedStreamIsStoredAndReplayedAsEvents() {
        ChatResponse done = provider.answer("streamed");
        provider.thenStream(new StreamEvent.TextDelta("stream"), new StreamEvent.TextDelta("ed"),
                new StreamEvent.Completed(done));
        cache.stream(zeroTemperature("s"), new RecordingHandler());

        RecordingHandler replay = new RecordingHandler();
        var handle = cache.stream(zeroTemperature("s"), replay);

        assertThat(provider.streamCalls()).isEqualTo(1);
        assertThat(replay.text()).isEqualTo("streamed");
        assertThat(replay.last()).isEqualTo(new StreamEvent.Completed(done));
        assertThat(handle.completion()).isCompletedWithValue(done);
        assertThat(cache.chat(zeroTemperature("s"))).isEqualTo(done);
    }

    @Test
    void embeddingsAreCachedPerInputAndOnlyUnknownInputsAreSent() {
        var first = cache.embed(EmbeddingRequest.of("e", List.of("甲", "乙")));
        var second = cache.embed(EmbeddingRequest.of("e", List.of("乙", "丙", "甲")));

        assertThat(provider.embedRequests()).hasSize(2);
        assertThat(provider.embedRequests().get(1).inputs()).containsExactly("丙");
        assertThat(second.vector(0)).isEqualTo(first.vector(1));
        assertThat(second.vector(2)).isEqualTo(first.vector(0));
        assertThat(cache.embeddingStats().hits()).isEqualTo(2);
        assertThat(cache.embeddingStats().misses()).isEqualTo(3);

        cache.embed(EmbeddingRequest.of("e", List.of("甲")));
        assertThat(provider.embedRequests()).hasSize(2);
    }

    @Test
    void anInputAnotherCallIsEmbeddingIsWaitedForNotSentTwice() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedProvider scripted = new ScriptedProvider("e");
        ai.domainassist.core.provider.ModelProvider slow = new ai.domainassist.core.provider.ModelProvider() {
            @Override
            public String name() {
                return scripted.name();
            }

            @Override
            public ai.domainassist.core.provider.ProviderCapabilities capabilities() {
                return scripted.capabilities();
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return scripted.chat(request);
            }

            @Override
            public ai.domainassist.core.chat.StreamHandle stream(ChatRequest request,
                                                                 ai.domainassist.core.chat.StreamHandler handler) {
                return scripted.stream(request, handler);
            }

            @Override
            public ai.domainassist.core.chat.EmbeddingResponse embed(EmbeddingRequest request) {
                if (request.inputs().contains("甲")) {
                    entered.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return scripted.embed(request);
            }

            @Override
            public void close() {
                scripted.close();
            }
        };
        CachingProvider c = CachingProvider.wrap(slow, CachePolicy.defaults());
        var first = CompletableFuture.supplyAsync(() -> c.embed(EmbeddingRequest.of("e", List.of("甲", "乙"))));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> c.embed(EmbeddingRequest.of("e", List.of("乙", "丙"))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scripted.embedRequests().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // the second call sends 丙 (the first one's request is recorded when released)
        }
        assertThat(scripted.embedRequests()).extracting(EmbeddingRequest::inputs).containsExactly(List.of("丙"));
        assertThat(second).as("waits for 乙, which the first call is embedding").isNotDone();
        release.countDown();

        assertThat(second.get(5, TimeUnit.SECONDS).vector(0)).isEqualTo(first.get(5, TimeUnit.SECONDS).vector(1));
        assertThat(scripted.embedRequests()).extracting(EmbeddingRequest::inputs)
                .containsExactly(List.of("丙"), List.of("甲", "乙"));
    }

    @Test
    void aFailedEmbeddingIsNotCachedAndKeepsItsType() {
        provider.thenFailEmbed(new ServerException("503", ErrorDetails.of("p", null)));
        assertThatThrownBy(() -> cache.embed(EmbeddingRequest.of("e", List.of("甲")))).isInstanceOf(ServerException.class);
        assertThat(cache.embed(EmbeddingRequest.of("e", List.of("甲"))).size()).isEqualTo(1);
        assertThat(provider.embedRequests()).hasSize(2);
    }
}
