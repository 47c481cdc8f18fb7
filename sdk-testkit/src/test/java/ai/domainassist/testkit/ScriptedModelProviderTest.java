package ai.domainassist.testkit;

import static ai.domainassist.testkit.ChatRequestMatchers.userTextContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptedModelProviderTest {
    private final ScriptedModelProvider fake = new ScriptedModelProvider();

    @AfterEach
    void close() {
        fake.close();
    }

    /** Collects a stream's events; {@link #terminal} completes with the terminal event. */
    private static final class Collector {
        final List<StreamEvent> events = new CopyOnWriteArrayList<>();
        final Set<String> threads = new HashSet<>();
        final CompletableFuture<StreamEvent> terminal = new CompletableFuture<>();

        void on(StreamEvent e) {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            events.add(e);
            if (e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed) {
                terminal.complete(e);
            }
        }

        StreamEvent await() throws Exception {
            return terminal.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void queuedAnswersAreUsedOnceEachInOrder() {
        fake.enqueue(Answer.text("一"), Answer.text("二"));
        assertThat(fake.chat(ChatRequest.of("a")).content()).isEqualTo("一");
        assertThat(fake.remaining()).isEqualTo(1);
        assertThat(fake.chat(ChatRequest.of("b")).content()).isEqualTo("二");
        fake.verify();
        assertThat(fake.requests()).extracting(r -> r.messages().get(0).text()).containsExactly("a", "b");
        assertThat(fake.lastRequest().messages().get(0).text()).isEqualTo("b");
    }

    @Test
    void rulesAnswerEveryMatchingRequestBeforeTheQueue() {
        fake.on(userTextContains("咳嗽"), Answer.text("{\"chiefComplaint\":\"咳嗽\"}"))
                .enqueue(Answer.text("queued"));
        assertThat(fake.chat(ChatRequest.of("患者咳嗽三天")).content()).contains("咳嗽");
        assertThat(fake.chat(ChatRequest.of("又咳嗽了")).content()).contains("咳嗽");
        assertThat(fake.chat(ChatRequest.of("头痛")).content()).isEqualTo("queued");
        fake.verify();
    }

    @Test
    void aComputedAnswerSeesTheRequest() {
        fake.on(ChatRequestMatchers.any(), Answer.from(r -> Answer.text("echo " + r.messages().get(0).text())));
        assertThat(fake.chat(ChatRequest.of("你好")).content()).isEqualTo("echo 你好");
    }

    @Test
    void theResponseCarriesTheScriptedDetails() {
        ChatRequest request = ChatRequest.builder().model("deepseek-chat").user("x").build();
        fake.enqueue(Answer.text("答").withUsage(Usage.of(12, 3)).withReasoning("先想", "再答"),
                Answer.toolCall("lookup", "{\"q\":1}"),
                Answer.text("截断").withFinishReason(FinishReason.LENGTH).withModel("other"));
        ChatResponse r = fake.chat(request);
        assertThat(r.content()).isEqualTo("答");
        assertThat(r.reasoningContent()).isEqualTo("先想再答");
        assertThat(r.usage()).isEqualTo(Usage.of(12, 3));
        assertThat(r.model()).isEqualTo("deepseek-chat");
        assertThat(r.provider()).isEqualTo("scripted");
        assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
        ChatResponse tool = fake.chat(request);
        assertThat(tool.toolCalls()).containsExactly(new ToolCall("call_0", "lookup", "{\"q\":1}"));
        assertThat(tool.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(tool.content()).isEmpty();
        ChatResponse cut = fake.chat(request);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.model()).isEqualTo("other");
    }

    @Test
    void aResponseCanBeReplayedExactly() {
        ChatResponse original = new ChatResponse("id", "m", "p", "内容", "推理", List.of(), FinishReason.STOP,
                Usage.of(1, 2), Duration.ofMillis(5), "req");
        fake.enqueue(Answer.response(original));
        ChatResponse r = fake.chat(ChatRequest.of("x"));
        assertThat(r.content()).isEqualTo("内容");
        assertThat(r.reasoningContent()).isEqualTo("推理");
        assertThat(r.usage()).isEqualTo(Usage.of(1, 2));
        assertThat(r.model()).isEqualTo("m");
    }

    @Test
    void aScriptedFailureIsThrownAsItIs() {
        RateLimitedException limited = new RateLimitedException("slow down", ErrorDetails.of("fake", "m"),
                Duration.ofSeconds(2), null);
        fake.enqueue(Answer.failure(limited), Answer.text("ok"));
        assertThatThrownBy(() -> fake.chat(ChatRequest.of("x"))).isSameAs(limited);
        assertThat(fake.chat(ChatRequest.of("x")).content()).isEqualTo("ok");
    }

    @Test
    void aRequestWithoutAnswerFailsTypedAndVerifySaysSo() {
        assertThatThrownBy(() -> fake.chat(ChatRequest.of("x")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no answer for request #1")
                .satisfies(e -> assertThat(((ModelException) e).isRetryable()).isFalse());
        assertThat(fake.unexpectedRequests()).hasSize(1);
        assertThatThrownBy(fake::verify).isInstanceOf(AssertionError.class).hasMessageContaining("no scripted answer");
    }

    @Test
    void verifyReportsUnusedAnswers() {
        fake.enqueue(Answer.text("never asked"));
        assertThatThrownBy(fake::verify).isInstanceOf(AssertionError.class).hasMessageContaining("1 queued answer");
    }

    @Test
    void aStreamDeliversDeltasUsageAndCompletionInOrderFromAnotherThread() throws Exception {
        fake.enqueue(Answer.stream("急性", "支气管", "炎").withReasoning("想").withUsage(Usage.of(20, 5)));
        Collector c = new Collector();
        StreamHandle h = fake.stream(ChatRequest.of("诊断？"), c::on);
        StreamEvent end = c.await();
        assertThat(c.events).containsExactly(new StreamEvent.ReasoningDelta("想"), new StreamEvent.TextDelta("急性"),
                new StreamEvent.TextDelta("支气管"), new StreamEvent.TextDelta("炎"),
                new StreamEvent.UsageUpdate(Usage.of(20, 5)), end);
        assertThat(((StreamEvent.Completed) end).response().content()).isEqualTo("急性支气管炎");
        assertThat(h.completion().get(5, TimeUnit.SECONDS).content()).isEqualTo("急性支气管炎");
        assertThat(c.threads).hasSize(1).noneMatch(t -> t.equals(Thread.currentThread().getName()));
    }

    @Test
    void aStreamedToolCallComesAsIdAndNameThenArguments() throws Exception {
        fake.enqueue(Answer.toolCall("lookup", "{\"q\":1}"));
        Collector c = new Collector();
        fake.stream(ChatRequest.of("x"), c::on);
        c.await();
        assertThat(c.events.subList(0, 2)).containsExactly(new StreamEvent.ToolCallDelta(0, "call_0", "lookup", ""),
                new StreamEvent.ToolCallDelta(0, null, null, "{\"q\":1}"));
    }

    @Test
    void aStreamCanBreakMidway() throws Exception {
        NetworkException reset = new NetworkException("connection reset", ErrorDetails.UNKNOWN);
        fake.enqueue(Answer.stream("一", "二", "三").failingAfter(2, reset));
        Collector c = new Collector();
        StreamHandle h = fake.stream(ChatRequest.of("x"), c::on);
        assertThat(c.await()).isEqualTo(new StreamEvent.Failed(reset));
        assertThat(c.events).hasSize(3).startsWith(new StreamEvent.TextDelta("一"), new StreamEvent.TextDelta("二"));
        assertThatThrownBy(() -> h.completion().get(5, TimeUnit.SECONDS)).cause().isSameAs(reset);
    }

    @Test
    void aPausedStreamCanBeCancelledAndEndsWithOneFailedEvent() throws Exception {
        CountDownLatch resume = new CountDownLatch(1);
        fake.enqueue(Answer.stream("一", "二", "三").pausingAfter(1, resume));
        Collector c = new Collector();
        CountDownLatch firstDelta = new CountDownLatch(1);
        StreamHandle h = fake.stream(ChatRequest.of("x"), e -> {
            c.on(e);
            firstDelta.countDown();
        });
        assertThat(firstDelta.await(5, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        h.cancel();
        StreamEvent end = c.await();
        assertThat(end).isInstanceOf(StreamEvent.Failed.class);
        assertThat(((StreamEvent.Failed) end).error()).isInstanceOf(CancelledException.class)
                .hasMessageContaining("cancelled");
        assertThat(c.events).containsExactly(new StreamEvent.TextDelta("一"), end);
        assertThat(h.isCancelled()).isTrue();
        assertThatThrownBy(() -> h.completion().get(5, TimeUnit.SECONDS)).hasMessageContaining("cancelled");
    }

    @Test
    void aPausedStreamGoesOnWhenReleased() throws Exception {
        CountDownLatch resume = new CountDownLatch(1);
        fake.enqueue(Answer.stream("一", "二").pausingAfter(1, resume));
        Collector c = new Collector();
        fake.stream(ChatRequest.of("x"), c::on);
        resume.countDown();
        assertThat(c.await()).isInstanceOf(StreamEvent.Completed.class);
        assertThat(c.events).hasSize(3);
    }

    @Test
    void aHandlerThatThrowsCancelsTheStream() throws Exception {
        fake.enqueue(Answer.stream("一", "二"));
        Collector c = new Collector();
        StreamHandle h = fake.stream(ChatRequest.of("x"), e -> {
            c.on(e);
            if (e instanceof StreamEvent.TextDelta) {
                throw new IllegalStateException("handler bug");
            }
        });
        StreamEvent end = c.await();
        assertThat(((StreamEvent.Failed) end).error()).isInstanceOf(CancelledException.class)
                .hasMessageContaining("IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(c.events).hasSize(2);
        assertThat(h.isCancelled()).isTrue();
    }

    @Test
    void aStreamWithoutAnswerFailsThroughTheHandlerNotByThrowing() throws Exception {
        Collector c = new Collector();
        StreamHandle h = fake.stream(ChatRequest.of("x"), c::on);
        assertThat(((StreamEvent.Failed) c.await()).error()).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> h.completion().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidRequestException.class);
        assertThat(fake.unexpectedRequests()).hasSize(1);
    }

    @Test
    void embeddingsComeFromTheQueueThenTheEmbedder() {
        fake.enqueueEmbedding(List.of(new float[] {1, 0}, new float[] {0, 1}))
                .embedWith(text -> new float[] {text.length(), 0});
        EmbeddingResponse first = fake.embed(EmbeddingRequest.of(List.of("咳嗽", "发热")));
        assertThat(first.vector(1)).containsExactly(0, 1);
        assertThat(first.provider()).isEqualTo("scripted");
        EmbeddingResponse second = fake.embed(EmbeddingRequest.of("bge-m3", List.of("急性支气管炎")));
        assertThat(second.vector(0)).containsExactly(6, 0);
        assertThat(second.model()).isEqualTo("bge-m3");
        assertThat(fake.embeddingRequests()).hasSize(2);
        fake.verify();
    }

    @Test
    void embeddingFailuresAndGapsAreTyped() {
        ModelException down = new ModelException("down", ErrorDetails.UNKNOWN);
        fake.enqueueEmbeddingFailure(down);
        assertThatThrownBy(() -> fake.embed(EmbeddingRequest.of(List.of("x")))).isSameAs(down);
        assertThatThrownBy(() -> fake.embed(EmbeddingRequest.of(List.of("x")))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(fake::verify).hasMessageContaining("1 embedding request(s) had no scripted answer");
        fake.enqueueEmbedding(List.of(new float[] {1}));
        assertThatThrownBy(() -> fake.embed(EmbeddingRequest.of(List.of("a", "b"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 vector(s) for 2 input(s)");
    }

    @Test
    void manyThreadsGetEachQueuedAnswerExactlyOnce() throws Exception {
        int n = 400;
        for (int i = 0; i < n; i++) {
            fake.enqueue(Answer.text("answer-" + i));
        }
        fake.on(userTextContains("rule"), Answer.text("by rule"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n * 2; i++) {
                String text = i % 2 == 0 ? "queue " + i : "rule " + i;
                futures.add(pool.submit(() -> fake.chat(ChatRequest.of(text)).content()));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> f : futures) {
                answers.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(answers.stream().filter(a -> a.equals("by rule"))).hasSize(n);
            assertThat(answers.stream().filter(a -> a.startsWith("answer-")).distinct()).hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fake.requestCount()).isEqualTo(2 * n);
        fake.verify();
    }

    @Test
    void aClosedProviderRefusesCalls() {
        fake.enqueue(Answer.text("x"));
        fake.close();
        assertThatThrownBy(() -> fake.chat(ChatRequest.of("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fake.stream(ChatRequest.of("x"), e -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fake.embed(EmbeddingRequest.of(List.of("x")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void answersValidateTheirArguments() {
        assertThatThrownBy(() -> Answer.stream("a", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answer.toolCalls(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answer.text("a").failingAfter(-1, new ModelException("x", ErrorDetails.UNKNOWN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Answer.stream("a", "b").failingAfter(1, new ModelException("x", ErrorDetails.UNKNOWN)))
                .hasToString("Answer[2 text chunk(s), failure ModelException after 1]");
    }

    @Test
    void aComputedAnswerThatReturnsNullIsAnError() {
        fake.enqueue(Answer.from(r -> null));
        assertThatThrownBy(() -> fake.chat(ChatRequest.of("x"))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Answer.from");
    }

    @Test
    void failuresOfStreamsComeOutOfCompletionToo() {
        fake.enqueue(Answer.failure(new ModelException("bad", ErrorDetails.UNKNOWN)));
        StreamHandle h = fake.stream(ChatRequest.of("x"), e -> { });
        assertThatThrownBy(() -> h.completion().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("bad");
    }
}
