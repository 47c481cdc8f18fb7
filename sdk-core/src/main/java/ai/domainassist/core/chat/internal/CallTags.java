package ai.domainassist.core.chat.internal;

import ai.domainassist.core.chat.ChatRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * The pipeline's tag on a chat request: the logical call the request is an attempt of. The
 * client's facade tags each call as it enters the pipeline; {@link ChatRequest#toBuilder()} keeps
 * the tag, so the requests that retry and failover derive (a shorter deadline) and those an
 * attempt interceptor derives stay in the same call, and the audit and the observers find the
 * call's state from any attempt without a shared map. Not part of the public API: the tag is
 * opaque and only this package reads or sets it (the JDK's shared-secrets pattern: the request
 * class installs its accessor when it is loaded). Thread-safe.
 */
public final class CallTags {
    /** How this package reaches a request's tag; implemented by {@link ChatRequest}. */
    public interface Access {
        /**
         * @param request a request
         * @return its tag, or {@code null}
         */
        Object tag(ChatRequest request);

        /**
         * @param request a request
         * @param tag the tag
         * @return a copy of the request with the tag
         */
        ChatRequest withTag(ChatRequest request, Object tag);

        /**
         * @param builder a builder
         * @param tag the tag the request it builds will carry
         */
        void tag(ChatRequest.Builder builder, Object tag);

        /**
         * A request as the client's facade sends it on: the same request with a model, a deadline,
         * an audit id and a call tag, sharing its immutable parts (no builder, no list copies).
         *
         * @param request a built request
         * @param model the model to send, or {@code null}
         * @param timeout the whole-call deadline, or {@code null}
         * @param auditId the audit id, or {@code null}
         * @param tag the call tag
         * @return the copy
         */
        ChatRequest prepared(ChatRequest request, String model, Duration timeout, String auditId, Object tag);
    }

    private static volatile Access access;

    private CallTags() {
    }

    /**
     * Called once, by {@link ChatRequest}'s static initializer.
     *
     * @param a the accessor
     * @throws IllegalStateException if an accessor was installed already
     */
    public static void install(Access a) {
        if (access != null) {
            throw new IllegalStateException("the request tag accessor is installed already");
        }
        access = Objects.requireNonNull(a, "access");
    }

    /**
     * @param request a request
     * @return its call tag, or {@code null} when the pipeline has not tagged it
     */
    public static Object tag(ChatRequest request) {
        return access().tag(request);
    }

    /**
     * @param request a request
     * @param tag the call it belongs to
     * @return a copy of the request carrying the tag
     */
    public static ChatRequest withTag(ChatRequest request, Object tag) {
        return access().withTag(request, tag);
    }

    /**
     * @param builder a request builder
     * @param tag the call the request it builds belongs to
     * @return the builder
     */
    public static ChatRequest.Builder tag(ChatRequest.Builder builder, Object tag) {
        access().tag(builder, tag);
        return builder;
    }

    /**
     * The request the client's facade passes down: {@code request} with the model, deadline and
     * audit id given and tagged with its call, as {@code toBuilder()} with those set would build it,
     * but sharing the request's immutable parts.
     *
     * @param request a request
     * @param model the model to send, or {@code null}
     * @param timeout the whole-call deadline, or {@code null}
     * @param auditId the audit id, or {@code null}
     * @param tag the call it belongs to
     * @return the request to send
     */
    public static ChatRequest prepared(ChatRequest request, String model, Duration timeout, String auditId,
                                       Object tag) {
        return access().prepared(request, model, timeout, auditId, tag);
    }

    /**
     * @param request a request
     * @return its call, or {@code null} when the pipeline has not tagged it (a decorator used alone)
     */
    public static CallTag call(ChatRequest request) {
        return tag(request) instanceof CallTag c ? c : null;
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            // a request exists, so its class is loaded; this only runs if no request was made yet
            try {
                Class.forName(ChatRequest.class.getName(), true, ChatRequest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }
}
