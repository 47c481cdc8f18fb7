package ai.domainassist.core.routing.internal;

import ai.domainassist.core.CircuitOpenException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.Deadlines;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.routing.FailoverListener;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The failover router: tries an ordered list of providers (for example a domestic cloud model
 * first, the hospital's own vLLM second) and moves on to the next when one's circuit breaker is
 * open ({@link CircuitOpenException}) or it failed with a retryable error that its own retries
 * could not overcome ({@link ModelException#isRetryable()}: 429, 5xx, timeouts, network, and the
 * client-side rate limiter and bulkhead). Any other error (400, 401, 422, a malformed answer) is
 * the caller's or the request's problem and is thrown at once: another provider would fail the
 * same way.
 *
 * <p>The answer names the provider that answered ({@link ChatResponse#provider()}). When every
 * provider failed, the last error is thrown with the earlier ones attached as suppressed. A
 * stream fails over only while nothing has reached the caller. The next provider gets only what
 * remains of the request's {@code timeout} (the whole call's deadline). The request's {@code model} is
 * passed to every provider as is: leave it {@code null} to let each use its configured default.
 *
 * <p>Capabilities are those every provider has (the intersection), since any of them may answer.
 * Thread-safe.
 */
public final class FailoverRouter implements ModelProvider {
    private final List<ModelProvider> providers;
    private final FailoverListener listener;
    private final String name;

    private FailoverRouter(List<ModelProvider> providers, FailoverListener listener) {
        this.providers = List.copyOf(providers);
        if (this.providers.isEmpty()) {
            throw new IllegalArgumentException("a failover router needs at least one provider");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        this.name = this.providers.stream().map(ModelProvider::name).collect(Collectors.joining(">"));
    }

    /**
     * A router over providers in order of preference.
     *
     * @param providers the providers, first preferred, at least one
     * @param listener told about each failover
     * @return the router
     * @throws IllegalArgumentException if the list is empty
     */
    public static FailoverRouter of(List<? extends ModelProvider> providers, FailoverListener listener) {
        return new FailoverRouter(List.copyOf(providers), listener);
    }

    /**
     * A router without a failover listener.
     *
     * @param providers the providers, first preferred, at least one
     * @return the router
     * @throws IllegalArgumentException if the list is empty
     */
    public static FailoverRouter of(List<? extends ModelProvider> providers) {
        return of(providers, (from, to, e) -> { });
    }

    /** @return the providers, in order of preference */
    public List<ModelProvider> providers() {
        return providers;
    }

    /** @return the providers' names joined by {@code >} */
    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderCapabilities capabilities() {
        ProviderCapabilities c = providers.get(0).capabilities();
        for (ModelProvider p : providers.subList(1, providers.size())) {
            ProviderCapabilities o = p.capabilities();
            c = new ProviderCapabilities(c.jsonSchema() && o.jsonSchema(), c.jsonObject() && o.jsonObject(),
                    c.tools() && o.tools(), c.forcedToolChoice() && o.forcedToolChoice(),
                    c.streamUsage() && o.streamUsage(), c.embeddings() && o.embeddings(), c.vision() && o.vision());
        }
        return c;
    }

    /**
     * Whether the router moves on after this error.
     *
     * @param e the error
     * @return {@code true} for an open circuit or a retryable error
     */
    static boolean movesOn(ModelException e) {
        return e instanceof CircuitOpenException || e.isRetryable();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long t0 = System.nanoTime();
        return route((p, elapsed) -> p.chat(Deadlines.remaining(request, elapsed,
                        ErrorDetails.of(p.name(), request.model()))))
                .let((p, r) -> r.withProvider(p.name(), Duration.ofNanos(System.nanoTime() - t0)));
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return route((p, elapsed) -> p.embed(request)).let((p, r) -> r);
    }

    /** @param call calls one provider, given the time the routed call has taken so far */
    private <T> Answer<T> route(BiFunction<ModelProvider, Duration, T> call) {
        long t0 = System.nanoTime();
        ModelException first = null;
        for (int i = 0; i < providers.size(); i++) {
            ModelProvider p = providers.get(i);
            try {
                Duration elapsed = i == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
                return new Answer<>(p, call.apply(p, elapsed));
            } catch (ModelException e) {
                if (!movesOn(e) || i == providers.size() - 1) {
                    if (first != null && first != e) {
                        e.addSuppressed(first);
                    }
                    throw e;
                }
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
                notifyFailover(p, providers.get(i + 1), e);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private void notifyFailover(ModelProvider from, ModelProvider to, ModelException e) {
        try {
            listener.onFailover(from.name(), to.name(), e);
        } catch (RuntimeException ignored) {
            // a listener must not change the outcome of a call
        }
    }

    private record Answer<T>(ModelProvider provider, T value) {
        <R> R let(java.util.function.BiFunction<ModelProvider, T, R> f) {
            return f.apply(provider, value);
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(name, request.model()));
        start(request, relay, 0, System.nanoTime());
        return relay;
    }

    private void start(ChatRequest request, RelayStreamHandle relay, int index, long t0) {
        ModelProvider p = providers.get(index);
        AtomicBoolean delivered = new AtomicBoolean();
        StreamHandler attempt = event -> {
            if (event instanceof StreamEvent.Failed f && !delivered.get() && !relay.isCancelled()
                    && movesOn(f.error()) && index + 1 < providers.size()) {
                notifyFailover(p, providers.get(index + 1), f.error());
                start(request, relay, index + 1, t0);
                return;
            }
            if (event instanceof StreamEvent.Completed c) {
                relay.deliver(new StreamEvent.Completed(c.response().withProvider(p.name(), c.response().latency())));
                return;
            }
            if (!(event instanceof StreamEvent.Failed)) {
                delivered.set(true);
            }
            relay.deliver(event);
        };
        StreamHandle h;
        try {
            ChatRequest now = index == 0 ? request : Deadlines.remaining(request,
                    Duration.ofNanos(System.nanoTime() - t0), ErrorDetails.of(p.name(), request.model()));
            h = p.stream(now, attempt);
        } catch (ModelException e) {
            attempt.onEvent(new StreamEvent.Failed(e));
            return;
        }
        relay.attach(index, h);
    }

    /** Closes every provider. */
    @Override
    public void close() {
        providers.forEach(ModelProvider::close);
    }
}
