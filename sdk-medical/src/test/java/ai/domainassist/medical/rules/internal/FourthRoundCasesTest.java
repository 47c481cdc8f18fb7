package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fourth round of issue 12 (recall on real consultations), each case with sentences written for this test,
 * not taken from any data set.
 */
class FourthRoundCasesTest {
    private static Optional<Symptom> symptom(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).findFirst();
    }

    private static SymptomStatus status(OutpatientRecord r, String term) {
        return symptom(r, term).map(Symptom::status).orElse(null);
    }

    @Test
    void aStillQuestionAnsweredNoEndsASymptomSaidBefore() {
        // the fever was said, the doctor asks whether it is still there, the answer says no: had, over now
        OutpatientRecord still = Fixture.record("患者：孩子前天夜里烧到三十九度", "医生：今天还烧不烧？", "患者：不烧了");
        assertThat(status(still, "发热")).isEqualTo(SymptomStatus.RESOLVED);
        OutpatientRecord now = Fixture.record("患者：宝宝昨天吐了好几回，还拉肚子", "医生：现在还吐吗？", "患者：没有");
        assertThat(status(now, "呕吐")).isEqualTo(SymptomStatus.RESOLVED);
        assertThat(status(now, "腹泻")).isEqualTo(SymptomStatus.PRESENT);
        // the question asks again without a still-word: the earlier statement stands, no stop is invented
        OutpatientRecord plain = Fixture.record("患者：孩子咳嗽三天", "医生：发烧吗？咳嗽厉害吗？", "患者：没有");
        assertThat(status(plain, "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        // still there: present
        OutpatientRecord yes = Fixture.record("患者：孩子前天夜里烧到三十九度", "医生：现在还烧吗？", "患者：还有点");
        assertThat(status(yes, "发热")).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void aBareStoolDescriptorTakesTheTopicSpokenOfLast() {
        // the stool was spoken of a few turns before; a bare colour is the stool's
        OutpatientRecord stool = Fixture.record("患者：宝宝这两天大便不太好", "医生：一天几次？", "患者：四五次吧",
                "医生：吃奶怎么样？", "患者：吃奶还行", "医生：什么颜色的？", "患者：绿色的");
        assertThat(status(stool, "绿便")).isEqualTo(SymptomStatus.PRESENT);
        // snot was spoken of last: the colour is the snot's
        OutpatientRecord snot = Fixture.record("患者：宝宝这两天大便不太好，还流鼻涕", "医生：一天几次？", "患者：四五次吧",
                "医生：鼻涕多吗？", "患者：挺多", "医生：什么颜色的？", "患者：绿色的");
        assertThat(status(snot, "绿便")).isNull();
        // nothing of the stool spoken of: a bare colour is nothing
        assertThat(status(Fixture.record("医生：什么颜色的？", "患者：绿色的"), "绿便")).isNull();
    }

    @Test
    void aLoneCryIsCryingButNotItsMannerOrAPainsDegree() {
        assertThat(status(Fixture.record("患者：孩子昨天夜里哭到两点多才睡"), "哭闹")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("医生：宝宝精神怎么样？", "患者：精神挺好，也不哭"), "哭闹")).isEqualTo(SymptomStatus.ABSENT);
        // the manner of another complaint, a question about tears, a pain's degree: no crying complaint
        assertThat(status(Fixture.record("医生：哭的时候有眼泪吗？", "患者：有眼泪"), "哭闹")).isNull();
        assertThat(status(Fixture.record("患者：孩子说肚子疼，疼得哭"), "哭闹")).isNull();
    }

    @Test
    void aStopStaysWhenLaterWordsTellOfBeforeItOrOfACondition() {
        // 昨天吐得厉害 after the stop tells of yesterday: the vomiting is not back
        OutpatientRecord told = Fixture.record("患者：昨天上午吐了三回，吃了药就不吐了，下午开始发烧", "医生：吐的是什么？",
                "患者：昨天吐的都是早上喝的奶");
        assertThat(status(told, "呕吐")).isEqualTo(SymptomStatus.RESOLVED);
        // 即使 is a condition: 即使喂进去也会吐 is no new vomiting
        OutpatientRecord cond = Fixture.record("患者：前天吐了好几次，今天不吐了", "患者：药太苦了，即使喂进去也会吐出来");
        assertThat(status(cond, "呕吐")).isEqualTo(SymptomStatus.RESOLVED);
        // 现在基本不咳了 stops a cough said before
        OutpatientRecord mostly = Fixture.record("患者：孩子咳嗽一个星期了，吃了药现在基本不咳了");
        assertThat(status(mostly, "咳嗽")).isEqualTo(SymptomStatus.RESOLVED);
        // really back: present
        OutpatientRecord back = Fixture.record("患者：昨天吐了两次，今天早上不吐了", "患者：中午又吐了一次");
        assertThat(status(back, "呕吐")).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void denyingASubtypeDoesNotDenyTheGeneralSymptom() {
        OutpatientRecord dry = Fixture.record("患者：孩子咳嗽三天了，没有干咳，有痰");
        assertThat(symptomStatuses(dry, "咳嗽")).containsExactly(SymptomStatus.PRESENT);
        assertThat(status(dry, "干咳")).isEqualTo(SymptomStatus.ABSENT);
        OutpatientRecord loose = Fixture.record("患者：宝宝拉肚子两天，大便不稀，就是次数多");
        assertThat(symptomStatuses(loose, "腹泻")).containsExactly(SymptomStatus.PRESENT);
        assertThat(status(loose, "稀便")).isEqualTo(SymptomStatus.ABSENT);
        // asked and denied: only the subtype
        OutpatientRecord asked = Fixture.record("患者：孩子咳嗽两天", "医生：是干咳吗？", "患者：不是");
        assertThat(symptomStatuses(asked, "咳嗽")).containsExactly(SymptomStatus.PRESENT);
    }

    private static java.util.List<SymptomStatus> symptomStatuses(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).map(Symptom::status).toList();
    }

    @Test
    void answersThatConfirmADenialOrSayNormal() {
        // the doctor asks with a denial; a yes confirms it
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：没有发烧吧？", "患者：嗯"), "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：没有发烧吧？", "患者：对，没烧"), "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：没有发烧吧？", "患者：有，昨晚烧了"), "发热")).isEqualTo(SymptomStatus.PRESENT);
        // a normal temperature, a normal stool: no
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：发烧吗？", "患者：37度"), "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：有没有拉肚子", "患者：大便正常"), "腹泻")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：有没有拉肚子", "患者：大便不正常"), "腹泻")).isNotEqualTo(SymptomStatus.ABSENT);
        // opening words before the no
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：有痰吗？", "患者：听着没有"), "咳痰")).isEqualTo(SymptomStatus.ABSENT);
    }

    @Test
    void aSignThePatientsSideReportsIsHistoryToldByThePatient() {
        OutpatientRecord r = Fixture.record("患者：孩子发烧一天，昨天社区医生看了说扁桃体肿大，嗓子有点红");
        assertThat(status(r, "扁桃体肿大")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "咽部充血")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(symptom(r, "咽部充血").orElseThrow().attribution()).isEqualTo(ai.domainassist.medical.model.Attribution.STATED_BY_PATIENT);
        assertThat(r.findings()).isEmpty(); // not this visit's examination
        // the doctor examines it in this visit: his finding says it, no second item
        OutpatientRecord exam = Fixture.record("医生：张嘴我看看，这样按着疼吗？", "患者：按着疼", "医生：右下腹压痛。");
        assertThat(status(exam, "压痛")).isNull();
    }

    @Test
    void anAnswerAboutSomethingElseSaysNothingOfTheAskedSymptom() {
        // neither yes nor no, and nothing of the fever: no status (before, the fever was presumed)
        assertThat(status(Fixture.record("患者：宝宝拉肚子两天", "医生：有没有发烧？", "患者：吃奶倒是挺好的"), "发热")).isNull();
        assertThat(status(Fixture.record("患者：宝宝拉肚子两天", "医生：有没有发烧？", "患者：那要吃什么药呢？"), "发热")).isNull();
        // an answer that says when, how much or how high still takes the symptom for granted
        assertThat(status(Fixture.record("患者：宝宝拉肚子两天", "医生：有没有发烧？", "患者：昨天晚上开始的"), "发热"))
                .isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("患者：宝宝拉肚子两天", "医生：有没有发烧？", "患者：38.6度"), "发热"))
                .isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(Fixture.record("患者：宝宝拉肚子两天", "医生：吐吗？", "患者：一天三四次"), "呕吐"))
                .isEqualTo(SymptomStatus.PRESENT);
    }
}
