package ai.domainassist.core.structured.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own validator against the schemas {@link TypeSchemas} generates, cross-checked with a
 * general-purpose validator (networknt, on the test classpath only): both must agree on every
 * answer, valid or not.
 */
class SchemaValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {
    }

    enum Severity { MILD, SEVERE }

    record Drug(String name, int doseMg, double price) {
    }

    record Visit(String patient, Severity severity, List<String> symptoms, List<Drug> drugs, @Nullable String note,
                 boolean urgent) {
    }

    record Node(String label, List<Node> children) {
    }

    private static final String VISIT = "{\"patient\":\"P1\",\"severity\":\"MILD\",\"symptoms\":[\"咳嗽\"],"
            + "\"drugs\":[{\"name\":\"阿莫西林\",\"doseMg\":500,\"price\":12.5}],\"note\":null,\"urgent\":false}";

    static List<Arguments> answers() {
        return List.of(
                Arguments.of(Visit.class, VISIT, true),
                Arguments.of(Visit.class, VISIT.replace("\"note\":null", "\"note\":\"复诊\""), true),
                Arguments.of(Visit.class, VISIT.replace("\"patient\":\"P1\",", ""), false),
                Arguments.of(Visit.class, VISIT.replace("\"MILD\"", "\"GRAVE\""), false),
                Arguments.of(Visit.class, VISIT.replace("500", "\"500\""), false),
                Arguments.of(Visit.class, VISIT.replace("500", "500.5"), false),
                Arguments.of(Visit.class, VISIT.replace("500", "500.0"), true),
                Arguments.of(Visit.class, VISIT.replace("12.5", "12"), true),
                Arguments.of(Visit.class, VISIT.replace("[\"咳嗽\"]", "[\"咳嗽\",3]"), false),
                Arguments.of(Visit.class, VISIT.replace("\"urgent\":false", "\"urgent\":\"no\""), false),
                Arguments.of(Visit.class, VISIT.replace("}]", ",\"extra\":1}]"), false),
                Arguments.of(Visit.class, VISIT.replace("\"symptoms\":[\"咳嗽\"]", "\"symptoms\":null"), false),
                Arguments.of(Visit.class, "[]", false),
                Arguments.of(Node.class, "{\"label\":\"a\",\"children\":[{\"label\":\"b\",\"children\":[]}]}", true),
                Arguments.of(Node.class, "{\"label\":\"a\",\"children\":[{\"label\":\"b\"}]}", false),
                Arguments.of(Node.class, "{\"label\":\"a\",\"children\":[{\"label\":1,\"children\":[]}]}", false));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void agreesWithAGeneralPurposeValidator(Class<?> type, String answer, boolean valid) throws Exception {
        TypeSchemas.Entry entry = new TypeSchemas().of(type);
        JsonNode node = JSON.readTree(answer);
        List<String> ours = entry.validate(node);
        var reference = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(entry.schema()).validate(node);

        assertThat(ours.isEmpty()).as("ours: %s; schema %s", ours, entry.schema()).isEqualTo(valid);
        assertThat(reference.isEmpty()).as("networknt: %s", reference).isEqualTo(valid);
    }

    @Test
    void namesThePathOfEachProblem() throws Exception {
        TypeSchemas.Entry entry = new TypeSchemas().of(Visit.class);
        List<String> errors = entry.validate(JSON.readTree(VISIT.replace("500", "\"500\"").replace("\"patient\":\"P1\",", "")));
        assertThat(errors).containsExactly("$.drugs[0].doseMg: integer expected, string found",
                "$.patient: required property missing");
    }

    @Test
    void refusesASchemaWithAKeywordItDoesNotCheck() throws Exception {
        assertThatThrownBy(() -> SchemaValidator.of(JSON.readTree("{\"type\":\"object\",\"dependentRequired\":{}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dependentRequired");
        assertThatThrownBy(() -> SchemaValidator.of(JSON.readTree("{\"$ref\":\"#/definitions/x\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$defs");
    }
}
