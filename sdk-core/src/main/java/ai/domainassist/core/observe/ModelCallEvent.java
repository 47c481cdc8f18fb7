package ai.domainassist.core.observe;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.StreamEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened in a model call, for {@link ModelCallListener}s: the kind, the
 * attributes (named after the OpenTelemetry GenAI conventions, see {@link GenAiAttributes}), and
 * for errors and retries the error, for stream events the event. Attributes never hold prompt or
 * answer text; a stream event does hold its (redacted) text delta.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what happened
 * @param attributes the attributes, in a stable order
 * @param error the error of {@link Type#ERROR}, {@link Type#RETRY}, {@link Type#FAILOVER} and
 *     {@link Type#CALL_ERROR} events and of a failed {@link Type#TASK_END} (when it is a model error), else {@code null}
 * @param streamEvent the event of {@link Type#STREAM_EVENT} events, else {@code null}
 */
public record ModelCallEvent(Type type, Map<String, Object> attributes, ModelException error, StreamEvent streamEvent) {

    /**
     * The kinds of event. A logical call is one {@code CALL_START}, then per attempt a
     * {@code REQUEST} followed by a {@code RESPONSE} or an {@code ERROR} (with {@code RETRY} and
     * {@code FAILOVER} between attempts), then one {@code CALL_RESPONSE} or {@code CALL_ERROR}.
     * Cache hits and calls a budget rejects make no call events. A helper task (structure a record,
     * assess a claim, check a document) is one {@code TASK_START} and one {@code TASK_END}, and the
     * model calls it makes happen between them on the same thread.
     */
    public enum Type {
        /** A request is about to be sent to a provider (one per attempt). */
        REQUEST,
        /** A complete answer came back (a chat answer, a completed stream, embeddings). */
        RESPONSE,
        /** A stream delivered a non-terminal event. */
        STREAM_EVENT,
        /** A failed attempt will be retried. */
        RETRY,
        /** A provider failed and the next one is tried. */
        FAILOVER,
        /** An attempt failed. */
        ERROR,
        /** A logical call starts: below the cache, above failover and retry (calling thread). */
        CALL_START,
        /** A logical call ended with an answer: the last attempt's attributes, attempts, duration. */
        CALL_RESPONSE,
        /** A logical call failed after its retries and failovers: the error the caller gets. */
        CALL_ERROR,
        /** A helper task starts (calling thread). */
        TASK_START,
        /** A helper task ended: its mode and flags, or the error it threw (same thread as its start). */
        TASK_END
    }

    /**
     * Checks and normalises the components.
     *
     * @param type what happened
     * @param attributes the attributes, in a stable order
     * @param error the error of {@link Type#ERROR}, {@link Type#RETRY}, {@link Type#FAILOVER} and
 *     {@link Type#CALL_ERROR} events and of a failed {@link Type#TASK_END} (when it is a model error), else {@code null}
     * @param streamEvent the event of {@link Type#STREAM_EVENT} events, else {@code null}
     * @throws NullPointerException if {@code type} or {@code attributes} is {@code null}
     */
    public ModelCallEvent {
        Objects.requireNonNull(type, "type");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
    }

    /**
     * @param name an attribute name
     * @return its value, if set
     */
    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
