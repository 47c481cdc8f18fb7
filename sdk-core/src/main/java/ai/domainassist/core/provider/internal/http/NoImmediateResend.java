package ai.domainassist.core.provider.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from re-sending a request by itself when a 503 says {@code Retry-After: 0}:
 * OkHttp's follow-up logic sends such a request again at once, below the retry policy and
 * uncounted (the server saw two POSTs per attempt). This network interceptor (the outermost
 * one, so HTTP logging still shows the response as received) moves that value to
 * {@code retry-after-ms}, which the error mapper reads first, so the retry policy sees the same
 * "retry now" and alone decides. Every other response passes unchanged. Stateless and
 * thread-safe.
 */
public final class NoImmediateResend implements Interceptor {
    /** The one instance. */
    public static final NoImmediateResend INSTANCE = new NoImmediateResend();

    private NoImmediateResend() {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 503) {
            return response;
        }
        String retryAfter = response.header("Retry-After");
        if (retryAfter == null || !retryAfter.strip().matches("0+")) {
            return response;
        }
        Response.Builder b = response.newBuilder().removeHeader("Retry-After");
        if (response.header("retry-after-ms") == null) {
            b.header("retry-after-ms", "0");
        }
        return b.build();
    }
}
