package ai.domainassist.core.observe;

/**
 * Observes model calls and helper tasks through typed events ({@link ModelCallEvent}): each
 * logical call (started, succeeded, failed), each attempt within it (started, succeeded, failed,
 * stream chunks), retries and failovers, and the helper tasks that make those calls. It is the one
 * observer API of the SDK: register listeners on the client builder (calls) and on a helper's
 * builder (its tasks); a bridge to OpenTelemetry, Micrometer or a log is a listener.
 *
 * <pre>{@code
 * ModelCallListener failures = event -> {
 *     if (event instanceof ModelCallEvent.CallFailed f) {
 *         alerts.record(f.provider(), f.error().getClass().getSimpleName(), f.attempts());
 *     }
 * };
 * }</pre>
 *
 * <p>Implementations must be thread-safe and return quickly: they run on the calling or stream
 * thread. An exception a listener throws is logged (its type only) and ignored: it never fails a
 * call.
 */
@FunctionalInterface
public interface ModelCallListener {

    /**
     * Receives one event of a kind this listener {@link #wants}.
     *
     * @param event the event
     */
    void onEvent(ModelCallEvent event);

    /**
     * Whether this listener does anything with events of a kind. The pipeline builds an event only
     * when at least one listener wants its kind, and delivers it only to those that want it; so a
     * listener that ignores, say, stream chunks should say so here, and the per-chunk events are
     * then never built. Asked once per event, on the calling or stream thread: keep it cheap (a
     * field read, a log-level check). The default wants every kind.
     *
     * @param kind the kind of event
     * @return {@code true} if events of this kind should be delivered to this listener
     */
    default boolean wants(ModelCallEvent.Kind kind) {
        return true;
    }
}
