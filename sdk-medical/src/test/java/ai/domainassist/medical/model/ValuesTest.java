package ai.domainassist.medical.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types: validation and display forms. */
class ValuesTest {

    @Test
    void vitalSignValidatesItsValueAndShowsTheRecordForm() {
        VitalSign bp = new VitalSign(VitalSignKind.BLOOD_PRESSURE, "130/85", "mmHg", "");
        assertThat(bp.numbers()).containsExactly(new BigDecimal("130"), new BigDecimal("85"));
        assertThat(bp.display()).isEqualTo("血压130/85mmHg");
        assertThat(new VitalSign(VitalSignKind.TEMPERATURE, "38.5", "℃", "度").display()).isEqualTo("体温38.5℃");
        assertThatThrownBy(() -> new VitalSign(VitalSignKind.BLOOD_PRESSURE, "130", "mmHg", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VitalSign(VitalSignKind.TEMPERATURE, "三十八", "℃", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingAndDiagnosisShowTheirRecordForms() {
        assertThat(new Finding("压痛", "压痛", true, "右下腹").display()).isEqualTo("右下腹压痛");
        assertThat(new Finding("啰音", "啰音", false, "").display()).isEqualTo("未闻及啰音");
        assertThat(new Finding("反跳痛", "反跳痛", false, "").display()).isEqualTo("无反跳痛");
        assertThat(new Diagnosis("急性阑尾炎", Diagnosis.Certainty.SUSPECTED).display()).isEqualTo("急性阑尾炎？");
        assertThat(new Diagnosis("急性阑尾炎", Diagnosis.Certainty.CONFIRMED).display()).isEqualTo("急性阑尾炎");
    }

    @Test
    void onsetKnowsWhetherItWasSaid() {
        assertThat(Onset.UNKNOWN.isKnown()).isFalse();
        assertThat(new Onset("三天", "3天", 3).isKnown()).isTrue();
        assertThatThrownBy(() -> new Onset("", "", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordBuilderKeepsSectionsInRecordOrderAndRefusesBlankText() {
        Evidence ev = new Evidence("u1", 0, 2, "咳嗽");
        OutpatientRecord r = OutpatientRecord.builder()
                .section(Section.PLAN, Grounded.byRules("多喝水", ev))
                .section(Section.CHIEF_COMPLAINT, Grounded.byRules("咳嗽3天", ev))
                .build();
        assertThat(r.sections().keySet()).containsExactly(Section.CHIEF_COMPLAINT, Section.PLAN);
        assertThat(r.chiefComplaint()).map(Grounded::value).contains("咳嗽3天");
        assertThat(r.toBuilder().section(Section.PLAN, null).build().sections()).doesNotContainKey(Section.PLAN);
        assertThatThrownBy(() -> OutpatientRecord.builder().section(Section.PLAN, Grounded.byRules(" ", ev)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(r.toString()).doesNotContain("咳嗽");
        assertThat(r).isEqualTo(r.toBuilder().build());
    }

    @Test
    void utteranceDecisionValidatesConfidence() {
        assertThatThrownBy(() -> new UtteranceDecision("u1", Speaker.DOCTOR, 1.5, false, true,
                UtteranceDecision.Category.CLINICAL, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Speaker.FAMILY.isPatientSide()).isTrue();
        assertThat(Speaker.DOCTOR.isPatientSide()).isFalse();
        assertThat(List.of(Section.values())).extracting(Section::title).containsExactly("主诉", "现病史", "既往史", "过敏史",
                "个人史", "家族史", "体格检查", "辅助检查", "初步诊断", "处理意见");
    }
}
