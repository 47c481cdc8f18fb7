package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.ModelException;

/**
 * A wire protocol's reading of its server-sent events: it tells the accumulator what arrived and
 * marks the terminator. One decoder per stream; not thread-safe.
 */
public interface StreamDecoder {

    /**
     * Reads one event.
     *
     * @param event the event
     * @param into the accumulator of this stream
     * @param requestId the request id from the response headers, or {@code null}
     * @throws ModelException if the event is an error or not the documented shape
     */
    void decode(SseEvent event, StreamAccumulator into, String requestId);
}
