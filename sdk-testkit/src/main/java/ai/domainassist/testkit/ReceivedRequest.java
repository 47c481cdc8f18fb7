package ai.domainassist.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request the {@link FakeOpenAiServer} received: what the client under test really sent.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks credentials ({@code Authorization},
 * {@code api-key}, {@code x-api-key}) so a failing assertion never prints a key.
 *
 * @param method the HTTP method
 * @param path the path and query, for example {@code /v1/chat/completions}
 * @param headers the headers, names case-insensitive, values in order
 * @param body the body as UTF-8 text, empty when there was none
 */
public record ReceivedRequest(String method, String path, Map<String, List<String>> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "api-key", "x-api-key");

    /**
     * Copies the headers into a case-insensitive map.
     *
     * @param method the HTTP method
     * @param path the path and query
     * @param headers the headers
     * @param body the body as UTF-8 text
     * @throws NullPointerException if a component is {@code null}
     */
    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.merge(k, List.copyOf(v), (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * @param name a header name, any case
     * @return its first value, if the header was sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body parsed as JSON.
     *
     * @return the JSON tree
     * @throws IllegalStateException if the body is not JSON
     */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(method + " " + path + " did not send a JSON body", e);
        }
    }

    /** @return whether the body is JSON with {@code "stream": true} */
    public boolean isStream() {
        try {
            return JSON.readTree(body).path("stream").asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" {");
        headers.forEach((k, v) -> sb.append(k).append('=')
                .append(SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? "<masked>" : String.join(",", v)).append("; "));
        return sb.append("} ").append(body.length()).append(" chars").toString();
    }
}
