package ai.domainassist.medical.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Result<OutpatientRecord> result = MedicalRecordAssistant.builder().build().structure(Transcript.parse(
            "科室：呼吸内科\n医生：哪里不舒服？\n患者：咳嗽三天了，不发烧。\n医生：体温36.8度。考虑急性支气管炎，给你开氨溴索，一天三次。"));

    @Test
    void writesEveryKeyOfTheSchemaInAFixedOrder() throws Exception {
        JsonNode root = JSON.readTree(RecordJson.write(result.value()));
        assertThat(names(root)).containsExactly("schema", "schemaVersion", "visitTime", "department", "sections", "symptoms",
                "vitalSigns", "findings", "medications", "allergies", "history", "examinations", "diagnoses", "advice",
                "utterances");
        assertThat(root.get("schema").asText()).isEqualTo(RecordJson.SCHEMA);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("visitTime").isNull()).isTrue();
        assertThat(root.get("department").get("value").asText()).isEqualTo("呼吸内科");
        assertThat(names(root.get("sections"))).containsExactly("chiefComplaint", "presentIllness", "pastHistory",
                "allergyHistory", "physicalExam", "auxiliaryExam", "diagnosis", "plan");
        assertThat(root.get("sections").get("pastHistory").isNull()).isTrue();
        JsonNode cc = root.get("sections").get("chiefComplaint");
        assertThat(cc.get("title").asText()).isEqualTo("主诉");
        assertThat(cc.get("text").asText()).isEqualTo("咳嗽3天");
        assertThat(cc.get("origin").asText()).isEqualTo("RULES");
        JsonNode ev = cc.get("evidence").get(0);
        assertThat(names(ev)).containsExactly("source", "start", "end", "quote");
        JsonNode symptom = root.get("symptoms").get(0);
        assertThat(names(symptom)).containsExactly("term", "mention", "status", "attribution", "onset", "severity", "site",
                "frequency", "origin", "confidence", "evidence");
        assertThat(symptom.get("onset").get("normalized").asText()).isEqualTo("3天");
        assertThat(symptom.get("severity").isNull()).isTrue();
        assertThat(root.get("medications").get(0).get("frequency").asText()).isEqualTo("每日3次");
        assertThat(root.get("utterances")).hasSize(3);
    }

    @Test
    void aResultAddsModeFlagsAndAuditId() throws Exception {
        JsonNode root = JSON.readTree(RecordJson.write(result));
        assertThat(root.get("mode").asText()).isEqualTo("OFFLINE");
        assertThat(root.get("auditId").isNull()).isTrue();
        assertThat(root.get("flags").get(0).has("severity")).isTrue();
        assertThat(root.get("flags")).hasSize(result.flags().size());
    }

    @Test
    void theShippedJsonSchemaNamesEveryTopLevelKey() throws Exception {
        try (InputStream in = RecordJson.class.getResourceAsStream("/ai/domainassist/medical/schema/outpatient-record.schema.json")) {
            JsonNode schema = JSON.readTree(in);
            JsonNode root = JSON.readTree(RecordJson.write(result));
            assertThat(names(schema.get("properties"))).containsAll(names(root));
            assertThat(schema.get("required")).extracting(JsonNode::asText).contains("schema", "schemaVersion", "sections");
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }
}
