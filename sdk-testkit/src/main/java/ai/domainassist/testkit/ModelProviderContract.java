package ai.domainassist.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ModelProvider} owes its callers, as JUnit 5 tests that run against any
 * implementation: a wire adapter, a pipeline decorator, a fake, or your own provider. Extend it
 * and say how to make your provider play each {@link Scenario}; every test then runs against it
 * (the same idea as LangChain4j's {@code AbstractBaseChatModelIT}).
 *
 * <pre>{@code
 * class MyProviderContractTest extends ModelProviderContract {
 *     @Override
 *     protected Backend backend(Scenario scenario) {
 *         ScriptedModelProvider fake = new ScriptedModelProvider().enqueue(scenario.answer());
 *         return Backend.of(new MyProvider(fake), fake);
 *     }
 * }
 * }</pre>
 *
 * <p>The contract: a chat call returns the answer with its usage or throws a typed
 * {@link ModelException}; a stream returns at once and delivers its deltas one at a time, then
 * exactly one terminal event ({@link StreamEvent.Completed} with the usage, or
 * {@link StreamEvent.Failed}), also when it fails, is cancelled or its handler throws, and nothing
 * after it; failures reach the handler and the completion future, they are never thrown by
 * {@code stream}; cancelling reaches the backend (the connection, the stream beneath) and ends the
 * stream promptly; cancelling a finished stream changes nothing; closing is idempotent and reaches
 * what the provider wraps.
 *
 * <p>Not thread-safe; JUnit runs each test on a fresh instance.
 */
public abstract class ModelProviderContract {
    /** How long a test waits for anything the provider owes it; generous for loaded CI machines. */
    protected static final long WAIT_SECONDS = 20;

    /** The chunks of the answer in {@link Scenario#ANSWER}; the answer's text is their concatenation. */
    public static final List<String> CHUNKS = List.of("你好", "，", "世界");
    /** The whole answer of {@link Scenario#ANSWER}. */
    public static final String ANSWER_TEXT = String.join("", CHUNKS);
    /** The usage the backend reports in {@link Scenario#ANSWER}. */
    public static final Usage USAGE = Usage.of(11, 3);

    /** What the backend does with the next chat or stream request it gets. */
    public enum Scenario {
        /** Answers {@link #ANSWER_TEXT} (streamed as {@link #CHUNKS}) with {@link #USAGE}, finish reason stop. */
        ANSWER,
        /** Rejects the request as invalid (HTTP 400 on a wire; {@link InvalidRequestException}), not retryable. */
        FAIL,
        /** Streams the first chunk, {@code "你好"}, then nothing until the caller goes away. */
        STALL;

        /**
         * This scenario as a scripted answer, for backends built on {@link ScriptedModelProvider}.
         * A {@link #STALL} answer pauses after its first chunk until the stream is cancelled.
         *
         * @return the answer
         */
        public Answer answer() {
            switch (this) {
                case ANSWER:
                    return Answer.stream(CHUNKS.toArray(new String[0])).withUsage(USAGE);
                case FAIL:
                    return Answer.failure(new InvalidRequestException("the contract's invalid request",
                            ErrorDetails.of("scripted", null)));
                default:
                    return Answer.stream(CHUNKS.toArray(new String[0])).pausingAfter(1, new CountDownLatch(1));
            }
        }
    }

    /**
     * A provider under test and what it talks to. Closing the backend releases both (also when a
     * test fails half-way).
     */
    public interface Backend extends AutoCloseable {

        /** @return the provider under test; the tests call it and close it */
        ModelProvider provider();

        /**
         * @return whether the backend has seen a {@link Scenario#STALL} stream given up by the
         *     provider (its connection closed, its stream beneath cancelled)
         */
        boolean sawCancel();

        /** @return whether closing the provider released what it wraps (a wrapped provider was closed) */
        boolean sawClose();

        /** Releases the backend (its server, its wrapped provider). */
        @Override
        void close() throws Exception;

        /**
         * The usual backend of a decorator or fake: a provider over a {@link ScriptedModelProvider}.
         *
         * @param provider the provider under test
         * @param scripted what it wraps, scripted for the scenario
         * @return the backend
         */
        static Backend of(ModelProvider provider, ScriptedModelProvider scripted) {
            return new Backend() {
                @Override
                public ModelProvider provider() {
                    return provider;
                }

                @Override
                public boolean sawCancel() {
                    return scripted.cancelledStreams() > 0;
                }

                @Override
                public boolean sawClose() {
                    return scripted.isClosed();
                }

                @Override
                public void close() {
                    provider.close();
                    scripted.close();
                }
            };
        }
    }

    /**
     * Makes a backend ready to play a scenario with the next request it gets.
     *
     * @param scenario what the backend must do
     * @return the backend; the test closes it
     * @throws Exception if it cannot be started
     */
    protected abstract Backend backend(Scenario scenario) throws Exception;

    /**
     * The request every test sends; override to send another (a cacheable one, say), keeping one
     * user message.
     *
     * @return the request
     */
    protected ChatRequest request() {
        return ChatRequest.builder().user("请回答：你好").build();
    }

    /**
     * Whether closing the provider must reach what it wraps ({@link Backend#sawClose()}). A wire
     * adapter wraps nothing it owns (the HTTP client is the model client's): say {@code false}.
     *
     * @return {@code true} by default
     */
    protected boolean closeReachesBackend() {
        return true;
    }

    /**
     * A chat call returns the whole answer, its usage and the provider that answered.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void chatReturnsTheAnswerWithItsUsage() throws Exception {
        try (Backend b = backend(Scenario.ANSWER)) {
            ChatResponse r = b.provider().chat(request());
            assertEquals(ANSWER_TEXT, r.content(), "the answer's text");
            assertUsage(r.usage());
            assertNotNull(r.provider(), "the answer names its provider");
        }
    }

    /**
     * A rejected chat call throws the typed error, not a wrapper or an {@code IOException}.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void chatFailsWithTheTypedError() throws Exception {
        try (Backend b = backend(Scenario.FAIL)) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> b.provider().chat(request()));
            assertNotNull(e.details(), "the error says what it can about provider, model and status");
        }
    }

    /**
     * A stream delivers its text deltas in order, one at a time, then exactly one {@code Completed}
     * event with the whole answer and its usage; the completion future holds the same answer.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void aStreamDeliversItsDeltasThenExactlyOneCompletedEventWithTheUsage() throws Exception {
        try (Backend b = backend(Scenario.ANSWER)) {
            Recorder events = new Recorder();
            StreamHandle handle = b.provider().stream(request(), events);
            ChatResponse done = events.awaitTerminal();
            assertEquals(ANSWER_TEXT, events.text(), "the text deltas, in order, are the answer");
            StreamEvent last = events.terminal();
            StreamEvent.Completed completed = assertInstanceOf(StreamEvent.Completed.class, last,
                    "the terminal event of an answered stream");
            assertEquals(ANSWER_TEXT, completed.response().content(), "the completed response holds the whole answer");
            assertUsage(completed.response().usage());
            assertEquals(ANSWER_TEXT, handle.completion().get(WAIT_SECONDS, TimeUnit.SECONDS).content(),
                    "the completion future has the same answer");
            assertEquals(done, completed.response());
            events.assertWellFormed();
            assertFalse(handle.isCancelled());
        }
    }

    /**
     * A stream that fails is not thrown by {@code stream}: one {@code Failed} event carries the typed
     * error, and the completion future fails with it.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void aFailedStreamIsDeliveredAsOneFailedEventNotThrown() throws Exception {
        try (Backend b = backend(Scenario.FAIL)) {
            Recorder events = new Recorder();
            StreamHandle handle = b.provider().stream(request(), events); // must not throw
            events.awaitTerminal();
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, events.terminal());
            assertInstanceOf(InvalidRequestException.class, failed.error(), "the typed error");
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> handle.completion().get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(InvalidRequestException.class, e.getCause(), "the completion fails with the same error");
            events.assertWellFormed();
        }
    }

    /**
     * Cancelling a running stream ends it with one {@code Failed} event carrying a
     * {@link CancelledException}, and reaches the backend (the connection is closed, the stream
     * beneath cancelled). Cancelling twice is harmless.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void cancellingAStreamEndsItWithOneFailedEventAndReachesTheBackend() throws Exception {
        try (Backend b = backend(Scenario.STALL)) {
            Recorder events = new Recorder();
            StreamHandle handle = b.provider().stream(request(), events);
            events.awaitFirstText();
            handle.cancel();
            handle.cancel(); // again: no effect
            events.awaitTerminal();
            StreamEvent.Failed failed = assertInstanceOf(StreamEvent.Failed.class, events.terminal());
            assertInstanceOf(CancelledException.class, failed.error(), "a cancelled stream fails as cancelled");
            assertTrue(handle.isCancelled());
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> handle.completion().get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(CancelledException.class, e.getCause());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!b.sawCancel() && System.nanoTime() < until) {
                Thread.sleep(5); // polling what another process or thread will see; there is no event to wait on
            }
            assertTrue(b.sawCancel(), "the cancel reached the backend");
            events.assertWellFormed();
        }
    }

    /**
     * Cancelling a stream that has completed delivers nothing more and leaves its outcome.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void cancellingAFinishedStreamChangesNothing() throws Exception {
        try (Backend b = backend(Scenario.ANSWER)) {
            Recorder events = new Recorder();
            StreamHandle handle = b.provider().stream(request(), events);
            events.awaitTerminal();
            handle.completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
            handle.cancel();
            assertInstanceOf(StreamEvent.Completed.class, events.terminal());
            assertEquals(ANSWER_TEXT, handle.completion().get().content(), "the outcome stays the answer");
            events.assertWellFormed();
        }
    }

    /**
     * A handler that throws ends the stream with one {@code Failed} event; the exception never
     * escapes to the provider's thread unreported.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void aHandlerThatThrowsEndsTheStreamWithOneFailedEvent() throws Exception {
        try (Backend b = backend(Scenario.ANSWER)) {
            Recorder events = new Recorder() {
                @Override
                void handle(StreamEvent event) {
                    if (event instanceof StreamEvent.TextDelta) {
                        throw new IllegalStateException("the application's handler failed");
                    }
                }
            };
            StreamHandle handle = b.provider().stream(request(), events);
            events.awaitTerminal();
            assertInstanceOf(StreamEvent.Failed.class, events.terminal(), "the stream ends as failed");
            assertThrows(ExecutionException.class, () -> handle.completion().get(WAIT_SECONDS, TimeUnit.SECONDS));
            events.assertWellFormed();
        }
    }

    /**
     * Closing twice is harmless, and closing reaches what the provider wraps.
     *
     * @throws Exception if the backend cannot be started
     */
    @Test
    public void closingIsIdempotentAndReachesWhatTheProviderWraps() throws Exception {
        try (Backend b = backend(Scenario.ANSWER)) {
            b.provider().close();
            b.provider().close();
            if (closeReachesBackend()) {
                assertTrue(b.sawClose(), "closing the provider closed what it wraps");
            }
        }
    }

    private static void assertUsage(Usage u) {
        assertEquals(USAGE.promptTokens(), u.promptTokens(), "prompt tokens reported");
        assertEquals(USAGE.completionTokens(), u.completionTokens(), "completion tokens reported");
        assertEquals(USAGE.totalTokens(), u.totalTokens(), "total tokens reported");
    }

    /**
     * Records a stream's events and checks they arrive one at a time, with exactly one terminal
     * event and nothing after it.
     */
    static class Recorder implements StreamHandler {
        private final List<StreamEvent> events = new ArrayList<>();
        private final AtomicInteger inside = new AtomicInteger();
        private final CountDownLatch firstText = new CountDownLatch(1);
        private final CountDownLatch terminal = new CountDownLatch(1);
        private volatile boolean overlapped;

        @Override
        public final void onEvent(StreamEvent event) {
            if (inside.incrementAndGet() != 1) {
                overlapped = true;
            }
            try {
                synchronized (events) {
                    events.add(event);
                }
                if (event instanceof StreamEvent.TextDelta) {
                    firstText.countDown();
                }
                if (event instanceof StreamEvent.Completed || event instanceof StreamEvent.Failed) {
                    terminal.countDown();
                }
                handle(event);
            } finally {
                inside.decrementAndGet();
            }
        }

        /** What the application's handler does with an event; nothing by default. */
        void handle(StreamEvent event) {
        }

        ChatResponse awaitTerminal() throws InterruptedException, TimeoutException {
            if (!terminal.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new TimeoutException("no terminal event within " + WAIT_SECONDS + " s; events: " + kinds());
            }
            return terminal() instanceof StreamEvent.Completed c ? c.response() : null;
        }

        void awaitFirstText() throws InterruptedException, TimeoutException {
            if (!firstText.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new TimeoutException("no text delta within " + WAIT_SECONDS + " s; events: " + kinds());
            }
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            synchronized (events) {
                for (StreamEvent e : events) {
                    if (e instanceof StreamEvent.TextDelta t) {
                        sb.append(t.text());
                    }
                }
            }
            return sb.toString();
        }

        StreamEvent terminal() {
            synchronized (events) {
                for (StreamEvent e : events) {
                    if (e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed) {
                        return e;
                    }
                }
            }
            return fail("no terminal event");
        }

        /** Exactly one terminal event, the last one; never two events at once. */
        void assertWellFormed() {
            List<String> kinds = kinds();
            synchronized (events) {
                long terminals = events.stream()
                        .filter(e -> e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed).count();
                assertEquals(1, terminals, "exactly one terminal event; events: " + kinds);
                StreamEvent last = events.get(events.size() - 1);
                assertTrue(last instanceof StreamEvent.Completed || last instanceof StreamEvent.Failed,
                        "the terminal event is the last; events: " + kinds);
            }
            assertFalse(overlapped, "events were delivered one at a time");
        }

        private List<String> kinds() {
            synchronized (events) {
                return events.stream().map(e -> e.getClass().getSimpleName()).toList();
            }
        }
    }
}
