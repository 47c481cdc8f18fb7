package ai.domainassist.core.observe;

import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs model calls through SLF4J (logger {@code ai.domainassist.core.observe.LoggingListener}):
 * one line at warn for each call that fails after its retries and failovers, with the error type,
 * the provider's request id, the provider, model, HTTP status, attempts and task; everything else
 * at debug (each attempt's request, answer and error, retries, failovers, a call's start and
 * answer, helper tasks) and stream chunks at trace. It logs the event attributes only: never prompt
 * or answer text, never headers, never an error message. For HTTP-level logging with headers
 * masked by name and bodies off by default, see {@link HttpLogging}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LoggingListener implements ModelCallListener {
    private final Logger log;

    /** Logs to the logger named after this class. */
    public LoggingListener() {
        this(LoggerFactory.getLogger(LoggingListener.class));
    }

    /**
     * @param log the logger to write to
     */
    public LoggingListener(Logger log) {
        this.log = log;
    }

    /**
     * A call's failure always (it logs at warn); stream chunks only while trace is on; every
     * other kind only while debug is on.
     *
     * @param kind the kind of event
     * @return whether an event of this kind would be logged now
     */
    @Override
    public boolean wants(ModelCallEvent.Kind kind) {
        return switch (kind) {
            case CALL_FAILED -> log.isWarnEnabled();
            case STREAM_CHUNK -> log.isTraceEnabled();
            default -> log.isDebugEnabled();
        };
    }

    /** Logs the event: the one warn line of a failed call, else its attributes at debug (chunks at trace). */
    @Override
    public void onEvent(ModelCallEvent event) {
        switch (event.kind()) {
            case CALL_FAILED -> callFailed((ModelCallEvent.CallFailed) event);
            case STREAM_CHUNK -> log.trace("model stream event {}",
                    event.attributes().get(GenAiAttributes.STREAM_EVENT));
            default -> log.debug("{} {}", MESSAGES.get(event.kind()), event.attributes());
        }
    }

    private static final Map<ModelCallEvent.Kind, String> MESSAGES = new EnumMap<>(Map.of(
            ModelCallEvent.Kind.CALL_STARTED, "model call",
            ModelCallEvent.Kind.CALL_SUCCEEDED, "model call answered",
            ModelCallEvent.Kind.ATTEMPT_STARTED, "model request",
            ModelCallEvent.Kind.ATTEMPT_SUCCEEDED, "model response",
            ModelCallEvent.Kind.ATTEMPT_FAILED, "model attempt failed",
            ModelCallEvent.Kind.RETRY_SCHEDULED, "model attempt retried",
            ModelCallEvent.Kind.FAILED_OVER, "model call failed over",
            ModelCallEvent.Kind.TASK_STARTED, "task started",
            ModelCallEvent.Kind.TASK_ENDED, "task ended"));

    /** The one warn line of a failed call: typed fields, no attribute map. */
    private void callFailed(ModelCallEvent.CallFailed e) {
        log.warn("model call failed: {} (request id {}; provider {}, model {}, HTTP status {}, attempts {}, task {})",
                e.error().getClass().getSimpleName(), e.error().requestId().orElse("none"), orNone(e.provider()),
                orNone(e.request().model()), orNone(e.error().httpStatus().orElse(null)), e.attempts(),
                orNone(e.request().task()));
    }

    private static Object orNone(Object value) {
        return value == null ? "none" : value;
    }
}
