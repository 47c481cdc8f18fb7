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
 * the retry and routing decorators. Thread-safe.
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
        Map<String, Object> base = null;
        if (events.wants(ModelCallEvent.Type.REQUEST)) {
            base = ModelCallEvents.requestAttributes(next.name(), request);
            events.publish(new ModelCallEvent(ModelCallEvent.Type.REQUEST, base, null, null));
        }
        long t0 = System.nanoTime();
        try {
            ChatResponse r = next.chat(request);
            if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, ModelCallEvents.responseAttributes(
                        base != null ? base : ModelCallEvents.requestAttributes(next.name(), request), r,
                        Duration.ofNanos(System.nanoTime() - t0)), null, null));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(ModelCallEvent.Type.ERROR)) {
                events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR, ModelCallEvents.errorAttributes(
                        base != null ? base : ModelCallEvents.requestAttributes(next.name(), request), e), e, null));
            }
            throw e;
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        ObservingHandler observing = new ObservingHandler(request, handler);
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
        private long t0;
        private Map<String, Object> base;

        ObservingHandler(ChatRequest request, StreamHandler handler) {
            this.request = request;
            this.handler = handler;
        }

        Map<String, Object> base() {
            if (base == null) {
                base = ModelCallEvents.requestAttributes(next.name(), request);
            }
            return base;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, ModelCallEvents.responseAttributes(
                            base(), c.response(), Duration.ofNanos(System.nanoTime() - t0)), null, null));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                if (events.wants(ModelCallEvent.Type.ERROR)) {
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR,
                            ModelCallEvents.errorAttributes(base(), f.error()), f.error(), null));
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
        Map<String, Object> base = null;
        if (events.wants(ModelCallEvent.Type.REQUEST)) {
            base = embeddingAttributes(request);
            events.publish(new ModelCallEvent(ModelCallEvent.Type.REQUEST, base, null, null));
        }
        long t0 = System.nanoTime();
        try {
            EmbeddingResponse r = next.embed(request);
            if (events.wants(ModelCallEvent.Type.RESPONSE)) {
                Map<String, Object> a = new LinkedHashMap<>(base != null ? base : embeddingAttributes(request));
                if (r.model() != null) {
                    a.put(GenAiAttributes.RESPONSE_MODEL, r.model());
                }
                a.put(GenAiAttributes.USAGE_INPUT_TOKENS, r.usage().promptTokens());
                a.put(GenAiAttributes.LATENCY_MS, Duration.ofNanos(System.nanoTime() - t0).toMillis());
                events.publish(new ModelCallEvent(ModelCallEvent.Type.RESPONSE, a, null, null));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(ModelCallEvent.Type.ERROR)) {
                events.publish(new ModelCallEvent(ModelCallEvent.Type.ERROR, ModelCallEvents.errorAttributes(
                        base != null ? base : embeddingAttributes(request), e), e, null));
            }
            throw e;
        }
    }

    private Map<String, Object> embeddingAttributes(EmbeddingRequest request) {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put(GenAiAttributes.OPERATION_NAME, "embeddings");
        base.put(GenAiAttributes.PROVIDER_NAME, next.name());
        if (request.model() != null) {
            base.put(GenAiAttributes.REQUEST_MODEL, request.model());
        }
        return base;
    }

    @Override
    public void close() {
        next.close();
    }
}
