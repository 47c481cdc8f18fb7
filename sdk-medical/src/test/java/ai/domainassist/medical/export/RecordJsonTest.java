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
        assertThat(names(root)).containsExactly("schema", "schemaVersion", "schemaMinorVersion", "visitTime", "department",
                "sections", "symptoms", "vitalSigns", "findings", "medications", "allergies", "history", "personalHistory",
                "familyHistory", "examinations", "diagnoses", "advice", "utterances");
        assertThat(root.get("schema").asText()).isEqualTo(RecordJson.SCHEMA);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("schemaMinorVersion").asInt()).isEqualTo(3);
        assertThat(root.get("visitTime").isNull()).isTrue();
        assertThat(root.get("department").get("value").asText()).isEqualTo("呼吸内科");
        assertThat(names(root.get("sections"))).containsExactly("chiefComplaint", "presentIllness", "pastHistory",
                "allergyHistory", "personalHistory", "familyHistory", "physicalExam", "auxiliaryExam", "diagnosis", "plan");
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
    void writesThePersonalAndFamilyHistoryOfVersion11() throws Exception {
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().build().structure(Transcript.parse(
                "医生：哪里不舒服？\n患者：胸口闷一个月了。\n医生：抽烟吗？\n患者：抽了二十年，去年戒了。\n"
                        + "医生：家里有人有心脏病吗？\n患者：我父亲五十多岁的时候心梗走的。"));
        JsonNode root = JSON.readTree(RecordJson.write(r.value()));
        JsonNode smoking = root.get("personalHistory").get(0);
        assertThat(names(smoking)).containsExactly("kind", "name", "status", "duration", "detail", "origin", "confidence",
                "evidence");
        assertThat(smoking.get("kind").asText()).isEqualTo("SMOKING");
        assertThat(smoking.get("status").asText()).isEqualTo("FORMER");
        assertThat(smoking.get("duration").get("normalized").asText()).isEqualTo("20年");
        assertThat(smoking.get("detail").asText()).isEqualTo("已戒1年");
        JsonNode family = root.get("familyHistory").get(0);
        assertThat(family.get("condition").asText()).isEqualTo("心肌梗死");
        assertThat(family.get("relatives")).extracting(JsonNode::asText).containsExactly("父亲");
        assertThat(family.get("present").asBoolean()).isTrue();
        assertThat(root.get("sections").get("personalHistory").get("text").asText()).isEqualTo("吸烟20年，已戒1年。");
        assertThat(root.get("sections").get("familyHistory").get("text").asText()).isEqualTo("父亲有心肌梗死病史。");
    }

    @Test
    void theShippedSchemaAcceptsVersion11AndVersion10Documents() throws Exception {
        try (InputStream in = RecordJson.class.getResourceAsStream("/ai/domainassist/medical/schema/outpatient-record.schema.json")) {
            com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                    .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(RecordJson.write(result));
            assertThat(schema.validate(doc)).isEmpty();
            doc.remove(List.of("schemaMinorVersion", "personalHistory", "familyHistory"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("sections")).remove(List.of("personalHistory",
                    "familyHistory"));
            assertThat(schema.validate(doc)).as("a 1.0 document").isEmpty();
            doc.put("schemaVersion", 2);
            assertThat(schema.validate(doc)).as("another major version").isNotEmpty();
        }
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
