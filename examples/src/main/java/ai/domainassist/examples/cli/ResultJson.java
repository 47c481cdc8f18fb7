package ai.domainassist.examples.cli;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Any {@link Result} as JSON: {@code mode}, {@code usage}, {@code auditId}, {@code flags} and the
 * {@code value}. The value is written generically: a record as an object of its components in
 * order, collections as arrays, maps as objects, {@code Optional} as its content or {@code null},
 * {@code BigDecimal} as an exact number, dates and times as ISO text, enums by name, anything
 * else by {@code toString()}. Deterministic: the same result gives the same text.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResultJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 40;

    private ResultJson() {
    }

    /**
     * Writes a result.
     *
     * @param result the result
     * @return pretty-printed JSON, ending in a newline
     */
    public static String write(Result<?> result) {
        ObjectNode root = NODES.objectNode();
        root.put("mode", result.mode().name());
        root.set("usage", tree(result.usage()));
        root.put("auditId", result.auditId().orElse(null));
        ArrayNode flags = root.putArray("flags");
        for (ReviewFlag f : result.flags()) {
            ObjectNode o = flags.addObject();
            o.put("kind", f.kind().name());
            o.put("severity", f.severity().name());
            o.put("field", f.field());
            o.put("message", f.message());
            ArrayNode ev = o.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ev.add(tree(e));
            }
        }
        root.set("value", tree(result.value()));
        return pretty(root);
    }

    /**
     * A value as a JSON tree, by the rules above.
     *
     * @param value any value, or {@code null}
     * @return the tree
     */
    public static JsonNode tree(Object value) {
        return node(value, 0, new IdentityHashMap<>());
    }

    /**
     * Pretty-prints a tree.
     *
     * @param node the tree
     * @return the text, ending in a newline
     */
    public static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode node(Object v, int depth, IdentityHashMap<Object, Boolean> path) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (v instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (v instanceof CharSequence || v instanceof Character || v instanceof TemporalAccessor || v instanceof Path
                || v instanceof java.time.Duration || v instanceof Number) {
            return NODES.textNode(v.toString());
        }
        if (depth > MAX_DEPTH || path.containsKey(v)) {
            return NODES.textNode("(cycle)");
        }
        path.put(v, Boolean.TRUE);
        try {
            if (v instanceof Optional<?> o) {
                return o.isPresent() ? node(o.get(), depth + 1, path) : NODES.nullNode();
            }
            if (v instanceof Collection<?> c) {
                ArrayNode a = NODES.arrayNode();
                c.forEach(x -> a.add(node(x, depth + 1, path)));
                return a;
            }
            if (v.getClass().isArray()) {
                ArrayNode a = NODES.arrayNode();
                for (int i = 0; i < Array.getLength(v); i++) {
                    a.add(node(Array.get(v, i), depth + 1, path));
                }
                return a;
            }
            if (v instanceof Map<?, ?> m) {
                ObjectNode o = NODES.objectNode();
                m.forEach((k, x) -> o.set(String.valueOf(k instanceof Enum<?> e ? e.name() : k), node(x, depth + 1, path)));
                return o;
            }
            if (v instanceof Record) {
                ObjectNode o = NODES.objectNode();
                for (RecordComponent rc : v.getClass().getRecordComponents()) {
                    Object x;
                    try {
                        rc.getAccessor().setAccessible(true);
                        x = rc.getAccessor().invoke(v);
                    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                        x = "(unreadable: " + e.getClass().getSimpleName() + ")";
                    }
                    o.set(rc.getName(), node(x, depth + 1, path));
                }
                return o;
            }
            return NODES.textNode(v.toString());
        } finally {
            path.remove(v);
        }
    }
}
