package ai.domainassist.medical;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** OpenAI-compatible chat completion responses carrying a model's answer, for MockWebServer. */
public final class ModelAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelAnswers() {
    }

    /**
     * A 200 response whose message content is the given text.
     *
     * @param content the model's answer text
     * @return the response
     */
    public static MockResponse completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000);
        root.put("model", "med-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 900);
        usage.put("completion_tokens", 300);
        usage.put("total_tokens", 1200);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(root.toString()).build();
    }

    /**
     * An error response.
     *
     * @param code the HTTP status
     * @return the response
     */
    public static MockResponse error(int code) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"upstream failure\",\"type\":\"server_error\"}}").build();
    }
}
