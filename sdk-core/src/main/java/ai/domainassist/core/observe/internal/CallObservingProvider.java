package ai.domainassist.core.observe.internal;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.observe.ModelCallEvent.CallFailed;
import ai.domainassist.core.observe.ModelCallEvent.CallStarted;
import ai.domainassist.core.observe.ModelCallEvent.CallSucceeded;
import ai.domainassist.core.observe.ModelCallEvent.Kind;
import ai.domainassist.core.observe.ModelCallEvent.RequestInfo;
import ai.domainassist.core.observe.ModelCallEvent.ResponseInfo;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.Objects;

/**
 * The call observer: one call start and one call end (succeeded or failed) per logical call,
 * around the failover router and the per-provider chains (so around every retry and failover). It
 * registers each call in {@link Listeners} under its request object, which the pipeline passes
 * unchanged to every attempt, so the attempts' events carry the call's id. Made by
 * {@link ObservingProvider#observeCalls}. Thread-safe.
 */
final class CallObservingProvider implements ModelProvider {
    private final ModelProvider next;
    private final Listeners events;

    CallObservingProvider(ModelProvider next, Listeners events) {
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
            RequestInfo info = start(scope, r, false);
            try {
                ChatResponse response = next.chat(r);
                if (events.wants(Kind.CALL_SUCCEEDED)) {
                    events.publish(new CallSucceeded(scope.id, info != null ? info : RequestInfo.of(r, false),
                            provider(response.provider(), scope), ResponseInfo.of(response), scope.attempts(),
                            since(scope), null));
                }
                return response;
            } catch (ModelException e) {
                failed(info != null ? info : RequestInfo.of(r, false), scope, e, null);
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
            if (events.wants(Kind.CALL_STARTED)) {
                events.publish(new CallStarted(scope.id, RequestInfo.of(r)));
            }
            try {
                EmbeddingResponse response = next.embed(r);
                if (events.wants(Kind.CALL_SUCCEEDED)) {
                    events.publish(new CallSucceeded(scope.id, RequestInfo.of(r), provider(response.provider(), scope),
                            ResponseInfo.of(response), scope.attempts(), since(scope), null));
                }
                return response;
            } catch (ModelException e) {
                failed(RequestInfo.of(r), scope, e, null);
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
        RequestInfo info = start(scope, r, true);
        CallHandler observing = new CallHandler(r, scope, info, handler);
        try {
            return next.stream(r, observing);
        } catch (RuntimeException e) {
            events.endCall(r);
            throw e;
        }
    }

    /** Publishes the call's start when wanted. @return the request info if it was built, else {@code null} */
    private RequestInfo start(CallScope scope, ChatRequest r, boolean streaming) {
        if (!events.wants(Kind.CALL_STARTED)) {
            return null;
        }
        RequestInfo info = RequestInfo.of(r, streaming);
        events.publish(new CallStarted(scope.id, info));
        return info;
    }

    /** The provider that answered, else the one tried last. */
    private static String provider(String answered, CallScope scope) {
        return answered != null ? answered : scope.lastProvider();
    }

    private static Duration since(CallScope scope) {
        return Duration.ofNanos(System.nanoTime() - scope.startNanos);
    }

    private void failed(RequestInfo info, CallScope scope, ModelException e, Duration timeToFirstChunk) {
        if (events.wants(Kind.CALL_FAILED)) {
            String p = scope.lastProvider() != null ? scope.lastProvider() : e.provider().orElse(null);
            events.publish(new CallFailed(scope.id, info, p, e, scope.attempts(), since(scope), timeToFirstChunk));
        }
    }

    @Override
    public void close() {
        next.close();
    }

    /** Times the first chunk and publishes the call's end; ends the call's registration first. */
    private final class CallHandler implements StreamHandler {
        private final ChatRequest request;
        private final CallScope scope;
        private final RequestInfo info;
        private final StreamHandler handler;
        private volatile long firstChunkNanos;

        CallHandler(ChatRequest request, CallScope scope, RequestInfo info, StreamHandler handler) {
            this.request = request;
            this.scope = scope;
            this.info = info;
            this.handler = handler;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                events.endCall(request);
                if (events.wants(Kind.CALL_SUCCEEDED)) {
                    events.publish(new CallSucceeded(scope.id, info(), provider(c.response().provider(), scope),
                            ResponseInfo.of(c.response()), scope.attempts(), since(scope), firstChunk()));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                events.endCall(request);
                failed(info(), scope, f.error(), firstChunk());
            } else if (firstChunkNanos == 0) {
                firstChunkNanos = System.nanoTime();
            }
            handler.onEvent(event);
        }

        private RequestInfo info() {
            return info != null ? info : RequestInfo.of(request, true);
        }

        private Duration firstChunk() {
            long first = firstChunkNanos;
            return first == 0 ? null : Duration.ofNanos(first - scope.startNanos);
        }
    }
}
