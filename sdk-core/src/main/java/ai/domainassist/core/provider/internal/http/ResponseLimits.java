package ai.domainassist.core.provider.internal.http;

/**
 * The bounds on what a server may send in a successful answer, so that no server can make the
 * client buffer without end: the whole body (a stream's included), one event-stream line, one
 * event's data. Set on the client builder ({@code maxResponseBytes}, {@code maxStreamLineBytes},
 * {@code maxStreamEventBytes}); passing a bound is a {@link ResponseLimitException}. Time is
 * bounded separately, by the read timeout and the whole-call deadline. Immutable.
 *
 * @param maxBodyBytes the most bytes of one successful response body, positive
 * @param maxLineBytes the most bytes of one event-stream line (without its line end), positive
 * @param maxEventBytes the most bytes of one event's data lines together, positive
 */
public record ResponseLimits(long maxBodyBytes, int maxLineBytes, int maxEventBytes) {
    /** The defaults: 64 MiB per body, 1 MiB per line, 4 MiB per event. */
    public static final ResponseLimits DEFAULTS = new ResponseLimits(
            ai.domainassist.core.ModelClientBuilder.DEFAULT_MAX_RESPONSE_BYTES,
            ai.domainassist.core.ModelClientBuilder.DEFAULT_MAX_STREAM_LINE_BYTES,
            ai.domainassist.core.ModelClientBuilder.DEFAULT_MAX_STREAM_EVENT_BYTES);

    /**
     * @throws IllegalArgumentException if a bound is not positive
     */
    public ResponseLimits {
        if (maxBodyBytes < 1 || maxLineBytes < 1 || maxEventBytes < 1) {
            throw new IllegalArgumentException("response limits must be positive");
        }
    }
}
