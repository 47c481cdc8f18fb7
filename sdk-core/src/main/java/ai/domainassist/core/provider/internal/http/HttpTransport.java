package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ProviderSpec;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one adapter's JSON requests over the client's shared {@link OkHttpClient}: builds the URL
 * (base URL, path, the spec's query parameters), adds the fixed headers (authentication, version,
 * extra headers), applies a per-request whole-call deadline through {@link Call#timeout()}, reads
 * and parses the answer, and maps every failure to a typed {@link ModelException}.
 *
 * <p>Logs one debug line per call (provider, path, status, latency, request id); never headers,
 * bodies, the key or prompt text. Immutable and thread-safe.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int ERROR_BODY_LIMIT = 64 * 1024;
    private static final int HTML_SNIFF = 64;
    private static final int MAX_CACHED_URLS = 64;

    private final OkHttpClient http;
    private final ProviderSpec spec;
    private final Headers fixedHeaders;
    private final Clock clock;
    private final ResponseLimits limits;
    private final HttpUrl baseUrl;
    private final Scrubber secretScrubber;
    private final ConcurrentHashMap<List<String>, HttpUrl> urls = new ConcurrentHashMap<>();

    /**
     * @param http the shared client
     * @param spec the endpoint
     * @param fixedHeaders headers sent with every request (authentication included)
     * @param clock for {@code Retry-After} dates
     * @param limits how much a server may send in one answer
     */
    public HttpTransport(OkHttpClient http, ProviderSpec spec, Headers fixedHeaders, Clock clock,
                         ResponseLimits limits) {
        this.http = http;
        this.spec = spec;
        this.fixedHeaders = fixedHeaders;
        this.clock = clock;
        this.limits = limits;
        this.baseUrl = HttpUrl.get(spec.baseUrl());
        this.secretScrubber = Scrubber.NONE.withSecret(spec.apiKey().orElse(null));
    }

    /** The parsed answer of a call. @param body the JSON body @param requestId the request id, or null @param latency the call's latency */
    public record Exchange(JsonNode body, String requestId, Duration latency) {
    }

    /**
     * A scrubber that hides this endpoint's key, and the given prompt texts.
     *
     * @param promptTexts the texts sent
     * @return the scrubber
     */
    public Scrubber scrubber(List<String> promptTexts) {
        return secretScrubber.withPromptTexts(promptTexts);
    }

    /**
     * The model a chat request runs on: the request's, else the spec's default.
     *
     * @param request the request
     * @return the model
     * @throws InvalidRequestException if neither names one
     */
    public String chatModel(ChatRequest request) {
        String model = request.model() != null ? request.model() : spec.defaultChatModel().orElse(null);
        if (model == null) {
            throw new InvalidRequestException("no model for provider '" + spec.name() + "': name one with"
                    + " ChatRequest.builder().model(...), ModelClient.builder().defaultModel(...) or"
                    + " the provider spec's toBuilder().defaultChatModel(...) (README's snippets read it from the environment"
                    + " variable DA_MODEL: is it set?)",
                    ErrorDetails.of(spec.name(), null));
        }
        return model;
    }

    /**
     * The context of a chat call. Its scrubber (this endpoint's key and every message's text) is made
     * only when the call fails: collecting the texts copies every message.
     *
     * @param request the request
     * @param model the model, or {@code null} when it could not be resolved
     * @return the context
     */
    public CallContext chatContext(ChatRequest request, String model) {
        return new CallContext(spec.name(), model, () -> {
            List<String> texts = new ArrayList<>();
            for (Message m : request.messages()) {
                texts.add(m.text());
            }
            return scrubber(texts);
        });
    }

    /**
     * A stream that ends at once with an error, for a request that could not be sent at all.
     *
     * @param request the request
     * @param handler receives the one {@code Failed} event
     * @param error why
     * @return the ended stream
     */
    public StreamHandle failedStream(ChatRequest request, StreamHandler handler, ModelException error) {
        StreamSession failed = new StreamSession(handler, (ev, acc, id) -> { }, chatContext(request, null), clock,
                limits);
        failed.failBeforeStart(error);
        return failed;
    }

    /**
     * POSTs JSON and waits for the JSON answer.
     *
     * @param pathSegments the path under the base URL, for example {@code chat/completions}
     * @param body the request body
     * @param timeout a whole-call deadline for this call, or {@code null} for the client's
     * @param ctx the call
     * @return the answer
     * @throws ModelException on any failure, typed
     */
    public Exchange postJson(List<String> pathSegments, ObjectNode body, Duration timeout, CallContext ctx) {
        Call call = newCall(pathSegments, body, timeout, "application/json");
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            String requestId = RequestIds.fromHeaders(response.headers());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} POST {} -> {} in {} ms, request-id {}", spec.name(), String.join("/", pathSegments),
                        response.code(), latency.toMillis(), requestId);
            }
            if (!response.isSuccessful()) {
                throw ErrorMapper.fromStatus(response.code(), response.headers(), readLimited(response.body()), ctx, clock);
            }
            JsonNode json;
            try {
                json = parseSuccess(response.body().source(), response.header("Content-Type", ""), requestId, ctx,
                        limits.maxBodyBytes());
            } catch (ResponseLimitException e) {
                call.cancel();
                throw ErrorMapper.malformed(e.getMessage(), ctx, requestId, null);
            }
            if (json.has("error") && !json.path("error").isNull() && !json.has("choices") && !json.has("data")
                    && !json.has("content")) {
                throw ErrorMapper.fromErrorBody(json, requestId, ctx);
            }
            return new Exchange(json, requestId != null ? requestId : RequestIds.fromBody(json),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw ErrorMapper.fromIo(e, false, ctx);
        }
    }

    /**
     * POSTs JSON asking for an event stream and returns at once; events go to the handler.
     *
     * @param pathSegments the path under the base URL
     * @param body the request body
     * @param timeout a whole-call deadline for the whole stream, or {@code null} for the client's
     * @param ctx the call
     * @param decoder the protocol's event decoder
     * @param handler the caller's handler
     * @return control over the stream
     */
    public StreamHandle stream(List<String> pathSegments, ObjectNode body, Duration timeout, CallContext ctx,
                               StreamDecoder decoder, StreamHandler handler) {
        StreamSession session = new StreamSession(handler, decoder, ctx, clock, limits);
        Call call = newCall(pathSegments, body, timeout, "text/event-stream");
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} POST {} (stream)", spec.name(), String.join("/", pathSegments));
        }
        session.start(call);
        return session;
    }

    private Call newCall(List<String> pathSegments, ObjectNode body, Duration timeout, String accept) {
        Request request = new Request.Builder().url(url(pathSegments)).headers(fixedHeaders).header("Accept", accept)
                .post(RequestBody.create(Json.writeBytes(body), JSON)).build();
        Call call = http.newCall(request);
        if (timeout != null) {
            call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return call;
    }

    /** The endpoint's URL for a path, parsed once per path (a path names the model only on Azure). */
    private HttpUrl url(List<String> pathSegments) {
        HttpUrl url = urls.get(pathSegments);
        if (url == null) {
            HttpUrl.Builder b = baseUrl.newBuilder();
            for (String segment : pathSegments) {
                b.addPathSegment(segment);
            }
            for (Map.Entry<String, String> q : spec.queryParameters().entrySet()) {
                b.addQueryParameter(q.getKey(), q.getValue());
            }
            url = b.build();
            if (urls.size() < MAX_CACHED_URLS) {
                urls.putIfAbsent(List.copyOf(pathSegments), url);
            }
        }
        return url;
    }

    /**
     * Parses a 2xx body as a JSON object straight from the response's bytes (no intermediate
     * string), after checking for an empty body or an HTML page. A body that ends inside its JSON
     * value was cut off ({@link ai.domainassist.core.NetworkException}); reading stops with a
     * {@link ResponseLimitException} past {@code maxBytes}.
     */
    private static JsonNode parseSuccess(BufferedSource source, String contentType, String requestId, CallContext ctx,
                                         long maxBytes) throws IOException {
        long skipped = 0;
        while (source.request(1) && isJsonSpace(source.getBuffer().getByte(0))) {
            source.skip(1);
            if (++skipped > maxBytes) {
                throw new ResponseLimitException("the response body", maxBytes, "maxResponseBytes");
            }
        }
        if (!source.request(1)) {
            throw ErrorMapper.malformed("the response body is empty", ctx, requestId, null);
        }
        if (source.getBuffer().getByte(0) == '<') {
            source.request(HTML_SNIFF);
            String head = source.peek().readUtf8(Math.min(source.getBuffer().size(), HTML_SNIFF));
            if (ErrorMapper.looksLikeHtml(head)) {
                throw ErrorMapper.malformed("the response is an HTML page (" + contentType + "), not JSON", ctx,
                        requestId, null);
            }
        }
        JsonNode json;
        try {
            json = Json.parse(new LimitedInputStream(source.inputStream(), maxBytes - skipped, maxBytes));
        } catch (JsonEOFException e) {
            // A correct beginning that stops: the connection closed (or a proxy ended the body) mid-answer.
            throw ErrorMapper.cutOff("the response body", ctx, requestId, e);
        } catch (JacksonException e) {
            throw ErrorMapper.malformed("the response is not valid JSON (" + contentType + ")", ctx, requestId, e);
        } catch (IOException e) {
            if (!Json.NO_VALUE.equals(e.getMessage())) {
                throw e; // reading failed (connection reset, timeout, body cut off): a network error
            }
            throw ErrorMapper.malformed("the response is not valid JSON (" + contentType + ")", ctx, requestId, e);
        }
        if (!json.isObject()) {
            throw ErrorMapper.malformed("the response is JSON but not an object", ctx, requestId, null);
        }
        return json;
    }

    private static boolean isJsonSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * The error a 2xx answer to a stream request gets when it is not an event stream.
     *
     * @param bytes the body read
     * @param contentType its content type
     * @param requestId the request id, or {@code null}
     * @param ctx the call
     * @return the typed error: the provider's error if the body is one, else malformed
     */
    static ModelException notAStream(byte[] bytes, String contentType, String requestId, CallContext ctx) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (!text.isEmpty() && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            try {
                JsonNode json = Json.parse(text);
                if (json.has("error")) {
                    return ErrorMapper.fromErrorBody(json, requestId, ctx);
                }
            } catch (IOException ignored) {
                // not JSON after all: malformed below
            }
        }
        return ErrorMapper.malformed("expected an event stream, got '" + contentType + "'"
                + (text.isEmpty() ? " with an empty body" : ""), ctx, requestId, null);
    }

    /**
     * Reads at most 64 KiB of a body (error bodies need no more).
     *
     * @param body the body, or {@code null}
     * @return the bytes read
     * @throws IOException if reading fails
     */
    static byte[] readLimited(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        BufferedSource source = body.source();
        source.request(ERROR_BODY_LIMIT);
        long n = Math.min(source.getBuffer().size(), ERROR_BODY_LIMIT);
        return source.getBuffer().readByteArray(n);
    }

    /** Passes bytes through until a bound, then throws {@link ResponseLimitException}. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long max;
        private long left;

        LimitedInputStream(java.io.InputStream in, long left, long max) {
            super(in);
            this.max = max;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new ResponseLimitException("the response body", max, "maxResponseBytes");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, left + 1)));
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new ResponseLimitException("the response body", max, "maxResponseBytes");
                }
            }
            return n;
        }
    }
}
