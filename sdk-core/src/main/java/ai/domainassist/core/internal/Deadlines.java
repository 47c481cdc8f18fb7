package ai.domainassist.core.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.chat.ChatRequest;
import java.time.Duration;

/**
 * The whole-call deadline of a chat request, shared by every decorator that makes more than one
 * attempt for it (retry, failover) or waits for another call (the cache's collapsing). The
 * client sets every request's {@code timeout} (its own, or the client's {@code callTimeout});
 * a later attempt is sent with only what remains of it, so the deadline bounds the whole logical
 * call, not each attempt. Stateless.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /**
     * The request to send after {@code elapsed} of its call has passed: its timeout cut to what
     * remains. A request without a timeout, or nothing elapsed, is returned as is.
     *
     * @param request the request as the call began
     * @param elapsed the time the call has taken so far
     * @param details what to put in the error
     * @return the request to send now
     * @throws ModelTimeoutException if nothing remains
     */
    public static ChatRequest remaining(ChatRequest request, Duration elapsed, ErrorDetails details) {
        if (request.options().timeout() == null || elapsed.isNegative() || elapsed.isZero()) {
            return request;
        }
        Duration left = request.options().timeout().minus(elapsed);
        if (left.toMillis() < 1) {
            throw passed(request.options().timeout(), details);
        }
        // toBuilder keeps the pipeline's call tag (chat.internal.CallTags): the observers and the
        // audit know this later attempt as one of its call's
        return request.toBuilder().timeout(left).build();
    }

    /**
     * @param timeout the deadline that passed
     * @param details what is known about the call
     * @return the error for a call whose whole-call deadline passed before it could go on
     */
    public static ModelTimeoutException passed(Duration timeout, ErrorDetails details) {
        return new ModelTimeoutException("the whole-call deadline of " + timeout.toMillis() + " ms passed", details);
    }
}
