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
 * The second round of issue 12 (what the CMDD miss analysis found the engine losing), each case with
 * sentences written for this test, not taken from any data set: listed yes-no questions, a leading
 * 没有 and 别的都没有, the internet 木有, degree words inside a negation, a body part then what it is
 * like, temperatures, subtype terms and the doctor's statements about the patient.
 */
class ConsultationCasesTest {
    private static Optional<Symptom> symptom(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).findFirst();
    }

    private static SymptomStatus status(OutpatientRecord r, String term) {
        return symptom(r, term).map(Symptom::status).orElse(null);
    }

    @Test
    void aTermListedInTheDoctorsYesNoQuestionIsAskedNotTakenForGranted() {
        OutpatientRecord r = Fixture.record("医生：有发烧，呕吐吗？", "患者：没有，精神还可以。");
        assertThat(status(r, "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(r, "呕吐")).isEqualTo(SymptomStatus.ABSENT);
        // a sentence ending in 不 asks; the patient and a time word before the term change nothing
        OutpatientRecord ending = Fixture.record("医生：孩子最近咳嗽，流鼻涕，拉肚子不", "患者：都没有");
        assertThat(status(ending, "咳嗽")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(ending, "流涕")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(ending, "腹泻")).isEqualTo(SymptomStatus.ABSENT);
        // a wh-question still takes its list for granted
        OutpatientRecord wh = Fixture.record("医生：发烧，咳嗽，几天了？", "患者：三天了");
        assertThat(status(wh, "发热")).isEqualTo(SymptomStatus.PRESENT);
        // 也不 / 都不 end a statement, not a question
        assertThat(Dialogue.endsWithNot("拉肚子不")).isTrue();
        assertThat(Dialogue.endsWithNot("我看也不")).isFalse();
    }

    @Test
    void aLeadingNoAndNoneOfTheRestDenyWhatTheAnswerDoesNotName() {
        OutpatientRecord r = Fixture.record("医生：孩子咳嗽有没有痰？有没有气喘？", "患者：暂时没有，就是夜里咳得多");
        assertThat(status(r, "咳痰")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(r, "喘息")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(r, "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        OutpatientRecord rest = Fixture.record("医生：嗓子疼吗？流鼻涕吗？出皮疹了吗？", "患者：嗓子有点疼，别的症状都没有");
        assertThat(status(rest, "咽痛")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(rest, "流涕")).isEqualTo(SymptomStatus.ABSENT);
        // a bare 没有 after a question about a test also answers the symptom question before it
        OutpatientRecord earlier = Fixture.record("医生：有发热呕吐吗？", "医生：化验过轮状病毒吗？", "患者：没有");
        assertThat(status(earlier, "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(earlier, "呕吐")).isEqualTo(SymptomStatus.ABSENT);
    }

    @Test
    void spokenNegationsAndDegreeWordsInsideThem() {
        assertThat(status(Fixture.record("患者：宝宝木有呕吐，就是拉肚子"), "呕吐")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("医生：肚子胀吗？", "患者：应该没有"), "腹胀")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：这两天食欲不太好"), "食欲减退")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("患者：精神不大好，老想睡"), "精神差")).isEqualTo(SymptomStatus.PRESENT);
        // a body part, then what it is like: negated inside, or with a degree word between
        assertThat(status(Fixture.record("患者：手脚不凉"), "四肢厥冷")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：手脚有点凉"), "四肢厥冷")).isEqualTo(SymptomStatus.PRESENT);
        // 尿感觉 is no urinary infection (尿感), 吐泡泡 no vomiting, 哭着 the manner of another complaint
        OutpatientRecord r = Fixture.record("患者：尿感觉和平时差不多，孩子老吐泡泡，昨晚哭着喊耳朵疼");
        assertThat(r.history()).noneMatch(h -> h.value().condition().equals("尿路感染"));
        assertThat(status(r, "呕吐")).isNull();
        assertThat(status(r, "哭闹")).isNull();
        assertThat(status(Fixture.record("患者：孩子一直哭，哄不好"), "哭闹")).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void aTemperatureThePatientsSideMeasuredIsFeverOrNone() {
        assertThat(status(Fixture.record("患者：孩子咳嗽，量了一下39度"), "发热")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("医生：有没有发烧", "患者：36.8度"), "发热")).isEqualTo(SymptomStatus.ABSENT);
        // a threshold in the doctor's advice is no measurement
        assertThat(status(Fixture.record("患者：孩子咳嗽", "医生：超过38.5度再吃退烧药"), "发热")).isNull();
    }

    @Test
    void aSubtypeIsWrittenBesideTheGeneralTerm() {
        OutpatientRecord r = Fixture.record("患者：干咳两天，今天拉稀，还有点干呕");
        assertThat(status(r, "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "干咳")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "腹泻")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "稀便")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "干呕")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "恶心")).isNull();
    }

    @Test
    void theDoctorsStatementAboutThePatientIsASymptomHisGeneralTalkIsNot() {
        OutpatientRecord r = Fixture.record("患者：孩子拉肚子两天了", "医生：从图片看孩子大便有点稀，里面有粘液");
        assertThat(symptom(r, "大便粘液")).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SymptomStatus.PRESENT);
            assertThat(s.attribution()).isEqualTo(Attribution.STATED_BY_DOCTOR);
        });
        OutpatientRecord general = Fixture.record("患者：胸口闷两天", "医生：考虑心绞痛，先吃阿托伐他汀，胸痛超过二十分钟不缓解马上打120");
        assertThat(status(general, "胸痛")).isNull();
        OutpatientRecord teaching = Fixture.record("患者：孩子咳嗽", "医生：感冒一般会有发烧流鼻涕");
        assertThat(status(teaching, "发热")).isNull();
    }
}
