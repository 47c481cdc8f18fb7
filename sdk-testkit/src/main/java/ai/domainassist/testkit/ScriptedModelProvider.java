package ai.domainassist.testkit;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fake model provider that answers from a script, for unit tests of code that uses a model.
 * Plug it under the real pipeline, so redaction, caching, retries and structured output run as in
 * production and only the network is replaced:
 *
 * <pre>{@code
 * ScriptedModelProvider fake = new ScriptedModelProvider()
 *         .on(ChatRequestMatchers.userTextContains("咳嗽"), Answer.text("{\"chiefComplaint\":\"咳嗽3天\"}"))
 *         .enqueue(Answer.failure(new ServerException("boom", ErrorDetails.of("fake", null))),
 *                  Answer.text("second try"));
 * ModelClient client = ModelClient.builder().provider(fake).build();
 * ... exercise the application ...
 * assertThat(fake.requests()).hasSize(2);
 * fake.verify();   // every queued answer used, no request went unanswered
 * }</pre>
 *
 * <p>A request is answered by the first rule ({@link #on}) whose matcher accepts it; otherwise by
 * the next queued answer ({@link #enqueue}). A request neither can answer is recorded in
 * {@link #unexpectedRequests()} and fails with a non-retryable {@link InvalidRequestException}, so
 * it cannot pass unnoticed: {@link #verify()} reports it. Embedding requests are answered by
 * queued vectors, else by the {@link #embedWith embedder}.
 *
 * <p>Streams are delivered on a thread of the provider's own, one event at a time, ending with
 * exactly one terminal event, as the {@link ModelProvider} contract requires. Thread-safe: the
 * script may be extended and the requests read while other threads call the provider.
 * {@link #close()} stops the stream threads; calls after it fail with {@link IllegalStateException}.
 */
public final class ScriptedModelProvider implements ModelProvider {
    private final String name;
    private final ProviderCapabilities capabilities;
    private final Object lock = new Object();
    private final List<Rule> rules = new ArrayList<>();
    private final Deque<Answer> queue = new ArrayDeque<>();
    private final Deque<Object> embeddingQueue = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private final List<ChatRequest> unexpected = new ArrayList<>();
    private final List<EmbeddingRequest> embeddingRequests = new ArrayList<>();
    private final List<EmbeddingRequest> unexpectedEmbeddings = new ArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger cancelledStreams = new AtomicInteger();
    private final ExecutorService streams;
    private Function<String, float[]> embedder;
    private long sequence;
    private volatile boolean closed;

    private record Rule(Predicate<ChatRequest> matcher, Answer answer) {
    }

    /** A provider named {@code scripted} that claims every capability. */
    public ScriptedModelProvider() {
        this("scripted", ProviderCapabilities.ALL);
    }

    /**
     * A provider with a name (reported in responses and errors) and capabilities (which steer
     * how structured output is asked for).
     *
     * @param name the provider's name
     * @param capabilities what it claims to support
     * @throws NullPointerException if an argument is {@code null}
     */
    public ScriptedModelProvider(String name, ProviderCapabilities capabilities) {
        this.name = Objects.requireNonNull(name, "name");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.streams = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-stream-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues answers, used once each, in order, by requests no rule matches.
     *
     * @param answers the answers
     * @return this provider
     * @throws NullPointerException if an answer is {@code null}
     */
    public ScriptedModelProvider enqueue(Answer... answers) {
        synchronized (lock) {
            for (Answer a : answers) {
                queue.add(Objects.requireNonNull(a, "answer"));
            }
        }
        return this;
    }

    /**
     * Answers every request the matcher accepts with this answer (checked before the queue, in
     * the order rules were added). See {@link ChatRequestMatchers} for ready matchers.
     *
     * @param matcher which requests; called on the caller's thread, must not throw
     * @param answer the answer
     * @return this provider
     * @throws NullPointerException if an argument is {@code null}
     */
    public ScriptedModelProvider on(Predicate<ChatRequest> matcher, Answer answer) {
        synchronized (lock) {
            rules.add(new Rule(Objects.requireNonNull(matcher, "matcher"), Objects.requireNonNull(answer, "answer")));
        }
        return this;
    }

    /**
     * Queues the vectors of one embedding request, used once, in order.
     *
     * @param vectors one vector per input of the request
     * @return this provider
     * @throws NullPointerException if a vector is {@code null}
     */
    public ScriptedModelProvider enqueueEmbedding(List<float[]> vectors) {
        List<float[]> copy = new ArrayList<>();
        vectors.forEach(v -> copy.add(Objects.requireNonNull(v, "vector").clone()));
        synchronized (lock) {
            embeddingQueue.add(copy);
        }
        return this;
    }

    /**
     * Queues a failure of one embedding request.
     *
     * @param error the error the request fails with
     * @return this provider
     */
    public ScriptedModelProvider enqueueEmbeddingFailure(ModelException error) {
        synchronized (lock) {
            embeddingQueue.add(Objects.requireNonNull(error, "error"));
        }
        return this;
    }

    /**
     * Computes the vector of each input the embedding queue does not cover.
     *
     * @param embedding maps a text to its vector; called on the caller's thread
     * @return this provider
     */
    public ScriptedModelProvider embedWith(Function<String, float[]> embedding) {
        synchronized (lock) {
            this.embedder = Objects.requireNonNull(embedding, "embedding");
        }
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return capabilities;
    }

    /**
     * Answers from the script.
     *
     * @throws ModelException the scripted failure, or {@link InvalidRequestException} when the script has no answer
     * @throws IllegalStateException if the provider is closed
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        Scripted s = next(request);
        if (s.answer.error() != null) {
            throw s.answer.error();
        }
        return s.response;
    }

    /**
     * Streams the scripted answer from a thread of this provider's: its deltas, a usage event when
     * it has usage, then the completed response, or the scripted failure.
     *
     * @throws IllegalStateException if the provider is closed
     */
    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        ScriptedStream stream;
        try {
            Scripted s = next(request);
            stream = new ScriptedStream(s.answer, s.response, handler, ErrorDetails.of(name, request.model()));
        } catch (InvalidRequestException e) {
            stream = ScriptedStream.failing(e, handler);
        }
        stream.onCancel(cancelledStreams::incrementAndGet);
        try {
            streams.execute(stream);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("scripted provider '" + name + "' is closed", e);
        }
        return stream;
    }

    /**
     * Answers from the embedding queue, else from the embedder.
     *
     * @throws ModelException the scripted failure, or {@link InvalidRequestException} when there is no answer
     * @throws IllegalStateException if the provider is closed
     */
    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        Objects.requireNonNull(request, "request");
        Object scripted;
        Function<String, float[]> fallback;
        synchronized (lock) {
            checkOpen();
            embeddingRequests.add(request);
            scripted = embeddingQueue.poll();
            fallback = embedder;
            if (scripted == null && fallback == null) {
                unexpectedEmbeddings.add(request);
            }
        }
        if (scripted instanceof ModelException e) {
            throw e;
        }
        List<float[]> vectors;
        if (scripted != null) {
            @SuppressWarnings("unchecked")
            List<float[]> v = (List<float[]>) scripted;
            vectors = v;
        } else if (fallback != null) {
            vectors = request.inputs().stream().map(fallback).toList();
        } else {
            throw new InvalidRequestException("scripted provider has no embedding for request #"
                    + embeddingRequests.size() + " (" + request.inputs().size() + " input(s))", ErrorDetails.of(name,
                    request.model()));
        }
        if (vectors.size() != request.inputs().size()) {
            throw new IllegalStateException("the script gives " + vectors.size() + " vector(s) for "
                    + request.inputs().size() + " input(s)");
        }
        long tokens = request.inputs().stream().mapToLong(String::length).sum();
        return new EmbeddingResponse(request.model() != null ? request.model() : "scripted-embedding", name, vectors,
                new Usage(tokens, 0, tokens, 0, 0), Duration.ZERO);
    }

    private record Scripted(Answer answer, ChatResponse response) {
    }

    private Scripted next(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Answer chosen = null;
        long n;
        synchronized (lock) {
            checkOpen();
            requests.add(request);
            n = ++sequence;
            for (Rule r : rules) {
                if (r.matcher().test(request)) {
                    chosen = r.answer();
                    break;
                }
            }
            if (chosen == null) {
                chosen = queue.poll();
            }
            if (chosen == null) {
                unexpected.add(request);
            }
        }
        if (chosen == null) {
            throw new InvalidRequestException("scripted provider has no answer for request #" + n
                    + " (no rule matched and the queue is empty)", ErrorDetails.of(name, request.model()));
        }
        Answer resolved = chosen.resolve(request);
        return new Scripted(resolved, resolved.toResponse(request, name, n));
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("scripted provider '" + name + "' is closed");
        }
    }

    /** @return every chat request received (also streamed and unanswered ones), in arrival order */
    public List<ChatRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** @return how many chat requests were received */
    public int requestCount() {
        synchronized (lock) {
            return requests.size();
        }
    }

    /**
     * @return the last chat request received
     * @throws IllegalStateException if none was received
     */
    public ChatRequest lastRequest() {
        synchronized (lock) {
            if (requests.isEmpty()) {
                throw new IllegalStateException("no request was received");
            }
            return requests.get(requests.size() - 1);
        }
    }

    /** @return every embedding request received, in arrival order */
    public List<EmbeddingRequest> embeddingRequests() {
        synchronized (lock) {
            return List.copyOf(embeddingRequests);
        }
    }

    /** @return the chat requests the script had no answer for */
    public List<ChatRequest> unexpectedRequests() {
        synchronized (lock) {
            return List.copyOf(unexpected);
        }
    }

    /** @return how many queued chat answers are still unused */
    public int remaining() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /**
     * Checks that the script ran as planned: every queued answer and embedding was used and no
     * request went unanswered.
     *
     * @throws AssertionError saying what is left over or which requests were unexpected
     */
    public void verify() {
        synchronized (lock) {
            List<String> problems = new ArrayList<>();
            if (!queue.isEmpty()) {
                problems.add(queue.size() + " queued answer(s) never used: " + queue);
            }
            if (!embeddingQueue.isEmpty()) {
                problems.add(embeddingQueue.size() + " queued embedding answer(s) never used");
            }
            if (!unexpected.isEmpty()) {
                problems.add(unexpected.size() + " chat request(s) had no scripted answer; first asked for model "
                        + unexpected.get(0).model() + " with " + unexpected.get(0).messages().size() + " message(s)");
            }
            if (!unexpectedEmbeddings.isEmpty()) {
                problems.add(unexpectedEmbeddings.size() + " embedding request(s) had no scripted answer");
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("scripted provider '" + name + "': " + String.join("; ", problems));
            }
        }
    }

    /**
     * @return how many streams the caller cancelled ({@link StreamHandle#cancel()}), for tests that
     *     check a cancel reached the provider
     */
    public int cancelledStreams() {
        return cancelledStreams.get();
    }

    /** @return whether {@link #close()} was called (for tests that check closing reached the provider) */
    public boolean isClosed() {
        return closed;
    }

    /** Stops the stream threads (a running stream is interrupted). Idempotent. */
    @Override
    public void close() {
        closed = true;
        streams.shutdownNow();
    }
}
