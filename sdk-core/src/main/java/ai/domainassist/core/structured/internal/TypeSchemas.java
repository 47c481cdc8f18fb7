package ai.domainassist.core.structured.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON schemas of Java types (victools jsonschema-generator with its Jackson module, draft
 * 2020-12) and their validators ({@link SchemaValidator}), cached per type.
 *
 * <p>Every property is required and no others are allowed (what OpenAI's strict mode asks); a
 * field annotated with any annotation named {@code Nullable} may be {@code null}. A type whose
 * schema is not an object (a list, a string) is wrapped as {@code {"value": ...}}, because
 * providers want an object at the top.
 *
 * <p>Thread-safe.
 */
public final class TypeSchemas {
    private static final SchemaGenerator GENERATOR = generator();
    private final ConcurrentHashMap<Type, Entry> cache = new ConcurrentHashMap<>();

    /**
     * A type's schema and validator.
     *
     * @param schema the schema sent to the model
     * @param wrapped whether the value sits under {@code "value"}
     * @param validator validates an answer against the schema
     */
    public record Entry(ObjectNode schema, boolean wrapped, SchemaValidator validator) {

        /**
         * @param answer the parsed answer
         * @return the validation errors, sorted, empty when valid
         */
        public List<String> validate(JsonNode answer) {
            return validator.validate(answer);
        }
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        b.forFields().withRequiredCheck(field -> true);
        b.forFields().withNullableCheck(field -> isNullable(field.getRawMember().getAnnotations())
                || isNullable(field.getRawMember().getAnnotatedType().getAnnotations()));
        return new SchemaGenerator(b.build());
    }

    private static boolean isNullable(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type the Java type (a class or a parameterised type)
     * @return its schema and validator
     * @throws IllegalArgumentException if no schema can be made for the type
     */
    public Entry of(Type type) {
        return cache.computeIfAbsent(type, t -> build(type));
    }

    private static Entry build(Type type) {
        ObjectNode schema;
        try {
            schema = GENERATOR.generateSchema(type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot make a JSON schema for " + type.getTypeName() + ": " + e.getMessage(), e);
        }
        boolean wrapped = !"object".equals(schema.path("type").asText());
        if (wrapped) {
            ObjectNode outer = schema.objectNode();
            if (schema.has("$defs")) {
                outer.set("$defs", schema.remove("$defs"));
            }
            outer.put("type", "object");
            outer.putObject("properties").set("value", schema);
            outer.putArray("required").add("value");
            outer.put("additionalProperties", false);
            schema = outer;
        }
        return new Entry(schema, wrapped, SchemaValidator.of(schema));
    }
}
