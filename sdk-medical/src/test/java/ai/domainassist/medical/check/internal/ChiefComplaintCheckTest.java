package ai.domainassist.medical.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.rules.TermLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChiefComplaintCheckTest {
    private final ChiefComplaintCheck check = new ChiefComplaintCheck(TermLexicon.defaults());
    private final Transcript t = Transcript.of(List.of(Utterance.of(0, Speaker.PATIENT, "咳嗽三天")));
    private final Evidence ev = new Evidence("u1", 0, 2, "咳嗽");
    private final Grounded<Symptom> cough = Grounded.byRules(new Symptom("咳嗽", "咳嗽", SymptomStatus.PRESENT,
            Attribution.STATED_BY_PATIENT, new Onset("三天", "3天", 3), "", "", ""), ev);

    private List<String> messages(String chiefComplaint) {
        OutpatientRecord r = OutpatientRecord.builder().symptoms(List.of(cough))
                .section(Section.CHIEF_COMPLAINT, Grounded.byModel(chiefComplaint, List.of(ev), 0.9)).build();
        return check.check(r, t).stream().filter(f -> f.kind() == ReviewFlag.Kind.POLICY).map(ReviewFlag::message).toList();
    }

    @Test
    void aGoodChiefComplaintPasses() {
        assertThat(messages("咳嗽3天")).isEmpty();
    }

    @Test
    void flagsLengthMissingDurationDiagnosisAndTestResult() {
        assertThat(messages("咳嗽、咳痰、发热、咽痛、流涕、鼻塞、头痛、乏力3天")).anyMatch(m -> m.contains("超过20字"));
        assertThat(messages("咳嗽")).containsExactly("主诉缺少症状持续时间");
        assertThat(messages("急性支气管炎3天")).anyMatch(m -> m.contains("不应写诊断名称“急性支气管炎”"));
        assertThat(messages("血常规异常3天")).anyMatch(m -> m.contains("不应写检查结果"));
    }

    @Test
    void withoutSymptomsADiagnosisMayBeTheChiefComplaint() {
        OutpatientRecord r = OutpatientRecord.builder()
                .section(Section.CHIEF_COMPLAINT, Grounded.byRules("发现高血压5年", ev)).build();
        assertThat(check.check(r, t)).isEmpty();
    }
}
