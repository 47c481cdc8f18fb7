package ai.domainassist.observability.internal;

import ai.domainassist.core.observe.GenAiAttributes;
import ai.domainassist.core.observe.ModelCallEvent;
import java.util.List;
import java.util.Map;

/**
 * The one place where this module reads sdk-core's {@link ModelCallEvent}s: typed accessors over
 * an event's attribute map, so the listeners never name an attribute key or an event shape
 * themselves. When sdk-core's observer SPI changes, this class changes; the listeners do not.
 *
 * <p>Immutable and thread-safe (a view over an immutable event).
 *
 * @param event the event
 */
public record CallEvent(ModelCallEvent event) {

    /** What an event marks, in this module's terms. */
    public enum Kind {
        /** A logical call starts. */
        CALL_START,
        /** A logical call ended with an answer. */
        CALL_END,
        /** A logical call failed. */
        CALL_FAILED,
        /** An attempt is sent. */
        ATTEMPT_START,
        /** An attempt answered. */
        ATTEMPT_END,
        /** An attempt failed. */
        ATTEMPT_FAILED,
        /** An attempt will be retried. */
        RETRY,
        /** A provider failed and the next is tried. */
        FAILOVER,
        /** A helper task starts. */
        TASK_START,
        /** A helper task ended (failed when {@link #errorType()} is set). */
        TASK_END,
        /** Anything else (stream chunks): the listeners here ignore it. */
        OTHER
    }

    /**
     * @param type an event type
     * @return the kind it maps to
     */
    public static Kind kind(ModelCallEvent.Type type) {
        return switch (type) {
            case CALL_START -> Kind.CALL_START;
            case CALL_RESPONSE -> Kind.CALL_END;
            case CALL_ERROR -> Kind.CALL_FAILED;
            case REQUEST -> Kind.ATTEMPT_START;
            case RESPONSE -> Kind.ATTEMPT_END;
            case ERROR -> Kind.ATTEMPT_FAILED;
            case RETRY -> Kind.RETRY;
            case FAILOVER -> Kind.FAILOVER;
            case TASK_START -> Kind.TASK_START;
            case TASK_END -> Kind.TASK_END;
            default -> Kind.OTHER;
        };
    }

    /** @return this event's kind */
    public Kind kind() {
        return kind(event.type());
    }

    /** @return the attributes as sdk-core named them (OpenTelemetry GenAI names where one exists) */
    public Map<String, Object> attributes() {
        return event.attributes();
    }

    /** @return {@code chat} or {@code embeddings} */
    public String operation() {
        return string(GenAiAttributes.OPERATION_NAME, "chat");
    }

    /** @return the provider's name, or {@code unknown} */
    public String provider() {
        return string(GenAiAttributes.PROVIDER_NAME, "unknown");
    }

    /** @return the model asked for, or {@code null} when the request named none */
    public String requestModel() {
        return string(GenAiAttributes.REQUEST_MODEL, null);
    }

    /** @return the error's type, or {@code null} on success */
    public String errorType() {
        return string(GenAiAttributes.ERROR_TYPE, null);
    }

    /** @return the call's id, or {@code -1} when the event names no call */
    public long callId() {
        return number(GenAiAttributes.CALL_ID, -1);
    }

    /** @return the attempt's number within its call, from 1, or {@code 0} when unknown */
    public int attempt() {
        return (int) number(GenAiAttributes.ATTEMPT, 0);
    }

    /** @return how many attempts the call made, or {@code 0} when unknown */
    public int attempts() {
        return (int) number(GenAiAttributes.CALL_ATTEMPTS, 0);
    }

    /** @return the duration in nanoseconds of an attempt, call or task, or {@code -1} when absent */
    public long durationNanos() {
        return number(GenAiAttributes.DURATION_NS, -1);
    }

    /** @return nanoseconds to a stream's first chunk, or {@code -1} when not a stream or no chunk came */
    public long timeToFirstChunkNanos() {
        return number(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS, -1);
    }

    /** @return prompt tokens, or {@code -1} when absent */
    public long inputTokens() {
        return number(GenAiAttributes.USAGE_INPUT_TOKENS, -1);
    }

    /** @return completion tokens, or {@code -1} when absent */
    public long outputTokens() {
        return number(GenAiAttributes.USAGE_OUTPUT_TOKENS, -1);
    }

    /** @return the task's label ({@code medical.structure} ...), or {@code null} */
    public String task() {
        return string(GenAiAttributes.TASK, null);
    }

    /** @return the task's id, or {@code -1} */
    public long taskId() {
        return number(GenAiAttributes.TASK_ID, -1);
    }

    /** @return the task result's mode in lower case, or {@code null} when it failed */
    public String taskMode() {
        return string(GenAiAttributes.TASK_MODE, null);
    }

    /** @return the kinds of the task result's flags, one entry per flag */
    @SuppressWarnings("unchecked")
    public List<String> taskFlagKinds() {
        Object v = event.attributes().get(GenAiAttributes.TASK_FLAG_KINDS);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    private String string(String key, String otherwise) {
        Object v = event.attributes().get(key);
        return v == null ? otherwise : v.toString();
    }

    private long number(String key, long otherwise) {
        Object v = event.attributes().get(key);
        return v instanceof Number n ? n.longValue() : otherwise;
    }
}
