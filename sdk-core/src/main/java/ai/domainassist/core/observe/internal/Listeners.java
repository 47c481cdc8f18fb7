package ai.domainassist.core.observe.internal;

import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallListener;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link ModelCallEvent}s to a list of listeners, each only the kinds it wants, isolating
 * each listener's failures; and keeps the calls in flight, so that each attempt's events name their
 * call. Which kinds some listener wants is asked once, here, so the decorators test a flag before
 * they build an event. Thread-safe.
 */
public final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private static final AtomicLong IDS = new AtomicLong();
    /** No listener: wants nothing, publishes nothing. */
    public static final Listeners NONE = new Listeners(List.of());

    private final List<ModelCallListener> listeners;
    /** The calls in flight, by request identity (the pipeline passes one request object down every attempt). */
    private final ConcurrentHashMap<RequestKey, CallScope> calls = new ConcurrentHashMap<>();

    /**
     * @param listeners the listeners, called in order
     */
    public Listeners(List<ModelCallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** @return a new id for a call or a task, unique within the process */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** @return whether there is no listener (events need not be built) */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /**
     * Whether any listener wants events of a kind: when none does, the caller need not build the
     * event. Asks each listener now (a logging listener's answer follows its log level).
     *
     * @param kind the kind of event
     * @return {@code true} if at least one listener wants it
     */
    public boolean wants(ModelCallEvent.Kind kind) {
        for (ModelCallListener l : listeners) {
            if (wants(l, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Delivers an event to every listener that wants its kind.
     *
     * @param event the event
     */
    public void publish(ModelCallEvent event) {
        ModelCallEvent.Kind kind = event.kind();
        for (ModelCallListener l : listeners) {
            if (!wants(l, kind)) {
                continue;
            }
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("model call listener {} failed on {} ({})", l.getClass().getName(), kind,
                        e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Registers a call in flight under its request object.
     *
     * @param request the request object the call passes down to every attempt
     * @return the call's scope, or {@code null} if that object already belongs to a call in flight
     *     (the caller then passes a copy)
     */
    public CallScope beginCall(Object request) {
        CallScope scope = new CallScope(nextId(), System.nanoTime());
        return calls.putIfAbsent(new RequestKey(request), scope) == null ? scope : null;
    }

    /**
     * @param request an attempt's request object
     * @return the call it belongs to, or {@code null} when no call observer registered it
     */
    public CallScope callOf(Object request) {
        return calls.isEmpty() ? null : calls.get(new RequestKey(request));
    }

    /** @param request the request object of a call that ended */
    public void endCall(Object request) {
        calls.remove(new RequestKey(request));
    }

    /** @return how many calls are in flight (for tests: none may leak) */
    public int callsInFlight() {
        return calls.size();
    }

    private static boolean wants(ModelCallListener l, ModelCallEvent.Kind kind) {
        try {
            return l.wants(kind);
        } catch (RuntimeException e) {
            LOG.warn("model call listener {} failed on wants({}) ({}); it gets the event", l.getClass().getName(), kind,
                    e.getClass().getSimpleName());
            return true;
        }
    }

    /** A request object compared by identity. */
    private static final class RequestKey {
        private final Object request;

        RequestKey(Object request) {
            this.request = request;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RequestKey k && k.request == request;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(request);
        }
    }
}
