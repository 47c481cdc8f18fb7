package ai.domainassist.core.provider.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.Headers;

/**
 * Finds the request id a provider returned, for support tickets and audit. Headers first
 * (OpenAI, DeepSeek, Moonshot: {@code x-request-id}; Anthropic: {@code request-id}; Azure:
 * {@code x-ms-request-id}, {@code apim-request-id}; Alibaba Cloud: {@code x-acs-request-id},
 * {@code x-dashscope-request-id}), then body fields ({@code request_id} of DashScope, Zhipu and
 * Anthropic error bodies; {@code requestId}). Stateless and thread-safe.
 */
public final class RequestIds {
    private static final List<String> HEADERS = List.of("x-request-id", "request-id", "x-ms-request-id",
            "apim-request-id", "x-acs-request-id", "x-dashscope-request-id", "x-trace-id");
    private static final List<String> BODY_FIELDS = List.of("request_id", "requestId");

    private RequestIds() {
    }

    /**
     * @param headers response headers
     * @return the first request id header's value, or {@code null}
     */
    public static String fromHeaders(Headers headers) {
        for (String name : HEADERS) {
            String v = headers.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /**
     * @param body a JSON body, or {@code null}
     * @return a request id field's value, looked for at the top level and in {@code error}, or {@code null}
     */
    public static String fromBody(JsonNode body) {
        if (body == null) {
            return null;
        }
        for (JsonNode node : new JsonNode[] {body, Json.objectField(body, "error")}) {
            for (String field : BODY_FIELDS) {
                String v = Json.text(node, field);
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    /**
     * @param headers response headers
     * @param body the JSON body, or {@code null}
     * @return the header id, else the body id, else {@code null}
     */
    public static String find(Headers headers, JsonNode body) {
        String id = fromHeaders(headers);
        return id != null ? id : fromBody(body);
    }
}
