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
 * The call observer: one {@code CALL_START} and one {@code CALL_RESPONSE} or {@code CALL_ERROR}
 * per logical call, around the failover router and the per-provider chains (so around every retry
 * and failover). It registers each call in {@link ModelCallEvents} under its request object, which
 * the pipeline passes unchanged to every attempt, so the attempts' events carry the call's id.
 * Made by {@link ObservingProvider#observeCalls}. Thread-safe.
 */
final class CallObservingProvider implements ModelProvider {
    private final ModelProvider next;
    private final ModelCallEvents events;

    CallObservingProvider(ModelProvider next, ModelCallEvents events) {
        this.next = Objects.requireNonNull(next, "next");
        this.events = Objects.requireNonNull(events, "events");
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
        ChatRequest r = request;
        CallScope scope = events.beginCall(r);
        if (scope == null) {
            // the caller runs this very request object in another call right now: a copy is a new identity
            r = request.toBuilder().build();
            scope = Objects.requireNonNull(events.beginCall(r), "a fresh copy is in no call");
        }
        try {
            Map<String, Object> base = start(scope, () -> ModelCallEvents.requestAttributes(next.name(), request));
            try {
                ChatResponse response = next.chat(r);
                if (events.wants(ModelCallEvent.Type.CALL_RESPONSE)) {
                    long ns = System.nanoTime() - scope.startNanos;
                    Map<String, Object> a = ModelCallEvents.responseAttributes(base(base, scope, r), response,
                            Duration.ofNanos(ns));
                    end(a, scope, response.provider(), ns);
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.CALL_RESPONSE, a, null, null));
                }
                return response;
            } catch (ModelException e) {
                publishError(base(base, scope, r), scope, e);
                throw e;
            }
        } finally {
            events.endCall(r);
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        EmbeddingRequest r = request;
        CallScope scope = events.beginCall(r);
        if (scope == null) {
            r = new EmbeddingRequest(request.model(), request.inputs(), request.dimensions(), request.extraParameters());
            scope = Objects.requireNonNull(events.beginCall(r), "a fresh copy is in no call");
        }
        try {
            Map<String, Object> base = start(scope, () -> ModelCallEvents.embeddingAttributes(next.name(), request));
            try {
                EmbeddingResponse response = next.embed(r);
                if (events.wants(ModelCallEvent.Type.CALL_RESPONSE)) {
                    long ns = System.nanoTime() - scope.startNanos;
                    Map<String, Object> a = new LinkedHashMap<>(base != null ? base
                            : withCall(ModelCallEvents.embeddingAttributes(next.name(), request), scope));
                    if (response.model() != null) {
                        a.put(GenAiAttributes.RESPONSE_MODEL, response.model());
                    }
                    a.put(GenAiAttributes.USAGE_INPUT_TOKENS, response.usage().promptTokens());
                    a.put(GenAiAttributes.LATENCY_MS, Duration.ofNanos(ns).toMillis());
                    end(a, scope, response.provider(), ns);
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.CALL_RESPONSE, a, null, null));
                }
                return response;
            } catch (ModelException e) {
                publishError(base != null ? base : withCall(ModelCallEvents.embeddingAttributes(next.name(), request), scope),
                        scope, e);
                throw e;
            }
        } finally {
            events.endCall(r);
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        ChatRequest r = request;
        CallScope scope = events.beginCall(r);
        if (scope == null) {
            r = request.toBuilder().build();
            scope = Objects.requireNonNull(events.beginCall(r), "a fresh copy is in no call");
        }
        Map<String, Object> base = start(scope, () -> streamAttributes(request));
        CallHandler observing = new CallHandler(r, scope, base, handler);
        try {
            return next.stream(r, observing);
        } catch (RuntimeException e) {
            events.endCall(r);
            throw e;
        }
    }

    /** Publishes CALL_START when wanted. @return the call's attributes if they were built, else {@code null} */
    private Map<String, Object> start(CallScope scope, java.util.function.Supplier<Map<String, Object>> attributes) {
        if (!events.wants(ModelCallEvent.Type.CALL_START)) {
            return null;
        }
        Map<String, Object> base = withCall(attributes.get(), scope);
        events.publish(new ModelCallEvent(ModelCallEvent.Type.CALL_START, base, null, null));
        return base;
    }

    private Map<String, Object> base(Map<String, Object> built, CallScope scope, ChatRequest r) {
        return built != null ? built : withCall(ModelCallEvents.requestAttributes(next.name(), r), scope);
    }

    private Map<String, Object> streamAttributes(ChatRequest r) {
        Map<String, Object> a = ModelCallEvents.requestAttributes(next.name(), r);
        a.put(GenAiAttributes.STREAMING, true);
        return a;
    }

    private static Map<String, Object> withCall(Map<String, Object> a, CallScope scope) {
        a.put(GenAiAttributes.CALL_ID, scope.id);
        return a;
    }

    /** The provider that answered (or was tried last), the attempts and the duration. */
    private void end(Map<String, Object> a, CallScope scope, String provider, long ns) {
        String p = provider != null ? provider : scope.lastProvider();
        if (p != null) {
            a.put(GenAiAttributes.PROVIDER_NAME, p);
        }
        a.put(GenAiAttributes.CALL_ATTEMPTS, scope.attempts());
        a.put(GenAiAttributes.DURATION_NS, ns);
    }

    private void publishError(Map<String, Object> base, CallScope scope, ModelException e) {
        if (!events.wants(ModelCallEvent.Type.CALL_ERROR)) {
            return;
        }
        Map<String, Object> a = ModelCallEvents.errorAttributes(base, e);
        end(a, scope, scope.lastProvider() != null ? scope.lastProvider() : e.provider().orElse(null),
                System.nanoTime() - scope.startNanos);
        events.publish(new ModelCallEvent(ModelCallEvent.Type.CALL_ERROR, a, e, null));
    }

    @Override
    public void close() {
        next.close();
    }

    /** Times the first chunk and publishes the call's end; ends the call's registration first. */
    private final class CallHandler implements StreamHandler {
        private final ChatRequest request;
        private final CallScope scope;
        private final Map<String, Object> base;
        private final StreamHandler handler;
        private volatile long firstChunkNanos;

        CallHandler(ChatRequest request, CallScope scope, Map<String, Object> base, StreamHandler handler) {
            this.request = request;
            this.scope = scope;
            this.base = base;
            this.handler = handler;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                events.endCall(request);
                if (events.wants(ModelCallEvent.Type.CALL_RESPONSE)) {
                    long ns = System.nanoTime() - scope.startNanos;
                    Map<String, Object> a = ModelCallEvents.responseAttributes(attributes(), c.response(),
                            Duration.ofNanos(ns));
                    end(a, scope, c.response().provider(), ns);
                    firstChunk(a);
                    events.publish(new ModelCallEvent(ModelCallEvent.Type.CALL_RESPONSE, a, null, null));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                events.endCall(request);
                if (events.wants(ModelCallEvent.Type.CALL_ERROR)) {
                    Map<String, Object> a = new LinkedHashMap<>(attributes());
                    firstChunk(a);
                    publishError(a, scope, f.error());
                }
            } else if (firstChunkNanos == 0) {
                firstChunkNanos = System.nanoTime();
            }
            handler.onEvent(event);
        }

        private Map<String, Object> attributes() {
            return base != null ? base : withCall(streamAttributes(request), scope);
        }

        private void firstChunk(Map<String, Object> a) {
            long first = firstChunkNanos;
            if (first != 0) {
                a.put(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS, first - scope.startNanos);
            }
        }
    }
}
