package ai.domainassist.core.cache.internal;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.cache.CacheStats;
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
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache decorator: answers a repeated request from memory, on Caffeine's {@code AsyncCache},
 * bounded by size and age ({@link CachePolicy}).
 *
 * <p>Only requests the caller marked {@link ChatRequest.Options#cacheable()} or with temperature 0
 * are cached; everything else passes straight through. The key is a canonical SHA-256 of the
 * request as it reaches this decorator, which sits below redaction: no personal data, no secret
 * and no clear text goes into a key. The cache holds each answer as a future, so concurrent
 * identical requests collapse into one provider call: the first caller's future is put in the
 * cache before it calls the provider, and the others wait for it (its answer or its error), each
 * no longer than its own {@code timeout} (then it fails with {@link ModelTimeoutException}, and the
 * call in flight goes on). When the call in flight fails for a reason that belongs to its own
 * caller (its deadline passed: {@link ModelTimeoutException}; it was cancelled), the callers
 * waiting for it do not inherit that error: one of them calls the provider itself, with what
 * remains of its own deadline. A failed future leaves the cache (Caffeine drops it), so only
 * complete answers are stored, never errors. Streams are answered from the cache by replaying the
 * stored answer as events; a streamed answer that completes is stored too. Embeddings are cached
 * per input text and looked up in bulk ({@code AsyncCache.getAll}): a request whose inputs are
 * partly known sends only the unknown ones, in one provider call, and an input another call is
 * embedding right now is waited for, not sent twice.
 *
 * <p>Thread-safe.
 */
public final class CachingProvider extends ForwardingProvider {
    private final AsyncCache<String, ChatResponse> responses;
    private final AsyncCache<String, float[]> vectors;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder collapsed = new LongAdder();

    private CachingProvider(ModelProvider next, CachePolicy policy) {
        super(next);
        Ticker ticker = ticker(policy.clock());
        // maintenance on the caller's thread (no pool of its own; deterministic under a test clock)
        this.responses = Caffeine.newBuilder().executor(Runnable::run).maximumSize(policy.maxResponses())
                .expireAfterWrite(policy.responseTtl()).ticker(ticker).recordStats().buildAsync();
        this.vectors = Caffeine.newBuilder().executor(Runnable::run).maximumSize(policy.maxEmbeddings())
                .expireAfterWrite(policy.embeddingTtl()).ticker(ticker).recordStats().buildAsync();
    }

    private static Ticker ticker(Clock clock) {
        Instant origin = Instant.EPOCH;
        return () -> Duration.between(origin, clock.instant()).toNanos();
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

    /** @return the chat answer cache's counters (hits and misses count chat and stream lookups) */
    public CacheStats responseStats() {
        Cache<String, ChatResponse> c = responses.synchronous();
        return new CacheStats(hits.sum(), misses.sum(), collapsed.sum(), c.stats().evictionCount(),
                c.estimatedSize());
    }

    /** @return the embedding cache's counters (per distinct input text of a request) */
    public CacheStats embeddingStats() {
        Cache<String, float[]> c = vectors.synchronous();
        var s = c.stats();
        return new CacheStats(s.hitCount(), s.missCount(), 0, s.evictionCount(), c.estimatedSize());
    }

    /** Drops every cached answer and vector (calls in flight still answer their callers). */
    public void invalidateAll() {
        responses.synchronous().invalidateAll();
        vectors.synchronous().invalidateAll();
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
            CompletableFuture<ChatResponse> mine = new CompletableFuture<>();
            CompletableFuture<ChatResponse> found = responses.get(key, (k, executor) -> mine);
            if (found == mine) {
                misses.increment();
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
                return lead(mine, Deadlines.remaining(request, elapsed, details(request)));
            }
            if (found.isDone() && !found.isCompletedExceptionally()) {
                hits.increment();
                return found.join();
            }
            if (found.isCompletedExceptionally()) {
                // failed and not yet dropped by the cache's own completion handler: drop it, look again
                responses.asMap().remove(key, found);
                continue;
            }
            if (!joined) {
                collapsed.increment();
                joined = true;
            }
            ChatResponse answer = await(found, request, t0);
            if (answer != null) {
                return answer;
            }
            // the call we joined ended for a reason of its own caller (its deadline, a cancel): go on ourselves
        }
    }

    /** Calls the provider for the future this caller put in the cache; a failure drops the future. */
    private ChatResponse lead(CompletableFuture<ChatResponse> mine, ChatRequest request) {
        try {
            ChatResponse answer = next.chat(request);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
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
        CompletableFuture<ChatResponse> found = responses.getIfPresent(key);
        ChatResponse hit = found != null && found.isDone() && !found.isCompletedExceptionally() ? found.join() : null;
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        if (hit != null) {
            hits.increment();
            replay(hit, relay);
            return relay;
        }
        misses.increment();
        StreamHandler storing = event -> {
            if (event instanceof StreamEvent.Completed c) {
                responses.put(key, CompletableFuture.completedFuture(c.response()));
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
        List<String> keys = new ArrayList<>(request.inputs().size());
        Map<String, String> inputs = new LinkedHashMap<>(); // key -> input text, in first-seen order
        for (String input : request.inputs()) {
            String key = RequestFingerprint.ofEmbedding(request, input);
            keys.add(key);
            inputs.putIfAbsent(key, input);
        }
        AtomicReference<EmbeddingResponse> sent = new AtomicReference<>();
        Map<String, float[]> known = join(vectors.getAll(inputs.keySet(), (missing, executor) -> {
            try {
                return CompletableFuture.completedFuture(fetch(request, inputs, missing, sent));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }));
        List<float[]> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            out.add(known.get(key));
        }
        EmbeddingResponse fresh = sent.get();
        if (fresh == null) {
            return new EmbeddingResponse(request.model(), next.name(), out, Usage.ZERO, Duration.ZERO);
        }
        return new EmbeddingResponse(fresh.model(), fresh.provider(), out, fresh.usage(), fresh.latency());
    }

    /** Embeds the inputs of the keys the cache does not hold, in one provider call, in request order. */
    private Map<String, float[]> fetch(EmbeddingRequest request, Map<String, String> inputs,
                                       Set<? extends String> missing, AtomicReference<EmbeddingResponse> sent) {
        List<String> keys = new ArrayList<>(missing.size());
        List<String> texts = new ArrayList<>(missing.size());
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            if (missing.contains(e.getKey())) {
                keys.add(e.getKey());
                texts.add(e.getValue());
            }
        }
        EmbeddingResponse fresh = next.embed(new EmbeddingRequest(request.model(), texts, request.dimensions(),
                request.extraParameters()));
        if (fresh.size() != texts.size()) {
            throw new ModelException("provider returned " + fresh.size() + " vectors for " + texts.size()
                    + " inputs", ErrorDetails.of(next.name(), request.model()));
        }
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), fresh.vector(i));
        }
        sent.set(fresh);
        return out;
    }

    /** Waits for a bulk look-up; its error is thrown as it was raised (a {@code ModelException} stays one). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
