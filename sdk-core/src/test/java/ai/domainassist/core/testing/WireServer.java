package ai.domainassist.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Small helpers around {@link MockWebServer} for provider tests: canned JSON and SSE answers, parsed request bodies. */
public final class WireServer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WireServer() {
    }

    /**
     * @param status the HTTP status
     * @param body the JSON body
     * @return a JSON response
     */
    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /**
     * @param body the event stream
     * @return a 200 {@code text/event-stream} response
     */
    public static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .body(body).build();
    }

    /**
     * @param server the server
     * @return the next request, waiting at most 5 s
     */
    public static RecordedRequest take(MockWebServer server) {
        try {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no request reached the server");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * @param request a recorded request
     * @return its body parsed as JSON
     */
    public static JsonNode body(RecordedRequest request) {
        try {
            return MAPPER.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json JSON text
     * @return the tree
     */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
