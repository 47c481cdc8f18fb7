package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.testkit.Answer;
import ai.domainassist.testkit.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

/** The result's audit id finds the model calls made for it in the audit trail; an offline result has none. */
class AuditIdTest {
    private static final Transcript VISIT = Transcript.parse(String.join("\n",
            "医生：你好，哪里不舒服？",
            "患者：我咳嗽三天了，嗓子也疼。",
            "医生：考虑是急性上呼吸道感染，多喝水。"));

    @Test
    void theResultsAuditIdIsOnEveryAuditRecordOfItsModelCallsAndNotSentToTheProvider() {
        InMemoryAuditSink audit = new InMemoryAuditSink();
        ScriptedModelProvider fake = new ScriptedModelProvider().enqueue(Answer.text("{\"sections\":[{\"section\":"
                + "\"CHIEF_COMPLAINT\",\"text\":\"咳嗽、咽痛3天\",\"quotes\":[\"我咳嗽三天了，嗓子也疼\"]}],"
                + "\"symptoms\":[],\"diagnoses\":[]}"));
        try (fake; ModelClient model = ModelClient.builder().provider(fake).auditSink(audit).logging(false).build()) {
            Result<OutpatientRecord> r = MedicalRecordAssistant.builder().model(model).build().structure(VISIT);
            String id = r.auditId().orElseThrow();
            assertThat(audit.records()).isNotEmpty().extracting(AuditRecord::auditId).containsOnly(id);
            assertThat(audit.records()).extracting(AuditRecord::task).containsOnly("medical.structure");
            assertThat(fake.lastRequest().options().auditId()).isEqualTo(id);
        }
        assertThat(MedicalRecordAssistant.builder().build().structure(VISIT).auditId()).isEmpty();
    }
}
