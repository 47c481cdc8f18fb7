package ai.domainassist.observability.internal;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallEvent.AttemptFailed;
import ai.domainassist.core.observe.ModelCallEvent.AttemptStarted;
import ai.domainassist.core.observe.ModelCallEvent.AttemptSucceeded;
import ai.domainassist.core.observe.ModelCallEvent.CallFailed;
import ai.domainassist.core.observe.ModelCallEvent.CallStarted;
import ai.domainassist.core.observe.ModelCallEvent.CallSucceeded;
import ai.domainassist.core.observe.ModelCallEvent.FailedOver;
import ai.domainassist.core.observe.ModelCallEvent.RequestInfo;
import ai.domainassist.core.observe.ModelCallEvent.ResponseInfo;
import ai.domainassist.core.observe.ModelCallEvent.RetryScheduled;
import ai.domainassist.core.observe.ModelCallEvent.TaskEnded;
import ai.domainassist.core.observe.ModelCallEvent.TaskStarted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where this module reads sdk-core's {@link ModelCallEvent}s: the few facts the
 * listeners need, in this module's terms, read from the events' typed fields, so the listeners never
 * name an event type or its fields themselves. When sdk-core's observer API changes, this class
 * changes; the listeners do not.
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
     * @param kind an event kind
     * @return the kind it maps to
     */
    public static Kind kind(ModelCallEvent.Kind kind) {
        return switch (kind) {
            case CALL_STARTED -> Kind.CALL_START;
            case CALL_SUCCEEDED -> Kind.CALL_END;
            case CALL_FAILED -> Kind.CALL_FAILED;
            case ATTEMPT_STARTED -> Kind.ATTEMPT_START;
            case ATTEMPT_SUCCEEDED -> Kind.ATTEMPT_END;
            case ATTEMPT_FAILED -> Kind.ATTEMPT_FAILED;
            case RETRY_SCHEDULED -> Kind.RETRY;
            case FAILED_OVER -> Kind.FAILOVER;
            case TASK_STARTED -> Kind.TASK_START;
            case TASK_ENDED -> Kind.TASK_END;
            default -> Kind.OTHER;
        };
    }

    /** @return this event's kind */
    public Kind kind() {
        return kind(event.kind());
    }

    /** @return the attributes as sdk-core names them (OpenTelemetry GenAI names where one exists); built on each call */
    public Map<String, Object> attributes() {
        return event.attributes();
    }

    /** @return what the call or attempt asked for, or {@code null} for other events */
    public RequestInfo request() {
        if (event instanceof CallStarted e) {
            return e.request();
        } else if (event instanceof CallSucceeded e) {
            return e.request();
        } else if (event instanceof CallFailed e) {
            return e.request();
        } else if (event instanceof AttemptStarted e) {
            return e.request();
        } else if (event instanceof AttemptSucceeded e) {
            return e.request();
        } else if (event instanceof AttemptFailed e) {
            return e.request();
        }
        return null;
    }

    /** @return what came back (a succeeded call or attempt), or {@code null} */
    public ResponseInfo response() {
        if (event instanceof CallSucceeded e) {
            return e.response();
        } else if (event instanceof AttemptSucceeded e) {
            return e.response();
        }
        return null;
    }

    /** @return the error of a failed call or attempt, a retry or a failover, or {@code null} */
    public ModelException error() {
        if (event instanceof CallFailed e) {
            return e.error();
        } else if (event instanceof AttemptFailed e) {
            return e.error();
        } else if (event instanceof RetryScheduled e) {
            return e.error();
        } else if (event instanceof FailedOver e) {
            return e.error();
        }
        return null;
    }

    /** @return {@code chat} or {@code embeddings} */
    public String operation() {
        RequestInfo r = request();
        return r == null ? "chat" : r.operation();
    }

    /** @return the provider's name, or {@code unknown} */
    public String provider() {
        String p = providerOrNull();
        return p == null ? "unknown" : p;
    }

    /** @return the provider's name as the event holds it, or {@code null} when it names none */
    public String providerOrNull() {
        String p = null;
        if (event instanceof CallSucceeded e) {
            p = e.provider();
        } else if (event instanceof CallFailed e) {
            p = e.provider();
        } else if (event instanceof AttemptStarted e) {
            p = e.provider();
        } else if (event instanceof AttemptSucceeded e) {
            p = e.provider();
        } else if (event instanceof AttemptFailed e) {
            p = e.provider();
        } else if (event instanceof RetryScheduled e) {
            p = e.provider();
        } else if (event instanceof FailedOver e) {
            p = e.from();
        }
        return p;
    }

    /** @return the model asked for, or {@code null} when the request named none */
    public String requestModel() {
        RequestInfo r = request();
        return r == null ? null : r.model();
    }

    /** @return the error's type, or {@code null} on success */
    public String errorType() {
        if (event instanceof TaskEnded t) {
            return t.errorType();
        }
        ModelException e = error();
        return e == null ? null : e.getClass().getSimpleName();
    }

    /** @return the call's id, or {@code -1} when the event names no call */
    public long callId() {
        long id = 0;
        if (event instanceof CallStarted e) {
            id = e.callId();
        } else if (event instanceof CallSucceeded e) {
            id = e.callId();
        } else if (event instanceof CallFailed e) {
            id = e.callId();
        } else if (event instanceof AttemptStarted e) {
            id = e.callId();
        } else if (event instanceof AttemptSucceeded e) {
            id = e.callId();
        } else if (event instanceof AttemptFailed e) {
            id = e.callId();
        }
        return id == 0 ? -1 : id;
    }

    /** @return the attempt's number within its call, from 1, or {@code 0} when unknown */
    public int attempt() {
        if (event instanceof AttemptStarted e) {
            return e.attempt();
        } else if (event instanceof AttemptSucceeded e) {
            return e.attempt();
        } else if (event instanceof AttemptFailed e) {
            return e.attempt();
        }
        return 0;
    }

    /** @return how many attempts the call made, or {@code 0} when unknown */
    public int attempts() {
        if (event instanceof CallSucceeded e) {
            return e.attempts();
        } else if (event instanceof CallFailed e) {
            return e.attempts();
        }
        return 0;
    }

    /** @return the duration in nanoseconds of an attempt, call or task, or {@code -1} when absent */
    public long durationNanos() {
        Duration d = null;
        if (event instanceof CallSucceeded e) {
            d = e.duration();
        } else if (event instanceof CallFailed e) {
            d = e.duration();
        } else if (event instanceof AttemptSucceeded e) {
            d = e.duration();
        } else if (event instanceof AttemptFailed e) {
            d = e.duration();
        } else if (event instanceof TaskEnded e) {
            d = e.duration();
        }
        return d == null ? -1 : d.toNanos();
    }

    /** @return nanoseconds to a stream's first chunk, or {@code -1} when not a stream or no chunk came */
    public long timeToFirstChunkNanos() {
        Duration d = null;
        if (event instanceof CallSucceeded e) {
            d = e.timeToFirstChunk();
        } else if (event instanceof CallFailed e) {
            d = e.timeToFirstChunk();
        }
        return d == null ? -1 : d.toNanos();
    }

    /** @return prompt tokens, or {@code -1} when absent */
    public long inputTokens() {
        ResponseInfo r = response();
        return r == null ? -1 : r.usage().promptTokens();
    }

    /** @return completion tokens, or {@code -1} when absent (embeddings report none) */
    public long outputTokens() {
        ResponseInfo r = response();
        return r == null || r.finishReason() == null ? -1 : r.usage().completionTokens();
    }

    /** @return the task's label ({@code medical.structure} ...), or {@code null} */
    public String task() {
        if (event instanceof TaskStarted t) {
            return t.task();
        } else if (event instanceof TaskEnded t) {
            return t.task();
        }
        RequestInfo r = request();
        return r == null ? null : r.task();
    }

    /** @return the task's id, or {@code -1} */
    public long taskId() {
        if (event instanceof TaskStarted t) {
            return t.taskId();
        } else if (event instanceof TaskEnded t) {
            return t.taskId();
        }
        return -1;
    }

    /** @return the task result's mode in lower case, or {@code null} when it failed */
    public String taskMode() {
        return event instanceof TaskEnded t && t.mode() != null ? t.mode().name().toLowerCase(Locale.ROOT) : null;
    }

    /** @return the kinds of the task result's flags in lower case, one entry per flag */
    public List<String> taskFlagKinds() {
        if (!(event instanceof TaskEnded t)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(t.flagKinds().size());
        for (ReviewFlag.Kind k : t.flagKinds()) {
            out.add(k.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
