package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.TranscriptException;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedicalRecordAssistantTest {
    private final MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();

    @Test
    void withoutAModelTheOfflineEngineWritesTheRecordAndSaysSo() {
        Result<OutpatientRecord> r = assistant.structure(Transcript.parse(
                "医生：哪里不舒服？\n患者：我拉肚子两天了，一天五六次。\n医生：发烧吗？\n患者：不烧。\n医生：急性胃肠炎，吃蒙脱石散，清淡饮食。"));
        assertThat(assistant.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(r.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(r.usage().totalTokens()).isZero();
        assertThat(r.auditId()).isEmpty();
        assertThat(r.value().chiefComplaint()).map(g -> g.value()).contains("腹泻2天");
        assertThat(r.flags(ReviewFlag.Kind.MISSING)).extracting(ReviewFlag::field)
                .containsExactlyInAnyOrder("pastHistory", "allergyHistory", "personalHistory", "physicalExam", "auxiliaryExam");
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isEmpty();
    }

    @Test
    void aHospitalExtendsTheAssertionTriggers() {
        String dialogue = "医生：发烧吗？\n患者：冇发烧，就是咳嗽。";
        assertThat(assistant.structure(Transcript.parse(dialogue)).value().symptoms())
                .anyMatch(g -> g.value().term().equals("发热") && g.value().status() == SymptomStatus.PRESENT);
        MedicalRecordAssistant local = MedicalRecordAssistant.builder().assertionTriggers(AssertionTriggers.defaults()
                .with(AssertionTriggers.of(List.of(new AssertionTriggers.Trigger("冇", AssertionTriggers.Category.NEGATED,
                        AssertionTriggers.Direction.FORWARD, ""))))).build();
        assertThat(local.structure(Transcript.parse(dialogue)).value().symptoms()).extracting(g -> g.value().term() + "="
                + g.value().status()).containsExactly("发热=ABSENT", "咳嗽=PRESENT");
    }

    @Test
    void aDialogueWithoutClinicalContentGivesAClearErrorFlagNotASilentEmptyRecord() {
        Result<OutpatientRecord> r = assistant.structure(Transcript.parse("医生：你好。\n患者：你好，在哪交费？\n医生：一楼窗口。"));
        assertThat(r.value().sections()).isEmpty();
        assertThat(r.value().utterances()).hasSize(3);
        assertThat(r.flags().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(r.flags().get(0).message()).contains("没有找到临床内容");
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void uncertainSpeakerRolesAreFlaggedForReview() {
        Result<OutpatientRecord> r = assistant.structure(Transcript.parse("咳嗽\n三天\n周三\n周二"));
        assertThat(r.flags(ReviewFlag.Kind.LOW_CONFIDENCE)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("把握度"));
    }

    @Test
    void badInputIsATypedErrorBeforeTheAssistant() {
        assertThatThrownBy(() -> assistant.structure(Transcript.parse("\u0000\u0001binary")))
                .isInstanceOf(TranscriptException.class);
        assertThatThrownBy(() -> assistant.structure(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theModeMustSuitAModel() {
        assertThatThrownBy(() -> MedicalRecordAssistant.builder().mode(Mode.OFFLINE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MedicalRecordAssistant.builder().mode(Mode.MODEL).build().mode()).isEqualTo(Mode.OFFLINE);
        assertThat(List.of(Mode.values())).contains(Mode.DEGRADED);
    }
}
