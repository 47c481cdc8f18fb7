package ai.domainassist.core.provider.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one Jackson mapper the adapters share, and the few tree look-ups they all need.
 * Thread-safe: the mapper is configured once and never changed.
 */
public final class Json {
    /** The shared mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** The message of the {@link IOException} thrown for input that holds no JSON value. */
    public static final String NO_VALUE = "no JSON value";

    private Json() {
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Parses JSON text.
     *
     * @param text the text
     * @return the tree
     * @throws IOException if the text is not JSON
     */
    public static JsonNode parse(String text) throws IOException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new IOException(NO_VALUE);
        }
        return node;
    }

    /**
     * Parses JSON from UTF-8 bytes as they arrive, without decoding them to a string first.
     *
     * @param in the bytes; read up to the end of the first JSON value
     * @return the tree
     * @throws IOException if the bytes are not JSON ({@link com.fasterxml.jackson.core.JacksonException}
     *     or one with the message {@link #NO_VALUE}), or reading them fails
     */
    public static JsonNode parse(InputStream in) throws IOException {
        JsonNode node = MAPPER.readTree(in);
        if (node == null || node.isMissingNode()) {
            throw new IOException(NO_VALUE);
        }
        return node;
    }

    /**
     * Serialises a tree.
     *
     * @param node the tree
     * @return compact JSON text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Serialises a tree to UTF-8 bytes (no intermediate string).
     *
     * @param node the tree
     * @return compact JSON
     */
    public static byte[] writeBytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * @param node an object node, or {@code null}
     * @param field a field name
     * @return the field's text when it is a non-null scalar, else {@code null}
     */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** The largest count read: far beyond any real token count, small enough that sums of a few never overflow. */
    public static final long MAX_COUNT = 1L << 40;

    /**
     * A count a server reports (tokens): whatever it sends, a value in {@code [0, MAX_COUNT]}.
     *
     * @param node an object node, or {@code null}
     * @param field a field name
     * @return the field's integral value clamped to {@code [0, MAX_COUNT]}, or 0 when absent, not a
     *     number, fractional or beyond a long
     */
    public static long count(JsonNode node, String field) {
        if (node == null) {
            return 0;
        }
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber()) {
            return 0;
        }
        if (!v.canConvertToLong()) {
            return v.bigIntegerValue().signum() > 0 ? MAX_COUNT : 0;
        }
        return Math.min(MAX_COUNT, Math.max(0, v.asLong()));
    }

    /**
     * @param node an object node, or {@code null}
     * @param field a field name
     * @return the field if it is an object, else {@code null}
     */
    public static JsonNode objectField(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v != null && v.isObject() ? v : null;
    }
}
