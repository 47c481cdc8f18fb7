package ai.domainassist.core.observe;

/**
 * Observes model calls: each logical call (start, answer or final error), each attempt within it
 * (request sent, answer received, stream events, error), retries and failovers; and the helper
 * tasks that make those calls. Register listeners on the client builder (calls) and on a helper's
 * builder (its tasks); a bridge to OpenTelemetry, Micrometer or a log is a listener. Every method
 * has an empty default, so implement only what you need.
 *
 * <p>Implementations must be thread-safe and return quickly (they run on the calling or stream
 * thread). An exception a listener throws is logged and ignored: it never fails a call.
 */
public interface ModelCallListener {

    /** @param event a {@link ModelCallEvent.Type#REQUEST} event */
    default void onRequest(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#RESPONSE} event */
    default void onResponse(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#STREAM_EVENT} event */
    default void onStreamEvent(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#RETRY} event */
    default void onRetry(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#FAILOVER} event */
    default void onFailover(ModelCallEvent event) {
    }

    /** @param event an {@link ModelCallEvent.Type#ERROR} event */
    default void onError(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#CALL_START} event */
    default void onCallStart(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#CALL_RESPONSE} event */
    default void onCallResponse(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#CALL_ERROR} event */
    default void onCallError(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#TASK_START} event */
    default void onTaskStart(ModelCallEvent event) {
    }

    /** @param event a {@link ModelCallEvent.Type#TASK_END} event */
    default void onTaskEnd(ModelCallEvent event) {
    }

    /**
     * Whether this listener does anything with events of a type. The pipeline builds an event
     * (its attribute map) only when at least one listener wants its type, and delivers it only to
     * the listeners that want it; so a listener that ignores, say, stream events should say so
     * here, and the per-chunk events are then never built. Asked once per event, on the calling or
     * stream thread: keep it cheap (a field read, a log-level check). The default wants every type.
     *
     * @param type the kind of event
     * @return {@code true} if events of this type should be delivered to this listener
     */
    default boolean wants(ModelCallEvent.Type type) {
        return true;
    }

    /**
     * Dispatches an event to the method of its type.
     *
     * @param event the event
     */
    default void dispatch(ModelCallEvent event) {
        switch (event.type()) {
            case REQUEST -> onRequest(event);
            case RESPONSE -> onResponse(event);
            case STREAM_EVENT -> onStreamEvent(event);
            case RETRY -> onRetry(event);
            case FAILOVER -> onFailover(event);
            case ERROR -> onError(event);
            case CALL_START -> onCallStart(event);
            case CALL_RESPONSE -> onCallResponse(event);
            case CALL_ERROR -> onCallError(event);
            case TASK_START -> onTaskStart(event);
            case TASK_END -> onTaskEnd(event);
            default -> throw new IllegalStateException("unknown event type " + event.type());
        }
    }
}
