package ai.domainassist.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A minimal SSE reader for the tests: the data of each event, comments skipped. */
final class Sse {
    static final ObjectMapper JSON = new ObjectMapper();

    private Sse() {
    }

    /** The data payloads of the events in an SSE body, in order. */
    static List<String> data(String body) {
        List<String> out = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\n")) {
                if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
            if (data.length() > 0) {
                out.add(data.toString());
            }
        }
        return out;
    }

    /** The JSON chunks of an SSE body, without the {@code [DONE]} terminator. */
    static List<JsonNode> chunks(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String d : data(body)) {
            if (!d.equals("[DONE]")) {
                out.add(JSON.readTree(d));
            }
        }
        return out;
    }

    /** The answer text assembled from the content deltas. */
    static String content(List<JsonNode> chunks) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : chunks) {
            for (JsonNode choice : c.path("choices")) {
                JsonNode content = choice.path("delta").path("content");
                if (content.isTextual()) {
                    sb.append(content.asText());
                }
            }
        }
        return sb.toString();
    }

    /** The arguments of the tool call at an index, assembled from the deltas. */
    static String toolArguments(List<JsonNode> chunks, int index) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : chunks) {
            for (JsonNode choice : c.path("choices")) {
                for (JsonNode tc : choice.path("delta").path("tool_calls")) {
                    if (tc.path("index").asInt() == index) {
                        sb.append(tc.path("function").path("arguments").asText(""));
                    }
                }
            }
        }
        return sb.toString();
    }
}
