package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The third round of issue 12 (the doctor's questions whose answers were not linked, the doctor's assessment,
 * the stool topic), each case with sentences written for this test, not taken from any data set.
 */
class ThirdRoundCasesTest {
    private static Optional<Symptom> symptom(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).findFirst();
    }

    private static SymptomStatus status(OutpatientRecord r, String term) {
        return symptom(r, term).map(Symptom::status).orElse(null);
    }

    @Test
    void aQuestionAboutHowMuchTakesTheSymptomForGranted() {
        OutpatientRecord notMuch = Fixture.record("医生：孩子咳嗽痰多吗？", "患者：听着不算多");
        assertThat(status(notMuch, "咳痰")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(symptom(notMuch, "咳痰").orElseThrow().attribution()).isEqualTo(Attribution.STATED_BY_DOCTOR);
        // a bare no still denies it, as before
        assertThat(status(Fixture.record("医生：孩子咳嗽痰多吗？", "患者：没有"), "咳痰")).isEqualTo(SymptomStatus.ABSENT);
        // 尿多 is the symptom itself (多尿), no question about degree
        assertThat(status(Fixture.record("医生：晚上尿多吗？", "患者：不多"), "多尿")).isNotEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void aLeadingYesAnswersWhatAnAHasBQuestionEndsOn() {
        OutpatientRecord r = Fixture.record("医生：宝宝咳嗽有痰吗？", "患者：有，老是咳不出来");
        assertThat(status(r, "咳痰")).isEqualTo(SymptomStatus.PRESENT);
        // a list is not A有B: the yes goes with what the answer names
        OutpatientRecord list = Fixture.record("医生：恶心呕吐有没有？", "患者：有时候有，早上会恶心");
        assertThat(status(list, "恶心")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(list, "呕吐")).isNull();
    }

    @Test
    void moreFormsOfTheDoctorsYesNoQuestion() {
        // 么 closing a clause asks
        assertThat(status(Fixture.record("医生：头疼么", "患者：不"), "头痛")).isEqualTo(SymptomStatus.ABSENT);
        // a list goes on after 有没有, and after 或者
        OutpatientRecord list = Fixture.record("医生：有没有咳嗽，流鼻涕", "患者：没有");
        assertThat(status(list, "咳嗽")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(list, "流涕")).isEqualTo(SymptomStatus.ABSENT);
        OutpatientRecord or = Fixture.record("医生：大便怎么样？", "患者：一天四五次", "医生：有黏液，或者血丝吗", "患者：没有");
        assertThat(status(or, "大便粘液")).isEqualTo(SymptomStatus.ABSENT);
        // a wh-question before the yes-no question is no second question to answer
        OutpatientRecord wh = Fixture.record("医生：还有哪里不舒服？拉肚子吗？", "患者：没有，就是嗓子有点疼");
        assertThat(status(wh, "腹泻")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(wh, "咽痛")).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void anAnswerMayOpenWithOtherWordsBeforeItsNo() {
        assertThat(status(Fixture.record("医生：这几天有没有呕吐", "患者：这次没有"), "呕吐")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("医生：肚子胀吗？", "患者：到目前为止还没有"), "腹胀")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("医生：孩子咳嗽吗？", "患者：好像没有"), "咳嗽")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("医生：孩子咳嗽吗？", "患者：几乎没有"), "咳嗽")).isEqualTo(SymptomStatus.ABSENT);
        // the opening words do not turn a statement into an answer
        assertThat(status(Fixture.record("医生：孩子咳嗽吗？", "患者：孩子不咳，就是流鼻涕"), "流涕")).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void theDoctorsAssessmentAfterATopicFillerOrHisReading() {
        OutpatientRecord filler = Fixture.record("患者：宝宝这两天拉肚子",
                "医生：宝宝目前的话是消化不良的表现，消化不良的话要注意少吃多餐");
        assertThat(status(filler, "消化不良")).isEqualTo(SymptomStatus.PRESENT);
        OutpatientRecord reading = Fixture.record("患者：宝宝这两天拉肚子", "医生：根据你说的，还是有点消化不良。");
        assertThat(status(reading, "消化不良")).isEqualTo(SymptomStatus.PRESENT);
        // a real condition stays one
        OutpatientRecord condition = Fixture.record("患者：宝宝这两天拉肚子", "医生：消化不良的话要注意少吃多餐");
        assertThat(status(condition, "消化不良")).isNull();
        // 主要是 names the diagnosis (its 要是 is no 如果)
        OutpatientRecord dx = Fixture.record("患者：孩子咳嗽三天了", "医生：目前主要是急性支气管炎，先吃点药");
        assertThat(dx.diagnoses()).extracting(g -> g.value().term()).contains("急性支气管炎");
    }

    @Test
    void theStoolStaysTheTopicForTwoUtterancesAndDiarrhoeaNamesIt() {
        OutpatientRecord r = Fixture.record("医生：大便怎么样？", "患者：一天四五次", "患者：稀的，有点发绿");
        assertThat(status(r, "稀便")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "绿便")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("患者：孩子拉肚子，稀的"), "稀便")).isEqualTo(SymptomStatus.PRESENT);
        // far from any stool talk, 绿 is no stool
        OutpatientRecord far = Fixture.record("医生：大便怎么样？", "患者：正常", "医生：鼻涕呢？", "患者：好的",
                "医生：嗯", "患者：鼻涕是绿色的");
        assertThat(status(far, "绿便")).isNull();
    }
}
