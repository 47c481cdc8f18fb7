package ai.domainassist.core.observe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs model calls through SLF4J (logger {@code ai.domainassist.core.observe.LoggingListener}):
 * requests, responses and stream events at debug, retries, failovers and errors at warn. It logs
 * the event attributes only (provider, model, tokens, latency, finish reason, error type, status):
 * never prompt or answer text, never headers. For HTTP-level logging with headers masked by name
 * and bodies off by default, see {@link HttpLogging}.
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
     * Requests and responses only while debug is on, stream events only while trace is on;
     * retries, failovers and errors always (they log at warn).
     *
     * @param type the kind of event
     * @return whether an event of this type would be logged now
     */
    @Override
    public boolean wants(ModelCallEvent.Type type) {
        return switch (type) {
            case REQUEST, RESPONSE -> log.isDebugEnabled();
            case STREAM_EVENT -> log.isTraceEnabled();
            default -> true;
        };
    }

    @Override
    public void onRequest(ModelCallEvent event) {
        if (log.isDebugEnabled()) {
            log.debug("model request {}", event.attributes());
        }
    }

    @Override
    public void onResponse(ModelCallEvent event) {
        if (log.isDebugEnabled()) {
            log.debug("model response {}", event.attributes());
        }
    }

    @Override
    public void onStreamEvent(ModelCallEvent event) {
        if (log.isTraceEnabled()) {
            log.trace("model stream event {}", event.attributes().get(GenAiAttributes.STREAM_EVENT));
        }
    }

    @Override
    public void onRetry(ModelCallEvent event) {
        log.warn("model call retried {}", event.attributes());
    }

    @Override
    public void onFailover(ModelCallEvent event) {
        log.warn("model call failed over {}", event.attributes());
    }

    @Override
    public void onError(ModelCallEvent event) {
        log.warn("model call failed {}", event.attributes());
    }
}
