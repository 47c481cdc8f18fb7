package ai.domainassist.core.observe;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The listener decorator: tells {@link ModelCallListener}s about every attempt that reaches a
 * provider (request, response, stream events, error). It sits right above the adapter, below
 * retry, so it sees each attempt; retries and failovers are reported by the client builder from
 * the retry and routing decorators. The logical call around the attempts (start, answer or final
 * error) is reported by the decorator {@link #observeCalls} makes, which the client builder puts
 * above failover and retry; attempts then carry their call's id and their number in it.
 * Thread-safe.
 */
public final class ObservingProvider implements ModelProvider {
    private final ModelProvider next;
    private final ModelCallEvents events;

    private ObservingProvider(ModelProvider next, ModelCallEvents events) {
        this.next = Objects.requireNonNull(next, "next");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider adapter
     * @param events the listeners
     * @return the decorated provider
     */
    public static ObservingProvider wrap(ModelProvider next, ModelCallEvents events) {
        return new ObservingProvider(next, events);
    }

    /**
     * Wraps the part of a pipeline that makes one logical call (the failover router, or a single
     * provider's chain) so that listeners hear {@link ModelCallEvent.Type#CALL_START} and then
     * {@link ModelCallEvent.Type#CALL_RESPONSE} or {@link ModelCallEvent.Type#CALL_ERROR} once per
     * call, and the attempts below (observed by {@link #wrap} with the same {@code events}) carry
     * the call's id and their number in it.
     *
     * @param next the router or provider chain
     * @param events the listeners, the same instance as the attempts' decorators use
     * @return the decorated provider
     */
    public static ModelProvider observeCalls(ModelProvider next, ModelCallEvents events) {
        return new CallObservingProvider(next, events);
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
        // events (and their attribute maps) are built only for types some listener wants: the
        // default logging listener wants requests and responses only while debug is on
        CallScope scope = events.callOf(request);
        int attempt = scope == null ? 0 : scope.nextAttempt(next.name());
        Map<String, Object> base = null;
        if (events.wants(ModelCallEvent.Type.REQUEST)) {
            base = base(request, scope, attempt);
            events.publish(new ModelCallEvent(ModelCallEvent.Type.REQUEST, base, null, null));
        }
        long t0 = System.nanoTime();
        try {
            ChatResponse r = next.chat(request);
            if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                long ns = System.nanoTime() - t0;
                Map<String, Object> a = ModelCallEvents.responseAttributes(
                        base != null ? base : base(request, scope, attempt), r, Duration.ofNanos(ns));
                a.put(GenAiAttributes.DURATION_NS, ns);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, a, null, null));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(ModelCallEvent.Type.ERROR)) {
                Map<String, Object> a = ModelCallEvents.errorAttributes(
                        base != null ? base : base(request, scope, attempt), e);
                a.put(GenAiAttributes.DURATION_NS, System.nanoTime() - t0);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR, a, e, null));
            }
            throw e;
        }
    }

    /** The request's attributes, with its call id and attempt number when a call observer registered it. */
    private Map<String, Object> base(ChatRequest request, CallScope scope, int attempt) {
        Map<String, Object> a = ModelCallEvents.requestAttributes(next.name(), request);
        if (scope != null) {
            a.put(GenAiAttributes.CALL_ID, scope.id);
            a.put(GenAiAttributes.ATTEMPT, attempt);
        }
        return a;
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        CallScope scope = events.callOf(request);
        ObservingHandler observing = new ObservingHandler(request, handler, scope,
                scope == null ? 0 : scope.nextAttempt(next.name()));
        if (events.wants(ModelCallEvent.Type.REQUEST)) {
            events.publish(new ModelCallEvent(ModelCallEvent.Type.REQUEST, observing.base(), null, null));
        }
        observing.t0 = System.nanoTime(); // latency from the send, as for chat
        return next.stream(request, observing);
    }

    /** Publishes a stream's events; the request's attributes are built when a published event first needs them. */
    private final class ObservingHandler implements StreamHandler {
        private final ChatRequest request;
        private final StreamHandler handler;
        private final CallScope scope;
        private final int attempt;
        private long t0;
        private Map<String, Object> base;

        ObservingHandler(ChatRequest request, StreamHandler handler, CallScope scope, int attempt) {
            this.request = request;
            this.handler = handler;
            this.scope = scope;
            this.attempt = attempt;
        }

        Map<String, Object> base() {
            if (base == null) {
                base = ObservingProvider.this.base(request, scope, attempt);
                base.put(GenAiAttributes.STREAMING, true);
            }
            return base;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                    long ns = System.nanoTime() - t0;
                    Map<String, Object> a = ModelCallEvents.responseAttributes(base(), c.response(), Duration.ofNanos(ns));
                    a.put(GenAiAttributes.DURATION_NS, ns);
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, a, null, null));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                if (events.wants(ModelCallEvent.Type.ERROR)) {
                    Map<String, Object> a = ModelCallEvents.errorAttributes(base(), f.error());
                    a.put(GenAiAttributes.DURATION_NS, System.nanoTime() - t0);
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR, a, f.error(), null));
                }
            } else if (events.wants(ModelCallEvent.Type.STREAM_EVENT)) {
                // one event per chunk: built only while a listener wants them (logging: trace)
                Map<String, Object> a = new LinkedHashMap<>(base());
                a.put(GenAiAttributes.STREAM_EVENT, ModelCallEvents.kind(event));
                events.publish(new ModelCallEvent(ModelCallEvent.Type.STREAM_EVENT, a, null, event));
            }
            handler.onEvent(event);
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        // the attributes are built only for the events some listener wants, as for chat
        CallScope scope = events.callOf(request);
        int attempt = scope == null ? 0 : scope.nextAttempt(next.name());
        Map<String, Object> base = null;
        if (events.wants(ModelCallEvent.Type.REQUEST)) {
            base = embeddingAttributes(request, scope, attempt);
            events.publish(new ModelCallEvent(ModelCallEvent.Type.REQUEST, base, null, null));
        }
        long t0 = System.nanoTime();
        try {
            EmbeddingResponse r = next.embed(request);
            if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                long ns = System.nanoTime() - t0;
                Map<String, Object> a = new LinkedHashMap<>(base != null ? base : embeddingAttributes(request, scope, attempt));
                if (r.model() != null) {
                    a.put(GenAiAttributes.RESPONSE_MODEL, r.model());
                }
                a.put(GenAiAttributes.USAGE_INPUT_TOKENS, r.usage().promptTokens());
                a.put(GenAiAttributes.LATENCY_MS, Duration.ofNanos(ns).toMillis());
                a.put(GenAiAttributes.DURATION_NS, ns);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, a, null, null));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(ModelCallEvent.Type.ERROR)) {
                Map<String, Object> a = ModelCallEvents.errorAttributes(
                        base != null ? base : embeddingAttributes(request, scope, attempt), e);
                a.put(GenAiAttributes.DURATION_NS, System.nanoTime() - t0);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR, a, e, null));
            }
            throw e;
        }
    }

    private Map<String, Object> embeddingAttributes(EmbeddingRequest request, CallScope scope, int attempt) {
        Map<String, Object> base = ModelCallEvents.embeddingAttributes(next.name(), request);
        if (scope != null) {
            base.put(GenAiAttributes.CALL_ID, scope.id);
            base.put(GenAiAttributes.ATTEMPT, attempt);
        }
        return base;
    }

    @Override
    public void close() {
        next.close();
    }
}
