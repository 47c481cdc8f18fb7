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
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallEvent.AttemptFailed;
import ai.domainassist.core.observe.ModelCallEvent.AttemptStarted;
import ai.domainassist.core.observe.ModelCallEvent.AttemptSucceeded;
import ai.domainassist.core.observe.ModelCallEvent.Kind;
import ai.domainassist.core.observe.ModelCallEvent.RequestInfo;
import ai.domainassist.core.observe.ModelCallEvent.ResponseInfo;
import ai.domainassist.core.provider.ModelProvider;
import java.time.Duration;
import java.util.Objects;

/**
 * The attempt observer: tells listeners about every attempt that reaches a provider (started,
 * succeeded, failed, stream chunks). It sits right above the adapter, below retry, so it sees each
 * attempt; the logical call around the attempts is reported by {@link #observeCalls}, which the
 * pipeline puts above failover and retry; attempts then carry their call's id and their number in
 * it. An event is built only when some listener wants its kind. Thread-safe.
 */
public final class ObservingProvider extends ForwardingProvider {
    private final Listeners events;

    private ObservingProvider(ModelProvider next, Listeners events) {
        super(next);
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Wraps a provider adapter.
     *
     * @param next the provider adapter
     * @param events the listeners
     * @return the decorated provider
     */
    public static ObservingProvider wrap(ModelProvider next, Listeners events) {
        return new ObservingProvider(next, events);
    }

    /**
     * Wraps the part of a pipeline that makes one logical call (the failover router, or a single
     * provider's chain) so that listeners hear one call start and one call end per call, and the
     * attempts below (observed by {@link #wrap} with the same {@code events}) carry the call's id
     * and their number in it.
     *
     * @param next the router or provider chain
     * @param events the listeners, the same instance as the attempts' decorators use
     * @return the decorated provider
     */
    public static ModelProvider observeCalls(ModelProvider next, Listeners events) {
        return new CallObservingProvider(next, events);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        CallTag call = CallTags.call(request);
        long callId = call == null ? 0 : call.id();
        int attempt = call == null ? 0 : call.nextAttempt(next.name());
        RequestInfo info = null;
        if (events.wants(Kind.ATTEMPT_STARTED)) {
            info = RequestInfo.of(request, false);
            events.publish(new AttemptStarted(callId, attempt, next.name(), info));
        }
        long t0 = System.nanoTime();
        try {
            ChatResponse r = next.chat(request);
            if (events.wants(Kind.ATTEMPT_SUCCEEDED)) {
                events.publish(new AttemptSucceeded(callId, attempt, next.name(),
                        info != null ? info : RequestInfo.of(request, false), ResponseInfo.of(r), since(t0)));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(Kind.ATTEMPT_FAILED)) {
                events.publish(new AttemptFailed(callId, attempt, next.name(),
                        info != null ? info : RequestInfo.of(request, false), e, since(t0)));
            }
            throw e;
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        CallTag call = CallTags.call(request);
        ObservingHandler observing = new ObservingHandler(request, handler, call == null ? 0 : call.id(),
                call == null ? 0 : call.nextAttempt(next.name()));
        if (events.wants(Kind.ATTEMPT_STARTED)) {
            events.publish(new AttemptStarted(observing.callId, observing.attempt, next.name(), observing.info()));
        }
        observing.t0 = System.nanoTime(); // from the send, as for chat
        return next.stream(request, observing);
    }

    /** Publishes a stream attempt's events; its request info is built when a published event first needs it. */
    private final class ObservingHandler implements StreamHandler {
        private final ChatRequest request;
        private final StreamHandler handler;
        private final long callId;
        private final int attempt;
        private long t0;
        private RequestInfo info;

        ObservingHandler(ChatRequest request, StreamHandler handler, long callId, int attempt) {
            this.request = request;
            this.handler = handler;
            this.callId = callId;
            this.attempt = attempt;
        }

        RequestInfo info() {
            if (info == null) {
                info = RequestInfo.of(request, true);
            }
            return info;
        }

        @Override
        public void onEvent(StreamEvent event) {
            if (event instanceof StreamEvent.Completed c) {
                if (events.wants(Kind.ATTEMPT_SUCCEEDED)) {
                    events.publish(new AttemptSucceeded(callId, attempt, next.name(), info(),
                            ResponseInfo.of(c.response()), since(t0)));
                }
            } else if (event instanceof StreamEvent.Failed f) {
                if (events.wants(Kind.ATTEMPT_FAILED)) {
                    events.publish(new AttemptFailed(callId, attempt, next.name(), info(), f.error(), since(t0)));
                }
            } else if (events.wants(Kind.STREAM_CHUNK)) {
                events.publish(new ModelCallEvent.StreamChunk(callId, attempt, next.name(), event));
            }
            handler.onEvent(event);
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        CallScope scope = events.callOf(request);
        long callId = scope == null ? 0 : scope.id;
        int attempt = scope == null ? 0 : scope.nextAttempt(next.name());
        if (events.wants(Kind.ATTEMPT_STARTED)) {
            events.publish(new AttemptStarted(callId, attempt, next.name(), RequestInfo.of(request)));
        }
        long t0 = System.nanoTime();
        try {
            EmbeddingResponse r = next.embed(request);
            if (events.wants(Kind.ATTEMPT_SUCCEEDED)) {
                events.publish(new AttemptSucceeded(callId, attempt, next.name(), RequestInfo.of(request),
                        ResponseInfo.of(r), since(t0)));
            }
            return r;
        } catch (ModelException e) {
            if (events.wants(Kind.ATTEMPT_FAILED)) {
                events.publish(new AttemptFailed(callId, attempt, next.name(), RequestInfo.of(request), e, since(t0)));
            }
            throw e;
        }
    }

    static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
