package ai.domainassist.core.cache;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.cache.internal.BoundedCache;
import ai.domainassist.core.cache.internal.RequestFingerprint;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.internal.Deadlines;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache decorator: answers a repeated request from memory, bounded by size (the least recently
 * used entry goes first) and age ({@link CachePolicy}).
 *
 * <p>Only requests the caller marked {@link ChatRequest.Options#cacheable()} or with temperature 0 are
 * cached; everything else passes straight through. The key is a canonical SHA-256 of the request
 * as it reaches this decorator, which sits below redaction: no personal data, no secret and no
 * clear text goes into a key. Concurrent identical requests collapse into one provider call: the
 * others wait for its answer (or its error), each no longer than its own {@code timeout} (then it
 * fails with {@link ModelTimeoutException}, and the call in flight goes on). When the call in
 * flight fails for a reason that belongs to its own caller (its deadline passed:
 * {@link ModelTimeoutException}; it was cancelled), the callers waiting for it do not inherit that
 * error: one of them calls the provider itself, with what remains of its own deadline. Only
 * complete answers are stored, never errors. Streams are answered from the cache by replaying the
 * stored answer as events; a streamed answer that completes is stored too. Embeddings are cached
 * per input text, so a request whose inputs are partly known sends only the unknown ones.
 *
 * <p>Thread-safe.
 */
public final class CachingProvider implements ModelProvider {
    private final ModelProvider next;
    private final BoundedCache<String, ChatResponse> responses;
    private final BoundedCache<String, float[]> vectors;
    private final Map<String, CompletableFuture<ChatResponse>> inFlight = new ConcurrentHashMap<>();
    private final LongAdder collapsed = new LongAdder();
    private final LongAdder embedHits = new LongAdder();
    private final LongAdder embedMisses = new LongAdder();

    private CachingProvider(ModelProvider next, CachePolicy policy) {
        this.next = Objects.requireNonNull(next, "next");
        this.responses = new BoundedCache<>(policy.maxResponses(), policy.responseTtl(), policy.clock());
        this.vectors = new BoundedCache<>(policy.maxEmbeddings(), policy.embeddingTtl(), policy.clock());
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider to call on a miss
     * @param policy the cache bounds
     * @return the decorated provider
     */
    public static CachingProvider wrap(ModelProvider next, CachePolicy policy) {
        return new CachingProvider(next, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Whether a request may be answered from the cache.
     *
     * @param request the request
     * @return {@code true} if marked cacheable or its temperature is 0
     */
    public static boolean isCacheable(ChatRequest request) {
        return request.options().cacheable() || (request.temperature() != null && request.temperature() == 0.0);
    }

    /** @return the chat answer cache's counters */
    public CacheStats responseStats() {
        long size = responses.size();
        return new CacheStats(responses.hits(), responses.misses(), collapsed.sum(), responses.evictions(), size);
    }

    /** @return the embedding cache's counters (per input text) */
    public CacheStats embeddingStats() {
        long size = vectors.size();
        return new CacheStats(embedHits.sum(), embedMisses.sum(), 0, vectors.evictions(), size);
    }

    /** Drops every cached answer and vector. */
    public void invalidateAll() {
        responses.invalidateAll();
        vectors.invalidateAll();
    }

    @Override
    public String name() {
        return next.name();
    }

    @Override
    public ProviderCapabilities capabilities() {
        return next.capabilities();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (!isCacheable(request)) {
            return next.chat(request);
        }
        String key = RequestFingerprint.of(request);
        long t0 = System.nanoTime();
        boolean joined = false;
        while (true) {
            ChatResponse hit = responses.getIfPresent(key);
            if (hit != null) {
                return hit;
            }
            CompletableFuture<ChatResponse> mine = new CompletableFuture<>();
            CompletableFuture<ChatResponse> running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
                return lead(key, mine, Deadlines.remaining(request, elapsed, details(request)));
            }
            if (!joined) {
                collapsed.increment();
                joined = true;
            }
            ChatResponse answer = await(running, request, t0);
            if (answer != null) {
                return answer;
            }
            // the call we joined ended for a reason of its own caller (its deadline, a cancel): go on ourselves
        }
    }

    private ChatResponse lead(String key, CompletableFuture<ChatResponse> mine, ChatRequest request) {
        try {
            ChatResponse answer = next.chat(request);
            responses.put(key, answer);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * Waits for the identical call in flight, no longer than this request's own deadline.
     *
     * @return its answer, or {@code null} when it failed for a reason that belongs to its caller
     *     alone (its own deadline passed, it was cancelled): then this caller tries for itself
     * @throws ModelException the call's error otherwise, or a timeout when this request's deadline passed
     */
    private ChatResponse await(CompletableFuture<ChatResponse> running, ChatRequest request, long t0) {
        try {
            if (request.options().timeout() == null) {
                return running.get();
            }
            long left = request.options().timeout().toNanos() - (System.nanoTime() - t0);
            if (left <= 0) {
                throw Deadlines.passed(request.options().timeout(), details(request));
            }
            return running.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ModelTimeoutException("the whole-call deadline of " + request.options().timeout().toMillis()
                    + " ms passed while an identical request was in flight", details(request), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while an identical request was in flight", details(request), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelTimeoutException || cause instanceof CancelledException) {
                return null;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ErrorDetails details(ChatRequest request) {
        return ErrorDetails.of(next.name(), request.model());
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        if (!isCacheable(request)) {
            return next.stream(request, handler);
        }
        String key = RequestFingerprint.of(request);
        ChatResponse hit = responses.getIfPresent(key);
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        if (hit != null) {
            replay(hit, relay);
            return relay;
        }
        StreamHandler storing = event -> {
            if (event instanceof StreamEvent.Completed c) {
                responses.put(key, c.response());
            }
            relay.deliver(event);
        };
        relay.attach(0, next.stream(request, storing));
        return relay;
    }

    /** Plays a cached answer as a stream; a handler that throws ends it as failed (no provider is there to). */
    private static void replay(ChatResponse r, RelayStreamHandle relay) {
        try {
            if (r.reasoningContent() != null && !r.reasoningContent().isEmpty()) {
                relay.deliver(new StreamEvent.ReasoningDelta(r.reasoningContent()));
            }
            if (!r.content().isEmpty()) {
                relay.deliver(new StreamEvent.TextDelta(r.content()));
            }
            for (int i = 0; i < r.toolCalls().size(); i++) {
                ToolCall c = r.toolCalls().get(i);
                relay.deliver(new StreamEvent.ToolCallDelta(i, c.id(), c.name(), c.arguments()));
            }
            relay.deliver(new StreamEvent.UsageUpdate(r.usage()));
        } catch (RuntimeException e) {
            relay.fail(new CancelledException("the stream handler threw " + e.getClass().getSimpleName()
                    + "; stream cancelled", ErrorDetails.of(r.provider(), r.model()), e));
            return;
        }
        relay.deliver(new StreamEvent.Completed(r));
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        List<String> keys = new ArrayList<>();
        Map<String, float[]> known = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String input : request.inputs()) {
            String key = RequestFingerprint.ofEmbedding(request, input);
            keys.add(key);
            float[] v = vectors.getIfPresent(key);
            if (v != null) {
                known.put(key, v);
                embedHits.increment();
            } else if (!known.containsKey(key) && !missing.contains(input)) {
                missing.add(input);
                embedMisses.increment();
            }
        }
        Usage usage = Usage.ZERO;
        String model = request.model();
        String provider = next.name();
        Duration latency = Duration.ZERO;
        if (!missing.isEmpty()) {
            EmbeddingResponse fresh = next.embed(new EmbeddingRequest(request.model(), missing, request.dimensions(),
                    request.extraParameters()));
            if (fresh.size() != missing.size()) {
                throw new ModelException("provider returned " + fresh.size() + " vectors for " + missing.size()
                        + " inputs", ErrorDetails.of(next.name(), request.model()));
            }
            for (int i = 0; i < missing.size(); i++) {
                String key = RequestFingerprint.ofEmbedding(request, missing.get(i));
                float[] v = fresh.vector(i);
                vectors.put(key, v);
                known.put(key, v);
            }
            usage = fresh.usage();
            model = fresh.model();
            provider = fresh.provider();
            latency = fresh.latency();
        }
        List<float[]> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            out.add(known.get(key));
        }
        return new EmbeddingResponse(model, provider, out, usage, latency);
    }

    @Override
    public void close() {
        next.close();
    }
}
