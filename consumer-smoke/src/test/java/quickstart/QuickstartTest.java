package quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import org.junit.jupiter.api.Test;

/**
 * README's quickstart steps, as a user's build runs them against the installed artifacts: offline, no
 * network. (README's Quickstart.java itself is built and run from README by run.sh.)
 */
class QuickstartTest {
    @Test
    void theQuickstartStructuresADialogueOfflineWithEvidenceAndFlags() {
        String dialogue = """
                医生：你好，哪里不舒服？
                患者：咳嗽三天了，昨天开始发烧，最高三十八度五。
                医生：有没有药物过敏？
                患者：没有。
                医生：考虑急性支气管炎，多喝水，三天后复诊。
                """;
        Result<OutpatientRecord> result = MedicalRecordAssistant.builder().build().structure(Transcript.parse(dialogue));

        assertEquals(Mode.OFFLINE, result.mode());
        Grounded<String> cc = result.value().chiefComplaint().orElseThrow();
        assertTrue(cc.value().startsWith("咳嗽3天"), cc.value());
        assertFalse(cc.evidence().isEmpty(), "the chief complaint points at the dialogue");
        assertEquals("咳嗽", cc.evidence().get(0).quote());
        assertTrue(result.flags().stream().anyMatch(f -> f.kind() == ReviewFlag.Kind.MISSING),
                "the dialogue says nothing of the examination: flagged for the doctor " + result.flags());
    }
}
