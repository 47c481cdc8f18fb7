package ai.domainassist.core.observe;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link ModelCallEvent}s and delivers them to a list of listeners, isolating each
 * listener's failures. Used by {@link ObservingProvider} and by the client builder (for call,
 * retry and failover events), and by the domain helpers for their tasks ({@link #startTask}).
 * It also keeps the calls in flight, so that each attempt's events name their call
 * ({@link GenAiAttributes#CALL_ID}, {@link GenAiAttributes#ATTEMPT}). Thread-safe.
 */
public final class ModelCallEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCallEvents.class);
    private static final AtomicLong IDS = new AtomicLong();
    /** No listener: publishes nothing, builds nothing. */
    public static final ModelCallEvents NONE = new ModelCallEvents(List.of());

    private final List<ModelCallListener> listeners;
    /** The calls in flight, by request identity (the pipeline passes one request object down every attempt). */
    private final ConcurrentHashMap<RequestKey, CallScope> calls = new ConcurrentHashMap<>();

    /**
     * @param listeners the listeners, called in order
     */
    public ModelCallEvents(List<ModelCallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** @return whether there is no listener (events need not be built) */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /**
     * Whether any listener wants events of a type (see {@link ModelCallListener#wants}): when none
     * does, the caller need not build the event.
     *
     * @param type the kind of event
     * @return {@code true} if at least one listener wants it
     */
    public boolean wants(ModelCallEvent.Type type) {
        for (ModelCallListener l : listeners) {
            if (wants(l, type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Delivers an event to every listener that wants its type.
     *
     * @param event the event
     */
    public void publish(ModelCallEvent event) {
        for (ModelCallListener l : listeners) {
            if (!wants(l, event.type())) {
                continue;
            }
            try {
                l.dispatch(event);
            } catch (RuntimeException e) {
                LOG.warn("model call listener {} failed on {} ({})", l.getClass().getName(), event.type(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Registers a call in flight under its request object. Package-private: used by the call
     * observer, which passes the same object down to every attempt.
     *
     * @param request the request object
     * @return the call's scope, or {@code null} if that object already belongs to a call in flight
     *     (the caller then passes a copy)
     */
    CallScope beginCall(Object request) {
        CallScope scope = new CallScope(IDS.incrementAndGet(), System.nanoTime());
        return calls.putIfAbsent(new RequestKey(request), scope) == null ? scope : null;
    }

    /**
     * @param request an attempt's request object
     * @return the call it belongs to, or {@code null} when no call observer registered it
     */
    CallScope callOf(Object request) {
        return calls.isEmpty() ? null : calls.get(new RequestKey(request));
    }

    /** @param request the request object of a call that ended */
    void endCall(Object request) {
        calls.remove(new RequestKey(request));
    }

    /** @return how many calls are in flight (for tests: none may leak) */
    int callsInFlight() {
        return calls.size();
    }

    /**
     * Starts a helper task (a domain helper's public method, for example {@code medical.structure}):
     * publishes {@link ModelCallEvent.Type#TASK_START} now, and {@link ModelCallEvent.Type#TASK_END}
     * when the returned task is ended. Call both on the same thread, with the task's model calls
     * in between, so a tracing listener can put those calls under the task. Costs nothing when no
     * listener wants task events.
     *
     * <p>{@link #task(String, Supplier)} does both for a task that returns a {@link Result}.
     *
     * @param task the task's label: {@code <domain>.<method>}
     * @return the running task; end it exactly once
     * @throws NullPointerException if {@code task} is {@code null}
     */
    public Task startTask(String task) {
        Objects.requireNonNull(task, "task");
        boolean start = wants(ModelCallEvent.Type.TASK_START);
        boolean end = wants(ModelCallEvent.Type.TASK_END);
        if (!start && !end) {
            return Task.NOOP;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(GenAiAttributes.TASK, task);
        a.put(GenAiAttributes.TASK_ID, IDS.incrementAndGet());
        if (start) {
            publish(new ModelCallEvent(ModelCallEvent.Type.TASK_START, a, null, null));
        }
        return new Task(end ? this : null, a, System.nanoTime());
    }

    /**
     * Runs a helper task between {@link ModelCallEvent.Type#TASK_START} and
     * {@link ModelCallEvent.Type#TASK_END} ({@link #startTask} in one call):
     * {@code return events.task("claims.assess", () -> assessInside(bundle, policy));}
     *
     * @param task the task's label: {@code <domain>.<method>}
     * @param body the task
     * @param <T> the result's value type
     * @return what {@code body} returned
     * @throws RuntimeException whatever {@code body} throws, after {@code TASK_END} reported it
     */
    public <T> Result<T> task(String task, Supplier<Result<T>> body) {
        Task t = startTask(task);
        try {
            return t.end(body.get());
        } catch (RuntimeException e) {
            t.fail(e);
            throw e;
        }
    }

    /**
     * A helper task in progress, from {@link #startTask}. End it once, with {@link #end} or
     * {@link #fail}; later calls are ignored. Not thread-safe: end it on the thread that started it.
     */
    public static final class Task {
        static final Task NOOP = new Task(null, Map.of(), 0);
        private final ModelCallEvents events;
        private final Map<String, Object> base;
        private final long t0;
        private boolean ended;

        private Task(ModelCallEvents events, Map<String, Object> base, long t0) {
            this.events = events;
            this.base = base;
            this.t0 = t0;
        }

        /**
         * Ends the task with its result: publishes its mode, flag count and flag kinds.
         *
         * @param result the task's result
         * @param <T> the result's value type
         * @return {@code result}, to return it in one statement
         */
        public <T> Result<T> end(Result<T> result) {
            if (events != null && !ended) {
                Map<String, Object> a = new LinkedHashMap<>(base);
                a.put(GenAiAttributes.TASK_MODE, result.mode().name().toLowerCase(Locale.ROOT));
                a.put(GenAiAttributes.TASK_FLAGS, result.flags().size());
                List<String> kinds = new ArrayList<>(result.flags().size());
                for (ReviewFlag f : result.flags()) {
                    kinds.add(f.kind().name().toLowerCase(Locale.ROOT));
                }
                a.put(GenAiAttributes.TASK_FLAG_KINDS, List.copyOf(kinds));
                a.put(GenAiAttributes.DURATION_NS, System.nanoTime() - t0);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.TASK_END, a, null, null));
            }
            ended = true;
            return result;
        }

        /**
         * Ends the task with the error it throws: publishes its type.
         *
         * @param error what the task throws
         */
        public void fail(RuntimeException error) {
            if (events != null && !ended) {
                Map<String, Object> a = new LinkedHashMap<>(base);
                a.put(GenAiAttributes.ERROR_TYPE, error.getClass().getSimpleName());
                a.put(GenAiAttributes.DURATION_NS, System.nanoTime() - t0);
                events.publish(new ModelCallEvent(ModelCallEvent.Type.TASK_END, a,
                        error instanceof ModelException me ? me : null, null));
            }
            ended = true;
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

    private static boolean wants(ModelCallListener l, ModelCallEvent.Type type) {
        try {
            return l.wants(type);
        } catch (RuntimeException e) {
            LOG.warn("model call listener {} failed on wants({}) ({}); it gets the event", l.getClass().getName(), type,
                    e.getClass().getSimpleName());
            return true;
        }
    }

    /**
     * The attributes of a request.
     *
     * @param provider the provider's name
     * @param r the request
     * @return the attributes
     */
    public static Map<String, Object> requestAttributes(String provider, ChatRequest r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(GenAiAttributes.OPERATION_NAME, "chat");
        a.put(GenAiAttributes.PROVIDER_NAME, provider);
        putIfSet(a, GenAiAttributes.REQUEST_MODEL, r.model());
        putIfSet(a, GenAiAttributes.REQUEST_TEMPERATURE, r.temperature());
        putIfSet(a, GenAiAttributes.REQUEST_TOP_P, r.topP());
        putIfSet(a, GenAiAttributes.REQUEST_MAX_TOKENS, r.maxTokens());
        putIfSet(a, GenAiAttributes.REQUEST_SEED, r.seed());
        a.put(GenAiAttributes.OUTPUT_TYPE, r.responseFormat() == null || r.responseFormat().type() == ResponseFormat.Type.TEXT
                ? "text" : "json");
        putIfSet(a, GenAiAttributes.TASK, r.task());
        return a;
    }

    /**
     * The attributes of an embedding request.
     *
     * @param provider the provider's name
     * @param r the request
     * @return the attributes
     */
    static Map<String, Object> embeddingAttributes(String provider, EmbeddingRequest r) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(GenAiAttributes.OPERATION_NAME, "embeddings");
        a.put(GenAiAttributes.PROVIDER_NAME, provider);
        putIfSet(a, GenAiAttributes.REQUEST_MODEL, r.model());
        return a;
    }

    /**
     * The attributes of an answer.
     *
     * @param base the request's attributes
     * @param r the answer
     * @param latency how long it took
     * @return the attributes
     */
    public static Map<String, Object> responseAttributes(Map<String, Object> base, ChatResponse r, Duration latency) {
        Map<String, Object> a = new LinkedHashMap<>(base);
        putIfSet(a, GenAiAttributes.RESPONSE_MODEL, r.model());
        putIfSet(a, GenAiAttributes.RESPONSE_ID, r.id());
        a.put(GenAiAttributes.RESPONSE_FINISH_REASONS, List.of(r.finishReason().name().toLowerCase(Locale.ROOT)));
        a.put(GenAiAttributes.USAGE_INPUT_TOKENS, r.usage().promptTokens());
        a.put(GenAiAttributes.USAGE_OUTPUT_TOKENS, r.usage().completionTokens());
        a.put(GenAiAttributes.LATENCY_MS, latency.toMillis());
        return a;
    }

    /**
     * The attributes of an error.
     *
     * @param base the request's attributes
     * @param e the error
     * @return the attributes
     */
    public static Map<String, Object> errorAttributes(Map<String, Object> base, ModelException e) {
        Map<String, Object> a = new LinkedHashMap<>(base);
        a.put(GenAiAttributes.ERROR_TYPE, e.getClass().getSimpleName());
        e.httpStatus().ifPresent(s -> a.put(GenAiAttributes.HTTP_STATUS, s));
        e.requestId().ifPresent(id -> a.put(GenAiAttributes.PROVIDER_REQUEST_ID, id));
        return a;
    }

    /**
     * A retry event.
     *
     * @param provider the provider
     * @param attempt the attempt that failed
     * @param e why
     * @param delay the wait before the next attempt
     * @return the event
     */
    public static ModelCallEvent retry(String provider, int attempt, ModelException e, Duration delay) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(GenAiAttributes.PROVIDER_NAME, provider);
        a.put(GenAiAttributes.RETRY_ATTEMPT, attempt);
        a.put(GenAiAttributes.RETRY_DELAY_MS, delay.toMillis());
        return new ModelCallEvent(ModelCallEvent.Type.RETRY, errorAttributes(a, e), e, null);
    }

    /**
     * A failover event.
     *
     * @param from the provider that failed
     * @param to the provider tried next
     * @param e why
     * @return the event
     */
    public static ModelCallEvent failover(String from, String to, ModelException e) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(GenAiAttributes.PROVIDER_NAME, from);
        a.put(GenAiAttributes.FAILOVER_TO, to);
        return new ModelCallEvent(ModelCallEvent.Type.FAILOVER, errorAttributes(a, e), e, null);
    }

    /**
     * @param e a stream event
     * @return its kind for {@link GenAiAttributes#STREAM_EVENT}
     */
    static String kind(StreamEvent e) {
        if (e instanceof StreamEvent.TextDelta) {
            return "text";
        }
        if (e instanceof StreamEvent.ReasoningDelta) {
            return "reasoning";
        }
        if (e instanceof StreamEvent.ToolCallDelta) {
            return "tool_call";
        }
        return "usage";
    }

    private static void putIfSet(Map<String, Object> a, String key, Object value) {
        if (value != null) {
            a.put(key, Objects.requireNonNull(value));
        }
    }
}
