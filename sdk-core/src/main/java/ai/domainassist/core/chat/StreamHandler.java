package ai.domainassist.core.chat;

/**
 * Receives the events of a streamed answer.
 *
 * <p>Events are delivered one at a time, in order, from an SDK-owned thread (never concurrently for
 * the same stream); the handler should return quickly. An exception thrown by the handler cancels
 * the stream and is reported as a {@link StreamEvent.Failed} event. Exactly one terminal event
 * ({@link StreamEvent.Completed} or {@link StreamEvent.Failed}) ends every stream, also a
 * cancelled one.
 */
@FunctionalInterface
public interface StreamHandler {

    /**
     * Handles one event.
     *
     * @param event the event
     */
    void onEvent(StreamEvent event);
}
