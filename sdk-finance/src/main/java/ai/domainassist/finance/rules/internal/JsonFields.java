package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.InvalidClaimDocumentException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the key-value JSON of an OCR service. Every scalar is kept with its key and its exact
 * character span in the JSON text. Wrappers used by common OCR APIs are unwrapped: a value given as
 * {@code {"words": "..."}} (or {@code word}, {@code value}, {@code text}) counts as the value of the
 * enclosing key; result envelopes ({@code words_result}, {@code data}, {@code result}) are walked into.
 * An array of objects whose keys are item labels (名称, 金额 ...) is read as item rows. Stateless.
 */
public final class JsonFields {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> WRAPPERS = Set.of("words", "word", "value", "text");

    private JsonFields() {
    }

    /**
     * A scalar found in the JSON.
     *
     * @param key the nearest meaningful key (wrappers skipped)
     * @param value the scalar's text
     * @param start its start in the JSON text (inside the quotes)
     * @param end its end
     * @param exact whether the JSON text at the span equals the value (no escapes)
     * @param row the index of the array element it belongs to, or -1
     * @param arrayKey the key of that array, or empty
     */
    public record Scalar(String key, String value, int start, int end, boolean exact, int row, String arrayKey) {
    }

    /**
     * Reads every scalar.
     *
     * @param docId the document id, for error messages
     * @param json the JSON text
     * @return the scalars in document order
     * @throws InvalidClaimDocumentException if the text is not a JSON object
     */
    public static List<Scalar> read(String docId, String json) {
        List<Scalar> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidClaimDocumentException(docId, "OCR JSON must be an object");
            }
            walkObject(p, json, "", -1, "", out);
        } catch (IOException e) {
            throw new InvalidClaimDocumentException(docId, "malformed OCR JSON at line "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                            ? jpe.getLocation().getLineNr() : -1), e);
        }
        return out;
    }

    private static void walkObject(JsonParser p, String json, String parentKey, int row, String arrayKey,
            List<Scalar> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String key = WRAPPERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !parentKey.isEmpty() ? parentKey : name;
            JsonToken t = p.nextToken();
            value(p, t, json, key, row, arrayKey, out);
        }
    }

    private static void value(JsonParser p, JsonToken t, String json, String key, int row, String arrayKey,
            List<Scalar> out) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            walkObject(p, json, key, row, arrayKey, out);
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e == JsonToken.START_OBJECT) {
                    walkObject(p, json, key, i, key, out);
                } else {
                    value(p, e, json, key, row, arrayKey, out);
                }
                i++;
            }
        } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            String text = p.getText();
            int start = (int) p.currentTokenLocation().getCharOffset();
            int end;
            if (t == JsonToken.VALUE_STRING) {
                start += 1;
                end = start + text.length();
            } else {
                end = start + text.length();
            }
            boolean exact = end <= json.length() && json.substring(start, end).equals(text);
            if (!exact) {
                int close = t == JsonToken.VALUE_STRING ? closingQuote(json, start) : end;
                end = Math.max(start, Math.min(close, json.length()));
            }
            out.add(new Scalar(key, text, start, end, exact, row, arrayKey));
        }
    }

    private static int closingQuote(String json, int from) {
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return json.length();
    }

    /**
     * Maps keys to fields by their labels: a key matches a field when both fold (width, spaces,
     * punctuation, case) to the same text.
     *
     * @param labels field -> labels
     * @return folded label -> field
     */
    public static Map<String, String> keyIndex(Map<String, List<String>> labels) {
        Map<String, String> idx = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            for (String l : e.getValue()) {
                idx.putIfAbsent(NormalizedText.of(l).folded(), e.getKey());
            }
        }
        return idx;
    }

    /**
     * A text of the keys and values, one pair a line, for classifying a JSON document.
     *
     * @param scalars the scalars
     * @return the text
     */
    public static String asText(List<Scalar> scalars) {
        StringBuilder sb = new StringBuilder();
        for (Scalar s : scalars) {
            sb.append(s.key()).append(": ").append(s.value()).append('\n');
        }
        return sb.toString();
    }
}
