package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ninth round of issue 12 (the dialogue pasted on one line), end to end, each case with sentences written for
 * this test, not taken from any data set.
 */
class NinthRoundCasesTest {
    private static List<SymptomStatus> statuses(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).map(Symptom::status).toList();
    }

    @Test
    void complaintsSeparatedBySpacesStayThePatientsOwn() {
        // issue 12 class 1, now also without a label: no question before a space, so no pasted dialogue to split
        OutpatientRecord r = Fixture.record("咳嗽 没有发烧 有痰 流鼻涕");
        assertThat(statuses(r, "咳嗽")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(r, "发热")).containsExactly(SymptomStatus.ABSENT);
        assertThat(statuses(r, "咳痰")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(r, "流涕")).containsExactly(SymptomStatus.PRESENT);
    }

    @Test
    void aDialoguePastedOnOneLineAnswersTheDoctorsQuestions() {
        // before: one utterance of the patient's side, so 有没有呕吐？ 没有 denied nothing and the doctor's 考虑 was the patient's
        OutpatientRecord r = Fixture.record("你好，宝宝怎么了？ 孩子拉肚子两天了，一天五六次 有没有呕吐？ 没有 "
                + "精神怎么样？ 精神还可以 考虑是病毒性肠炎，注意补液");
        assertThat(statuses(r, "腹泻")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(r, "呕吐")).containsExactly(SymptomStatus.ABSENT);
    }

    @Test
    void inlineLabelsOnOneLineScoreAsTheLabelledLines() {
        OutpatientRecord one = Fixture.record("医生：宝宝怎么了？ 患者：孩子咳嗽三天了 医生：发烧吗？ 患者：不发烧 医生：有痰吗？ 患者：有痰");
        OutpatientRecord lines = Fixture.record("医生：宝宝怎么了？", "患者：孩子咳嗽三天了", "医生：发烧吗？", "患者：不发烧",
                "医生：有痰吗？", "患者：有痰");
        assertThat(one.symptoms()).extracting(g -> g.value().term() + "/" + g.value().status())
                .containsExactlyElementsOf(lines.symptoms().stream().map(g -> g.value().term() + "/" + g.value().status()).toList())
                .contains("发热/ABSENT", "咳痰/PRESENT");
    }
}
