package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.export.RecordText;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end against llama-peer, a real llama.cpp server whose tiny model writes "test" for every
 * string: every model-written field must be flagged UNGROUNDED, the rules' answer must stand where
 * the model's fails, and nothing may crash, in model and in hybrid mode.
 */
class MedicalRecordIT {
    private static final Transcript VISIT = Transcript.parse(String.join("\n",
            "医生：你好，哪里不舒服？",
            "患者：大夫，我拉肚子两天了，一天拉五六次，肚子一阵一阵的疼。",
            "医生：发烧吗？吐不吐？",
            "患者：不发烧，吐了一次。",
            "医生：对什么药物过敏吗？",
            "患者：没有。",
            "医生：肚子软，脐周轻压痛。考虑急性胃肠炎，吃蒙脱石散，一天三次，多喝水，清淡饮食。"));

    private static ModelClient client;
    private static Result<OutpatientRecord> offline;

    @BeforeAll
    static void start() {
        client = ModelClient.builder().provider(LlamaPeer.provider()).callTimeout(Duration.ofSeconds(120)).build();
        offline = MedicalRecordAssistant.builder().build().structure(VISIT);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void hybridFlagsEveryModelFieldAndKeepsTheRulesAnswer() {
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().model(client).mode(Mode.HYBRID).build().structure(VISIT);

        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(r.usage().totalTokens()).isPositive();
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).containsAnyOf("未通过核验", "找不到原文", "没有依据"));
        // nothing the model wrote ("test") is in the record: every section and item is the rules'
        assertThat(r.value().sections()).isEqualTo(offline.value().sections());
        assertThat(r.value().sections().values()).allMatch(g -> g.origin() == Origin.RULES);
        assertThat(r.value().symptoms()).isEqualTo(offline.value().symptoms());
        assertThat(r.value().diagnoses()).isEqualTo(offline.value().diagnoses());
        assertThat(RecordText.write(r.value())).doesNotContain("test");
        assertThat(RecordJson.write(r)).contains("\"mode\" : \"HYBRID\"");
    }

    @Test
    void modelModeFlagsTheModelsSectionsAndFallsBackToTheRulesWhereTheyFail() {
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().model(client).mode(Mode.MODEL).build().structure(VISIT);

        assertThat(r.mode()).isEqualTo(Mode.MODEL);
        // every section the model wrote failed its check: the rules' version stands and the model's is flagged
        for (Map.Entry<Section, Grounded<String>> e : r.value().sections().entrySet()) {
            assertThat(e.getValue().origin()).isEqualTo(Origin.RULES);
            assertThat(e.getValue()).isEqualTo(offline.value().section(e.getKey()).orElseThrow());
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).anyMatch(f -> f.field().equals(e.getKey().key())
                    && f.message().contains("已保留规则引擎的结果"));
        }
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).anyMatch(f -> f.message().contains("模型给出的诊断“test”"));
        assertThat(r.value().diagnoses()).extracting(g -> g.value().term()).doesNotContain("test");
        assertThat(RecordText.write(r.value())).doesNotContain("test");
    }
}
