package ai.domainassist.core.chat;

import java.util.Objects;

/**
 * The shape the answer must take: free text, any JSON object, or JSON that follows a schema.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of format
 * @param name the schema's name for {@link Type#JSON_SCHEMA} (letters, digits, {@code _}, {@code -}),
 *     else {@code null}
 * @param schema the JSON schema as JSON text for {@link Type#JSON_SCHEMA}, else {@code null}
 * @param strict whether the provider should enforce the schema strictly where it can
 */
public record ResponseFormat(Type type, String name, String schema, boolean strict) {

    /** The kinds of response format. */
    public enum Type {
        /** Free text (the default). */
        TEXT,
        /** Any valid JSON object. */
        JSON_OBJECT,
        /** JSON that follows the given schema. */
        JSON_SCHEMA
    }

    /** Free text. */
    public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, null, false);
    /** Any JSON object. */
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Type.JSON_OBJECT, null, null, false);

    /**
     * Checks and normalises the components.
     *
     * @param type the kind of format
     * @param name the schema's name for {@link Type#JSON_SCHEMA} (letters, digits, {@code _}, {@code -}), else {@code null}
     * @param schema the JSON schema as JSON text for {@link Type#JSON_SCHEMA}, else {@code null}
     * @param strict whether the provider should enforce the schema strictly where it can
     * @throws NullPointerException if {@code type} is {@code null}
     * @throws IllegalArgumentException if name and schema are not given exactly for {@link Type#JSON_SCHEMA}
     */
    public ResponseFormat {
        Objects.requireNonNull(type, "type");
        if (type == Type.JSON_SCHEMA) {
            if (name == null || schema == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("JSON_SCHEMA needs a name matching [A-Za-z0-9_-]{1,64} and a schema");
            }
        } else if (name != null || schema != null) {
            throw new IllegalArgumentException("name and schema are only for JSON_SCHEMA");
        }
    }

    /**
     * JSON following a schema.
     *
     * @param name the schema's name
     * @param schema the JSON schema as JSON text
     * @param strict whether to ask for strict enforcement
     * @return the format
     */
    public static ResponseFormat jsonSchema(String name, String schema, boolean strict) {
        return new ResponseFormat(Type.JSON_SCHEMA, name, schema, strict);
    }
}
