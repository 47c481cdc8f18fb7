package ai.domainassist.retrieval.opensearch.internal;

import ai.domainassist.retrieval.RetrievalException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The REST calls to one OpenSearch cluster, as JSON over OkHttp. A failure is a
 * {@link RetrievalException} naming the method, path, HTTP status and OpenSearch's error type, never
 * a document's text. Thread-safe.
 */
public final class OpenSearchHttp {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType NDJSON = MediaType.get("application/x-ndjson");
    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String authorization;

    /**
     * @param client the HTTP client
     * @param base the cluster's base URL
     * @param user the user for basic authentication, or {@code null}
     * @param password the password, or {@code null}
     */
    public OpenSearchHttp(OkHttpClient client, HttpUrl base, String user, String password) {
        this.client = client;
        this.base = base;
        this.authorization = user == null ? null : Credentials.basic(user, password == null ? "" : password);
    }

    /**
     * Sends a request.
     *
     * @param method the HTTP method
     * @param path the path and query, e.g. {@code /idx/_search?size=1}
     * @param body the JSON body, or {@code null}
     * @param accepted statuses answered with their body instead of an exception (e.g. 404)
     * @return the parsed answer, and its status in field {@code "_status"}
     * @throws RetrievalException if the cluster cannot be reached or answers with another error
     */
    public JsonNode call(String method, String path, Object body, Set<Integer> accepted) {
        RequestBody rb = null;
        if (body instanceof String s) {
            rb = RequestBody.create(s, path.contains("_bulk") ? NDJSON : JSON);
        } else if (body != null) {
            try {
                rb = RequestBody.create(MAPPER.writeValueAsBytes(body), JSON);
            } catch (IOException e) {
                throw new RetrievalException("cannot write an OpenSearch request body for " + method + " " + path, e);
            }
        } else if (method.equals("POST") || method.equals("PUT")) {
            rb = RequestBody.create(new byte[0], JSON);
        }
        Request.Builder rq = new Request.Builder().url(base.toString().replaceAll("/$", "") + path).method(method, rb);
        if (authorization != null) {
            rq.header("Authorization", authorization);
        }
        try (Response r = client.newCall(rq.build()).execute()) {
            ResponseBody b = r.body();
            String text = b == null ? "" : b.string();
            JsonNode node = text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
            if (!r.isSuccessful() && !accepted.contains(r.code())) {
                throw new RetrievalException("OpenSearch " + method + " " + stripQuery(path) + " failed: HTTP " + r.code()
                        + " " + errorType(node));
            }
            if (node.isObject()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("_status", r.code());
            }
            return node;
        } catch (IOException e) {
            throw new RetrievalException("OpenSearch " + method + " " + stripQuery(path) + " failed: "
                    + e.getClass().getSimpleName() + " (cluster " + base.host() + ":" + base.port() + " unreachable?)", e);
        }
    }

    /**
     * @param method the HTTP method
     * @param path the path
     * @param body the body or {@code null}
     * @return the parsed answer
     * @throws RetrievalException on any error status
     */
    public JsonNode call(String method, String path, Object body) {
        return call(method, path, body, Set.of());
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /**
     * OpenSearch's error type only (its reason may quote a document's text); for an error about the
     * request line itself (a string error: unknown parameter, bad path) the first words of it.
     */
    private static String errorType(JsonNode node) {
        JsonNode err = node.path("error");
        if (err.isTextual()) {
            String t = err.asText();
            return "(" + (t.length() > 120 ? t.substring(0, 120) + "…" : t) + ")";
        }
        String type = err.path("type").asText("");
        return type.isEmpty() ? "" : "(" + type + ")";
    }
}
