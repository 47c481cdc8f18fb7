package ai.domainassist.core;

/**
 * What is known about a failed model call. Any component may be unknown: strings are then
 * {@code null} and {@code httpStatus} is {@code 0}.
 *
 * <p>Immutable and thread-safe. Never holds secrets or prompt text.
 *
 * @param provider the provider's name, for example {@code openai} or {@code deepseek}
 * @param model the model asked for
 * @param httpStatus the HTTP status of the response, or {@code 0} when there was none
 * @param errorCode the provider's error code or type, for example {@code rate_limit_exceeded}
 * @param requestId the request id the provider returned (header or body)
 * @serial exclude
 */
public record ErrorDetails(String provider, String model, int httpStatus, String errorCode, String requestId)
        implements java.io.Serializable {

    /** Details when nothing is known. */
    public static final ErrorDetails UNKNOWN = new ErrorDetails(null, null, 0, null, null);

    /**
     * Details for a provider and model, without a response.
     *
     * @param provider the provider's name, or {@code null}
     * @param model the model, or {@code null}
     * @return the details
     */
    public static ErrorDetails of(String provider, String model) {
        return new ErrorDetails(provider, model, 0, null, null);
    }

    /**
     * Returns a copy with the given HTTP status, error code and request id.
     *
     * @param status the HTTP status, or {@code 0}
     * @param code the provider's error code, or {@code null}
     * @param id the provider's request id, or {@code null}
     * @return a new value
     */
    public ErrorDetails withResponse(int status, String code, String id) {
        return new ErrorDetails(provider, model, status, code, id);
    }

    /**
     * The details as a suffix for an exception message, for example
     * {@code " [provider=deepseek, model=deepseek-chat, status=429, code=rate_limit, request-id=abc]"};
     * empty when nothing is known.
     *
     * @return the suffix
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        append(sb, "provider", provider);
        append(sb, "model", model);
        if (httpStatus > 0) {
            append(sb, "status", Integer.toString(httpStatus));
        }
        append(sb, "code", errorCode);
        append(sb, "request-id", requestId);
        return sb.length() == 0 ? "" : " [" + sb + "]";
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(", ");
        }
        sb.append(name).append('=').append(value);
    }
}
