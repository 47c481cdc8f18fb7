package ai.domainassist.core.observe.internal;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.internal.CallTag;
import ai.domainassist.core.chat.internal.CallTags;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.observe.ModelCallEvent.CallFailed;
import ai.domainassist.core.observe.ModelCallEvent.CallStarted;
import ai.domainassist.core.observe.ModelCallEvent.CallSucceeded;
import ai.domainassist.core.observe.ModelCallEvent.Kind;
import ai.domainassist.core.observe.ModelCallEvent.RequestInfo;
import ai.domainassist.core.observe.ModelCallEvent.ResponseInfo;
import ai.domainassist.core.provider.ModelProvider;
import java.time.Duration;
import java.util.Objects;

/**
 * The call observer: one call start and one call end (succeeded or failed) per logical call,
 * around the failover router and the per-provider chains (so around every retry and failover). A
 * chat call is the request's {@link CallTag} (the facade tags every call; every request the
 * pipeline derives for a later attempt keeps the tag), so the attempts' events carry the call's id
 * without a shared map; an embedding call is registered in {@link Listeners} under its request
 * object, which the pipeline passes unchanged to every attempt. Made by
 * {@link ObservingProvider#observeCalls}. Thread-safe.
 */
final class CallObservingProvider extends ForwardingProvider {
    private final Listeners events;

    CallObservingProvider(ModelProvider next, Listeners events) {
        super(next);
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatRequest r = tagged(request);
        CallTag call = CallTags.call(r);
        long t0 = System.nanoTime();
        RequestInfo info = start(call, r, false);
        try {
            ChatResponse response = next.chat(r);
            if (events.wants(Kind.CALL_SUCCEEDED)) {
                events.publish(new CallSucceeded(call.id(), info != null ? info : RequestInfo.of(r, false),
                        provider(response.provider(), call), ResponseInfo.of(response), call.attempts(),
                        since(t0), null));
            }
            return response;
        } catch (ModelException e) {
            failed(info != null ? info : RequestInfo.of(r, false), call, t0, e, null);
            throw e;
        }
    }

    /** The request with its call tag: the facade's, or a new one when this decorator runs without the facade. */
    private static ChatRequest tagged(ChatRequest request) {
        return CallTags.call(request) != null ? request : CallTags.withTag(request, new CallTag());
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
                    String p = response.provider() != null ? response.provider() : scope.lastProvider();
                    events.publish(new CallSucceeded(scope.id, RequestInfo.of(r), p, ResponseInfo.of(response),
                            scope.attempts(), since(scope.startNanos), null));
                }
                return response;
            } catch (ModelException e) {
                if (events.wants(Kind.CALL_FAILED)) {
                    String p = scope.lastProvider() != null ? scope.lastProvider() : e.provider().orElse(null);
                    events.publish(new CallFailed(scope.id, RequestInfo.of(r), p, e, scope.attempts(),
                            since(scope.startNanos), null));
                }
                throw e;
            }
        } finally {
            events.endCall(r);
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        ChatRequest r = tagged(request);
        CallTag call = CallTags.call(r);
        long t0 = System.nanoTime();
        RequestInfo info = start(call, r, true);
        return next.stream(r, new CallHandler(r, call, t0, info, handler));
    }

    /** Publishes the call's start when wanted. @return the request info if it was built, else {@code null} */
    private RequestInfo start(CallTag call, ChatRequest r, boolean streaming) {
        if (!events.wants(Kind.CALL_STARTED)) {
            return null;
        }
        RequestInfo info = RequestInfo.of(r, streaming);
        events.publish(new CallStarted(call.id(), info));
        return info;
    }

    /** The provider that answered, else the one tried last. */
    private static String provider(String answered, CallTag call) {
        return answered != null ? answered : call.lastProvider();
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private void failed(RequestInfo info, CallTag call, long t0, ModelException e, Duration timeToFirstChunk) {
        if (events.wants(Kind.CALL_FAILED)) {
            String p = call.lastProvider() != null ? call.lastProvider() : e.provider().orElse(null);
            events.publish(new CallFailed(call.id(), info, p, e, call.attempts(), since(t0), timeToFirstChunk));
        }
    }

    /** Times the first chunk and publishes the call's end. */
    private final class CallHandler implements StreamHandler {
        private final ChatRequest request;
        private final CallTag call;
        private final long t0;
        private final RequestInfo info;
        private final StreamHandler handler;
        private volatile long firstChunkNanos;

        CallHandler(ChatRequest request, CallTag call, long t0, RequestInfo info, StreamHandler handler) {
            this.request = request;
            this.call = call;
            this.t0 = t0;
            this.info = info;
            this.handler = handler;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                if (events.wants(Kind.CALL_SUCCEEDED)) {
                    events.publish(new CallSucceeded(call.id(), info(), provider(c.response().provider(), call),
                            ResponseInfo.of(c.response()), call.attempts(), since(t0), firstChunk()));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                failed(info(), call, t0, f.error(), firstChunk());
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
            return first == 0 ? null : Duration.ofNanos(first - t0);
        }
    }
}
