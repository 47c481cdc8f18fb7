package ai.domainassist.core.observe;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link ModelCallEvent}s and delivers them to a list of listeners, isolating each
 * listener's failures. Used by {@link ObservingProvider} and by the client builder (for retry
 * and failover events). Immutable and thread-safe.
 */
public final class ModelCallEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCallEvents.class);
    private final List<ModelCallListener> listeners;

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
