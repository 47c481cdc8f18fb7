package ai.domainassist.core.observe;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OkHttp interceptor that logs model HTTP traffic at debug through SLF4J (logger
 * {@code ai.domainassist.core.observe.HttpLogging}): method, URL, status, duration and headers.
 *
 * <p>Headers that carry credentials are masked by name, whatever their value looks like:
 * {@code Authorization}, {@code Proxy-Authorization}, {@code api-key} (Azure), {@code x-api-key}
 * (Anthropic), {@code Cookie}, {@code Set-Cookie}, plus any the user adds. Masking by name, not by
 * pattern, because a key's shape differs per vendor and a missed pattern would leak it. Request
 * bodies are off by default; when turned on they are logged as sent, which is after the redaction
 * decorator replaced personal data (response bodies are never logged: reading them would consume
 * streams). Immutable and thread-safe.
 */
public final class HttpLogging implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(HttpLogging.class);
    /** Header names masked by default, lower case. */
    public static final Set<String> DEFAULT_MASKED = Set.of("authorization", "proxy-authorization", "api-key",
            "x-api-key", "cookie", "set-cookie", "x-goog-api-key");
    private static final long MAX_BODY = 16 * 1024;

    private final Set<String> masked;
    private final boolean bodies;
    private final Logger log;

    private HttpLogging(Set<String> masked, boolean bodies, Logger log) {
        this.masked = masked;
        this.bodies = bodies;
        this.log = log;
    }

    /** @return logging with the default masked headers and no bodies */
    public static HttpLogging defaults() {
        return new HttpLogging(DEFAULT_MASKED, false, LOG);
    }

    /**
     * @param extraMaskedHeaders more header names to mask (case-insensitive)
     * @param logRequestBodies whether to log request bodies (already redacted; off by default)
     * @param log the logger
     * @return the interceptor
     */
    public static HttpLogging of(Set<String> extraMaskedHeaders, boolean logRequestBodies, Logger log) {
        Set<String> m = new TreeSet<>(DEFAULT_MASKED);
        extraMaskedHeaders.forEach(h -> m.add(h.toLowerCase(Locale.ROOT)));
        return new HttpLogging(Set.copyOf(m), logRequestBodies, Objects.requireNonNull(log, "log"));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        log.debug("--> {} {} {}", request.method(), request.url(), headers(request.headers()));
        if (bodies && request.body() != null) {
            log.debug("--> body {}", body(request.body()));
        }
        long t0 = System.nanoTime();
        Response response = chain.proceed(request);
        log.debug("<-- {} {} ({} ms) {}", response.code(), request.url(), (System.nanoTime() - t0) / 1_000_000,
                headers(response.headers()));
        return response;
    }

    /**
     * The headers as text, credentials masked.
     *
     * @param headers the headers
     * @return {@code [name: value, ...]} with masked values as {@code ██}
     */
    public String headers(Headers headers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String name = headers.name(i);
            sb.append(name).append(": ")
                    .append(masked.contains(name.toLowerCase(Locale.ROOT)) ? "██" : headers.value(i));
        }
        return sb.append(']').toString();
    }

    private static String body(RequestBody body) throws IOException {
        MediaType type = body.contentType();
        if (body.isDuplex() || body.isOneShot() || (type != null && !"json".equals(type.subtype()))) {
            return "(" + type + " body not logged)";
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        long size = buffer.size();
        String text = buffer.readUtf8(Math.min(size, MAX_BODY));
        return size > MAX_BODY ? text + "... (" + size + " bytes)" : text;
    }
}
