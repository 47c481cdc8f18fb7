package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.AuthenticationException;
import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ContentFilteredException;
import ai.domainassist.core.ContextLengthExceededException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.PermissionDeniedException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.ServerException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;

/**
 * Turns what went wrong on the wire into the typed {@link ModelException} hierarchy: an HTTP error
 * status with its body (OpenAI-style {@code {"error":{...}}}, Anthropic {@code {"type":"error",...}},
 * vLLM's flat {@code {"message":...}}, HTML pages, empty bodies), an error sent inside a stream or a
 * 200 body, and I/O failures. Messages carry the provider's own message only after the
 * {@link Scrubber} removed the key and prompt text. Stateless and thread-safe.
 *
 * <p>Status rules: 401 authentication; 402, 403 and quota errors permission; 408 timeout; 409 and
 * 5xx server; 429 rate limited (with {@code retry-after-ms} or {@code Retry-After}); 400, 404,
 * 413, 422 and other 4xx invalid request, refined to context length or content filter by the
 * provider's code, type or message.
 */
public final class ErrorMapper {
    private static final List<String> CONTEXT_MARKERS = List.of("context_length_exceeded", "context length",
            "context window", "maximum context", "exceed_context_size", "prompt is too long", "too many tokens",
            "range of input length", "input is too long", "string_above_max_length", "超长");
    /** Zhipu's numeric codes (docs.bigmodel.cn error codes): compared whole, never searched for. */
    private static final String ZHIPU_PROMPT_TOO_LONG = "1261";
    private static final String ZHIPU_CONTENT_BLOCKED = "1301";
    private static final String ZHIPU_ARREARS = "1113";
    private static final List<String> FILTER_MARKERS = List.of("content_filter", "content_policy", "contentfilter",
            "data_inspection_failed", "responsibleaipolicyviolation", "sensitive_content", "inappropriate content");
    private static final List<String> QUOTA_MARKERS = List.of("insufficient_quota", "insufficient balance",
            "insufficient_balance", "exceeded_current_quota", "arrearage", "billing");
    /** Error types sent without a status (inside a stream or a 200 body), as the status they stand for. */
    private static final Map<String, Integer> TYPE_STATUS = Map.ofEntries(
            Map.entry("authentication_error", 401), Map.entry("invalid_api_key", 401),
            Map.entry("permission_error", 403), Map.entry("not_found_error", 404),
            Map.entry("request_too_large", 413), Map.entry("rate_limit_error", 429),
            Map.entry("rate_limit_exceeded", 429), Map.entry("invalid_request_error", 400),
            Map.entry("api_error", 500), Map.entry("server_error", 500), Map.entry("overloaded_error", 529));

    private ErrorMapper() {
    }

    /**
     * Maps an HTTP error response.
     *
     * @param status the status (not 2xx)
     * @param headers the response headers
     * @param body the body bytes read (possibly truncated), never {@code null}
     * @param ctx the call
     * @param clock for {@code Retry-After} given as a date
     * @return the typed exception
     */
    public static ModelException fromStatus(int status, Headers headers, byte[] body, CallContext ctx, Clock clock) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        JsonNode json = parseQuietly(text);
        ProviderError err = ProviderError.of(json, status);
        String requestId = RequestIds.find(headers, json);
        ErrorDetails details = ctx.details(status, err.code(), requestId);
        String what;
        if (json != null && err.message() != null) {
            what = ctx.scrubber().scrub(err.message());
        } else if (text.isEmpty()) {
            what = "(empty body)";
        } else if (looksLikeHtml(text)) {
            what = "(HTML error page)";
        } else {
            what = "(body is not the documented error JSON)";
        }
        String message = "HTTP " + status + ": " + what;
        Duration retryAfter = status == 429 || status == 503 ? retryAfter(headers, clock) : null;
        return classify(status, err, message, details, retryAfter);
    }

    /**
     * Maps an error the provider sent inside a stream or a 200 body, where no HTTP status tells the
     * kind: the error's type or code does.
     *
     * @param json the body or event holding the error
     * @param requestId the request id known from headers, or {@code null}
     * @param ctx the call
     * @return the typed exception
     */
    public static ModelException fromErrorBody(JsonNode json, String requestId, CallContext ctx) {
        ProviderError err = ProviderError.of(json, 0);
        Integer pseudo = err.type() == null ? null : TYPE_STATUS.get(err.type().toLowerCase(Locale.ROOT));
        if (pseudo == null && err.code() != null) {
            pseudo = TYPE_STATUS.get(err.code().toLowerCase(Locale.ROOT));
        }
        String id = requestId != null ? requestId : RequestIds.fromBody(json);
        ErrorDetails details = ctx.details(0, err.code(), id);
        String message = "provider error: " + (err.message() == null ? "(no message)" : ctx.scrubber().scrub(err.message()));
        return classify(pseudo == null ? 500 : pseudo, err, message, details, null);
    }

    /**
     * Maps an I/O failure.
     *
     * @param e the failure
     * @param cancelledByCaller whether the caller cancelled the call (takes precedence)
     * @param ctx the call
     * @return a {@link CancelledException}, {@link ModelTimeoutException} or {@link NetworkException}
     */
    public static ModelException fromIo(IOException e, boolean cancelledByCaller, CallContext ctx) {
        ErrorDetails details = ctx.details();
        if (cancelledByCaller) {
            return new CancelledException("the call was cancelled", details, e);
        }
        if (e instanceof SocketTimeoutException) {
            return new ModelTimeoutException("connect or read timed out: " + ctx.scrubber().scrub(e.getMessage()), details, e);
        }
        if (e instanceof InterruptedIOException) {
            return new ModelTimeoutException("the whole-call deadline passed", details, e);
        }
        return new NetworkException("connection failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + ctx.scrubber().scrub(e.getMessage())), details, e);
    }

    /**
     * The error for a body that stopped before it was complete: the JSON of a 2xx body ended
     * inside its value, or a stream ended in the middle of an event. It is a network fault
     * (retryable), never a malformed answer: what arrived was a correct beginning.
     *
     * @param what what was cut off, in words
     * @param ctx the call
     * @param requestId the request id, or {@code null}
     * @param cause the parse failure, or {@code null}
     * @return a network exception
     */
    public static NetworkException cutOff(String what, CallContext ctx, String requestId, Throwable cause) {
        return new NetworkException(what + " was cut off before it was complete", ctx.details(200, null, requestId),
                cause);
    }

    /**
     * @param what what is wrong with the body, without its content
     * @param ctx the call
     * @param requestId the request id, or {@code null}
     * @param cause the parse failure, or {@code null}
     * @return a malformed-response exception
     */
    public static MalformedResponseException malformed(String what, CallContext ctx, String requestId, Throwable cause) {
        return new MalformedResponseException(what, ctx.details(200, null, requestId), cause);
    }

    /**
     * @param text a body
     * @return whether it looks like an HTML page
     */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<?xml");
    }

    private static ModelException classify(int status, ProviderError err, String message, ErrorDetails details,
                                           Duration retryAfter) {
        String haystack = err.haystack();
        if (status == 401) {
            return new AuthenticationException(message, details);
        }
        if (status == 402 || status == 403 || ZHIPU_ARREARS.equals(err.code())
                || (status == 429 && containsAny(haystack, QUOTA_MARKERS))) {
            return new PermissionDeniedException(message, details);
        }
        if (status == 408) {
            return new ModelTimeoutException(message, details);
        }
        if (status == 429) {
            return new RateLimitedException(message, details, retryAfter, null);
        }
        if (status == 409 || status >= 500) {
            return new ServerException(message, details);
        }
        if (status >= 400) {
            if (ZHIPU_PROMPT_TOO_LONG.equals(err.code()) || containsAny(haystack, CONTEXT_MARKERS)) {
                return new ContextLengthExceededException(message, details);
            }
            if (ZHIPU_CONTENT_BLOCKED.equals(err.code()) || containsAny(haystack, FILTER_MARKERS)) {
                return new ContentFilteredException(message, details);
            }
            return new InvalidRequestException(message, details);
        }
        return new MalformedResponseException("unexpected " + message, details);
    }

    static Duration retryAfter(Headers headers, Clock clock) {
        String ms = headers.get("retry-after-ms");
        if (ms != null) {
            try {
                double v = Double.parseDouble(ms.strip());
                if (v >= 0 && v < 1e9) {
                    return Duration.ofMillis((long) v);
                }
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String ra = headers.get("retry-after");
        if (ra == null || ra.isBlank()) {
            return null;
        }
        String v = ra.strip();
        try {
            double seconds = Double.parseDouble(v);
            return seconds >= 0 && seconds < 1e7 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static JsonNode parseQuietly(String text) {
        if (text.isEmpty() || !(text.startsWith("{") || text.startsWith("["))) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean containsAny(String haystack, List<String> markers) {
        for (String m : markers) {
            if (haystack.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a provider's error body, whatever its shape. */
    private record ProviderError(String message, String type, String code) {

        static ProviderError of(JsonNode json, int status) {
            if (json == null || !json.isObject()) {
                return new ProviderError(null, null, null);
            }
            JsonNode e = json.get("error");
            if (e != null && e.isTextual()) {
                return new ProviderError(e.asText(), null, Json.text(json, "code"));
            }
            JsonNode src = e != null && e.isObject() ? e : json;
            String message = Json.text(src, "message");
            if (message == null) {
                message = Json.text(src, "msg");
            }
            String type = Json.text(src, "type");
            if ("error".equals(type) && e == null) {
                type = null;
            }
            String code = Json.text(src, "code");
            if (code != null && status > 0 && code.equals(Integer.toString(status))) {
                code = null; // llama.cpp and vLLM repeat the status as the code: the type says more
            }
            return new ProviderError(message, type, code != null ? code : type);
        }

        String haystack() {
            return (String.valueOf(code) + " " + type + " " + message).toLowerCase(Locale.ROOT);
        }
    }
}
