package ai.domainassist.core.structured.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates JSON against the JSON Schema (draft 2020-12) subset that {@link TypeSchemas} generates
 * for Java types: {@code type} (one or several), {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code const}, {@code $ref} to
 * {@code #} or {@code #/$defs/...}, {@code anyOf}, {@code oneOf}, {@code allOf}, the numeric, length and size
 * bounds and {@code pattern}. Annotations ({@code title}, {@code description}, {@code default},
 * {@code format} ...) are not checked, as the specification's default says.
 *
 * <p>A schema using any other keyword is refused when the validator is made
 * ({@link IllegalArgumentException}), so that no part of a schema is silently not checked. This
 * replaces a general-purpose validator library (0.6 MB with its dependencies) on sdk-core's
 * classpath; the schemas are the SDK's own, generated from records, so the subset is closed.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaValidator {
    private static final Set<String> CHECKED = Set.of("type", "properties", "required", "additionalProperties",
            "items", "enum", "const", "$ref", "anyOf", "oneOf", "allOf", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "$defs");
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "format", "examples",
            "$schema", "$id", "$comment", "deprecated", "readOnly", "writeOnly");

    private final JsonNode root;

    private SchemaValidator(JsonNode root) {
        this.root = root;
    }

    /**
     * @param schema the schema
     * @return its validator
     * @throws IllegalArgumentException if the schema uses a keyword outside the supported subset,
     *         or a {@code $ref} that does not point into its {@code $defs}
     */
    public static SchemaValidator of(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        SchemaValidator v = new SchemaValidator(schema);
        v.check(schema, "#");
        return v;
    }

    private void check(JsonNode schema, String at) {
        if (schema.isBoolean()) {
            return;
        }
        if (!schema.isObject()) {
            throw new IllegalArgumentException("schema at " + at + " is not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (!CHECKED.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalArgumentException("schema keyword '" + k + "' at " + at + " is not supported");
            }
            JsonNode v = e.getValue();
            switch (k) {
                case "properties", "$defs" -> v.fields().forEachRemaining(p -> check(p.getValue(), at + "/" + k + "/" + p.getKey()));
                case "items", "additionalProperties" -> check(v, at + "/" + k);
                case "anyOf", "oneOf", "allOf" -> {
                    for (int i = 0; i < v.size(); i++) {
                        check(v.get(i), at + "/" + k + "/" + i);
                    }
                }
                case "$ref" -> resolve(v.asText(), at);
                case "pattern" -> Pattern.compile(v.asText());
                default -> {
                }
            }
        }
    }

    private JsonNode resolve(String ref, String at) {
        if (ref.equals("#")) {
            return root;
        }
        if (!ref.startsWith("#/$defs/")) {
            throw new IllegalArgumentException("$ref " + ref + " at " + at + " is neither # nor into #/$defs");
        }
        JsonNode target = root.path("$defs").get(ref.substring("#/$defs/".length()));
        if (target == null) {
            throw new IllegalArgumentException("$ref " + ref + " at " + at + " names no definition");
        }
        return target;
    }

    /**
     * @param value the JSON value
     * @return the problems found, each prefixed with its JSON path ({@code $.a[0].b}), sorted; empty when valid
     */
    public List<String> validate(JsonNode value) {
        List<String> out = new ArrayList<>();
        validate(root, value, "$", out);
        out.sort(null);
        return out;
    }

    private void validate(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                out.add(path + ": no value is allowed here");
            }
            return;
        }
        if (schema.has("$ref")) {
            validate(resolve(schema.get("$ref").asText(), path), value, path, out);
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, value)) {
            out.add(path + ": " + describe(type) + " expected, " + kind(value) + " found");
            return;
        }
        JsonNode en = schema.get("enum");
        if (en != null && !contains(en, value)) {
            out.add(path + ": must be one of " + en);
        }
        JsonNode cn = schema.get("const");
        if (cn != null && !equal(cn, value)) {
            out.add(path + ": must be " + cn);
        }
        combinators(schema, value, path, out);
        if (value.isObject()) {
            object(schema, value, path, out);
        } else if (value.isArray()) {
            array(schema, value, path, out);
        } else if (value.isNumber()) {
            number(schema, value, path, out);
        } else if (value.isTextual()) {
            text(schema, value.asText(), path, out);
        }
    }

    private void combinators(JsonNode schema, JsonNode value, String path, List<String> out) {
        JsonNode all = schema.get("allOf");
        if (all != null) {
            for (JsonNode s : all) {
                validate(s, value, path, out);
            }
        }
        JsonNode any = schema.get("anyOf");
        if (any != null) {
            int matching = countMatching(any, value, path);
            if (matching == 0) {
                out.add(path + ": matches none of the allowed forms (anyOf)");
            }
        }
        JsonNode one = schema.get("oneOf");
        if (one != null) {
            int matching = countMatching(one, value, path);
            if (matching != 1) {
                out.add(path + ": must match exactly one allowed form (oneOf), matches " + matching);
            }
        }
    }

    private int countMatching(JsonNode alternatives, JsonNode value, String path) {
        int n = 0;
        for (JsonNode s : alternatives) {
            List<String> probe = new ArrayList<>();
            validate(s, value, path, probe);
            if (probe.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private void object(JsonNode schema, JsonNode value, String path, List<String> out) {
        JsonNode props = schema.path("properties");
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode r : required) {
                if (!value.has(r.asText())) {
                    out.add(path + "." + r.asText() + ": required property missing");
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ps = props.get(e.getKey());
            if (ps != null) {
                validate(ps, e.getValue(), path + "." + e.getKey(), out);
            } else if (additional != null) {
                if (additional.isBoolean() && !additional.asBoolean()) {
                    out.add(path + "." + e.getKey() + ": property not allowed (additionalProperties is false)");
                } else {
                    validate(additional, e.getValue(), path + "." + e.getKey(), out);
                }
            }
        }
    }

    private void array(JsonNode schema, JsonNode value, String path, List<String> out) {
        JsonNode items = schema.get("items");
        if (items != null) {
            for (int i = 0; i < value.size(); i++) {
                validate(items, value.get(i), path + "[" + i + "]", out);
            }
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            out.add(path + ": at least " + schema.get("minItems").asInt() + " items expected, " + value.size() + " found");
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            out.add(path + ": at most " + schema.get("maxItems").asInt() + " items expected, " + value.size() + " found");
        }
    }

    private static void number(JsonNode schema, JsonNode value, String path, List<String> out) {
        double d = value.asDouble();
        if (schema.has("minimum") && d < schema.get("minimum").asDouble()) {
            out.add(path + ": must be >= " + schema.get("minimum"));
        }
        if (schema.has("maximum") && d > schema.get("maximum").asDouble()) {
            out.add(path + ": must be <= " + schema.get("maximum"));
        }
        if (schema.has("exclusiveMinimum") && d <= schema.get("exclusiveMinimum").asDouble()) {
            out.add(path + ": must be > " + schema.get("exclusiveMinimum"));
        }
        if (schema.has("exclusiveMaximum") && d >= schema.get("exclusiveMaximum").asDouble()) {
            out.add(path + ": must be < " + schema.get("exclusiveMaximum"));
        }
    }

    private static void text(JsonNode schema, String s, String path, List<String> out) {
        int length = s.codePointCount(0, s.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            out.add(path + ": at least " + schema.get("minLength").asInt() + " characters expected");
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            out.add(path + ": at most " + schema.get("maxLength").asInt() + " characters expected");
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
            out.add(path + ": does not match the pattern " + schema.get("pattern").asText());
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isA(t.asText(), value)) {
                    return true;
                }
            }
            return false;
        }
        return isA(type.asText(), value);
    }

    private static boolean isA(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble())
                    && !Double.isInfinite(v.asDouble()));
            default -> throw new IllegalArgumentException("unknown JSON type '" + type + "' in the schema");
        };
    }

    private static String describe(JsonNode type) {
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(t.asText()));
        return String.join(" or ", names);
    }

    private static String kind(JsonNode v) {
        if (v.isObject()) {
            return "object";
        } else if (v.isArray()) {
            return "array";
        } else if (v.isTextual()) {
            return "string";
        } else if (v.isBoolean()) {
            return "boolean";
        } else if (v.isNull()) {
            return "null";
        } else if (v.isIntegralNumber()) {
            return "integer";
        }
        return "number";
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (equal(v, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
