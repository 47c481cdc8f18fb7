package ai.domainassist.medical.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import org.junit.jupiter.api.Test;

class ModelRecordWriterTest {
    private final ModelRecordWriter writer = new ModelRecordWriter();
    private final Transcript t = Transcript.parse("医生：你好。\n患者：我咳嗽三天了。\n医生：考虑急性支气管炎。");
    private final OutpatientRecord rules = MedicalRecordAssistant.builder().build().structure(t).value();

    @Test
    void sendsTheKeptUtterancesWithIdsAndRolesAndTheVersionedPrompts() {
        ChatRequest r = writer.request(t, rules, true, "task-1");
        String system = r.messages().get(0).text();
        String user = r.messages().get(1).text();
        assertThat(system).contains("绝不添加对话中没有的").doesNotContain("# Prompt");
        assertThat(user).contains("[u2] 患者：我咳嗽三天了。").contains("[u3] 医生：考虑急性支气管炎。")
                .doesNotContain("[u1]") // the greeting was filtered out
                .contains("主诉：咳嗽3天").doesNotContain("{{");
        assertThat(r.temperature()).isEqualTo(0.0);
        assertThat(r.options().task()).isEqualTo("task-1");
    }

    @Test
    void withoutTheDraftTheModelWritesFromTheDialogueAlone() {
        String user = writer.request(t, rules, false, null).messages().get(1).text();
        assertThat(user).contains("没有规则草稿").doesNotContain("主诉：");
    }
}
