package ai.domainassist.core.observe;

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
     * A call's failure always (it logs at warn); stream events only while trace is on; every
     * other type only while debug is on.
     *
     * @param type the kind of event
     * @return whether an event of this type would be logged now
     */
    @Override
    public boolean wants(ModelCallEvent.Type type) {
        return switch (type) {
            case CALL_ERROR -> log.isWarnEnabled();
            case STREAM_EVENT -> log.isTraceEnabled();
            default -> log.isDebugEnabled();
        };
    }

    @Override
    public void onRequest(ModelCallEvent event) {
        log.debug("model request {}", event.attributes());
    }

    @Override
    public void onResponse(ModelCallEvent event) {
        log.debug("model response {}", event.attributes());
    }

    @Override
    public void onStreamEvent(ModelCallEvent event) {
        log.trace("model stream event {}", event.attributes().get(GenAiAttributes.STREAM_EVENT));
    }

    @Override
    public void onRetry(ModelCallEvent event) {
        log.debug("model attempt retried {}", event.attributes());
    }

    @Override
    public void onFailover(ModelCallEvent event) {
        log.debug("model call failed over {}", event.attributes());
    }

    @Override
    public void onError(ModelCallEvent event) {
        log.debug("model attempt failed {}", event.attributes());
    }

    @Override
    public void onCallStart(ModelCallEvent event) {
        log.debug("model call {}", event.attributes());
    }

    @Override
    public void onCallResponse(ModelCallEvent event) {
        log.debug("model call answered {}", event.attributes());
    }

    /** The one warn line of a failed call. */
    @Override
    public void onCallError(ModelCallEvent event) {
        Map<String, Object> a = event.attributes();
        log.warn("model call failed: {} (request id {}; provider {}, model {}, HTTP status {}, attempts {}, task {})",
                a.get(GenAiAttributes.ERROR_TYPE), orNone(a.get(GenAiAttributes.PROVIDER_REQUEST_ID)),
                orNone(a.get(GenAiAttributes.PROVIDER_NAME)), orNone(a.get(GenAiAttributes.REQUEST_MODEL)),
                orNone(a.get(GenAiAttributes.HTTP_STATUS)), a.get(GenAiAttributes.CALL_ATTEMPTS),
                orNone(a.get(GenAiAttributes.TASK)));
    }

    @Override
    public void onTaskStart(ModelCallEvent event) {
        log.debug("task started {}", event.attributes());
    }

    @Override
    public void onTaskEnd(ModelCallEvent event) {
        log.debug("task ended {}", event.attributes());
    }

    private static Object orNone(Object value) {
        return value == null ? "none" : value;
    }
}
