package ai.domainassist.core.structured.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON out of what real models send: a Markdown code fence around it, prose before or
 * after it, trailing commas, comments. Finds the first JSON object or array (outside a fence, the
 * first {@code {} or {@code [} and its matching bracket, string-aware) and parses it.
 *
 * <p>Stateless and thread-safe.
 */
public final class LenientJson {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private LenientJson() {
    }

    /**
     * Cuts the JSON text out of an answer.
     *
     * @param answer the model's answer
     * @return the JSON text (possibly incomplete if the answer was cut off), or the stripped answer
     *     when no bracket is found
     */
    public static String cut(String answer) {
        String s = answer.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        int fence = s.indexOf("```");
        if (fence >= 0) {
            int lineEnd = s.indexOf('\n', fence);
            if (lineEnd > 0) {
                int close = s.indexOf("```", lineEnd);
                String inner = close > 0 ? s.substring(lineEnd + 1, close) : s.substring(lineEnd + 1);
                if (inner.indexOf('{') >= 0 || inner.indexOf('[') >= 0) {
                    s = inner.strip();
                }
            }
        }
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return s;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return s.substring(start, i + 1);
                }
            }
        }
        return s.substring(start);
    }

    /**
     * Parses an answer leniently.
     *
     * @param answer the model's answer
     * @return the JSON tree
     * @throws JsonProcessingException if no JSON value can be read
     */
    public static JsonNode parse(String answer) throws JsonProcessingException {
        String json = cut(answer);
        JsonNode node = LENIENT.readTree(json);
        if (node == null || node.isMissingNode()) {
            throw new com.fasterxml.jackson.core.JsonParseException(null, "the answer holds no JSON value");
        }
        return node;
    }
}
