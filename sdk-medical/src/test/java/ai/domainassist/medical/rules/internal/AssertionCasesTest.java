package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.assertion.internal.Patient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The failure classes of issue 12 (real consultations written by others), each with sentences written
 * for this test: clause boundaries without punctuation, negation scope and resolution, who the patient
 * is, questions and hypotheticals and teaching, ages that are no durations, and over-normalisation.
 */
class AssertionCasesTest {
    private static OutpatientRecord record(String... lines) {
        return Fixture.record(lines);
    }

    private static Optional<Symptom> symptom(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).findFirst();
    }

    private static SymptomStatus status(OutpatientRecord r, String term) {
        return symptom(r, term).map(Symptom::status).orElse(null);
    }

    @Test
    void clausesEndAtSpacesLineBreaksAndOpeningWordsNotOnlyAtPunctuation() {
        OutpatientRecord r = record("患者：嗓子疼 不发烧 有黄痰 鼻子不通气");
        assertThat(status(r, "咽痛")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(r, "咳痰")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "鼻塞")).isEqualTo(SymptomStatus.PRESENT);
        OutpatientRecord json = record("[{\"speaker\":\"患者\",\"text\":\"没怎么吃饭\\n拉肚子三次\\n没吐\"}]");
        assertThat(status(json, "腹泻")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(json, "呕吐")).isEqualTo(SymptomStatus.ABSENT);
        OutpatientRecord opener = record("患者：孩子没有发烧然后一直流鼻涕另外晚上咳得厉害");
        assertThat(status(opener, "发热")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(opener, "流涕")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(opener, "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        // a space after a negation leads into the word it negates
        assertThat(status(record("患者：没有 头晕"), "头晕")).isEqualTo(SymptomStatus.ABSENT);
    }

    @Test
    void aNegationOverlappingTheStartOfATermNegatesIt() {
        OutpatientRecord r = record("医生：咳嗽吗？", "患者：咳嗽，但是没有痰。");
        assertThat(status(r, "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "咳痰")).isEqualTo(SymptomStatus.ABSENT);
        assertThat(status(record("患者：无痰，就是干咳。"), "咳痰")).isEqualTo(SymptomStatus.ABSENT);
    }

    @Test
    void whatIsOverIsNoCurrentComplaint() {
        OutpatientRecord r = record("患者：上腹疼已经好了，这两天主要是反酸。");
        assertThat(symptom(r, "腹痛")).isEmpty();
        assertThat(status(r, "反酸")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(r.chiefComplaint().map(Grounded::value).orElse("")).doesNotContain("腹痛");
        // over within this illness stays part of it: had, over now
        assertThat(status(record("患者：前两天拉肚子，现在好了，就是没胃口。"), "腹泻")).isEqualTo(SymptomStatus.RESOLVED);
    }

    /**
     * 好了四天 counts the days since it got better: the illness before it is over and the days are not
     * its duration (a CMDD dialogue's review page said 发热、咳嗽4天 for 感冒发烧咳嗽，刚好了四天); a
     * resolution after a list of symptoms ends them all; days said with a symptom place it in this illness.
     */
    @Test
    void daysSinceItGotBetterAreNeitherItsDurationNorACurrentComplaint() {
        OutpatientRecord r = record("医生：孩子怎么了？", "患者：之前发烧拉肚子，刚好了五天，这两天又开始流鼻涕。");
        assertThat(status(r, "发热")).isNotEqualTo(SymptomStatus.PRESENT);
        assertThat(status(r, "腹泻")).isNotEqualTo(SymptomStatus.PRESENT);
        assertThat(r.symptoms()).allSatisfy(g -> assertThat(g.value().onset().normalized()).isNotEqualTo("5天"));
        assertThat(status(r, "流涕")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(r.chiefComplaint().map(Grounded::value).orElse("")).isEqualTo("流涕2天");
        // a list before the resolution: both are over (the last one only, before)
        OutpatientRecord list = record("患者：前两天发烧咳嗽，现在好了，就是没胃口。");
        assertThat(status(list, "发热")).isEqualTo(SymptomStatus.RESOLVED);
        assertThat(status(list, "咳嗽")).isEqualTo(SymptomStatus.RESOLVED);
        assertThat(status(list, "食欲减退")).isEqualTo(SymptomStatus.PRESENT);
        // days said with the symptom: it lasted them in this illness and is over (it vanished from the record before)
        OutpatientRecord days = record("患者：孩子咳嗽发烧三天了，现在好了。");
        assertThat(status(days, "发热")).isEqualTo(SymptomStatus.RESOLVED);
        assertThat(status(days, "咳嗽")).isEqualTo(SymptomStatus.RESOLVED);
        assertThat(symptom(days, "发热").orElseThrow().onset().normalized()).isEqualTo("3天");
        // nearly better is still there
        assertThat(status(record("患者：咳嗽有五天了，差不多好了，还有一点点。"), "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
    }

    /**
     * What an illness may turn into is no diagnosis (a CMDD consultation's record said 肺炎？ for 感冒后会有可能加重成为
     * 肺炎的); what it has turned into is.
     */
    @Test
    void whatAnIllnessMayTurnIntoIsNoDiagnosis() {
        OutpatientRecord may = record("患者：孩子咳嗽两天。", "医生：这是感冒，感冒后有可能发展为肺炎，先吃药观察。");
        assertThat(may.diagnoses()).extracting(g -> g.value().term()).doesNotContain("肺炎");
        OutpatientRecord will = record("患者：孩子咳嗽两天。", "医生：是支气管炎，不及时治疗会进展为肺炎。");
        assertThat(will.diagnoses()).extracting(g -> g.value().term()).doesNotContain("肺炎");
        OutpatientRecord has = record("患者：孩子咳嗽两天。", "医生：这是感冒，已经发展成肺炎了。");
        assertThat(has.diagnoses()).extracting(g -> g.value().term()).contains("肺炎");
    }

    /**
     * How long the child was carried, fed or treated is no duration of the illness (a CMDD consultation's record said
     * 消化不良35周 for 早产多长时间出生的？ 35周).
     */
    @Test
    void weeksOfPregnancyAndDaysOfAFormulaAreNoDurationOfTheIllness() {
        OutpatientRecord born = record("患者：宝宝老是吐奶。", "医生：孩子是早产吗？早产多长时间出生的？", "患者：34周");
        assertThat(r(born)).doesNotContain("34周");
        OutpatientRecord formula = record("患者：宝宝拉肚子。", "医生：这个奶粉吃了多长时间了？", "患者：两个月了");
        assertThat(r(formula)).doesNotContain("2个月");
        OutpatientRecord illness = record("患者：宝宝拉肚子。", "医生：拉了多长时间了？", "患者：三天了");
        assertThat(r(illness)).isEqualTo("腹泻3天");
    }

    private static String r(OutpatientRecord r) {
        return r.chiefComplaint().map(Grounded::value).orElse("");
    }

    /** What the doctor finds unlikely is no diagnosis; what is not necessarily so is at most suspected (read on CMDD). */
    @Test
    void whatTheDoctorFindsUnlikelyIsNoDiagnosis() {
        OutpatientRecord r = record("患者：孩子发烧两天。", "医生：白细胞不高，考虑病毒感染，细菌感染的可能性不大。");
        assertThat(r.diagnoses()).extracting(g -> g.value().term()).contains("病毒感染").doesNotContain("细菌感染");
        OutpatientRecord unlikely = record("患者：孩子咳嗽三天。", "医生：听着不大可能是肺炎。");
        assertThat(unlikely.diagnoses()).extracting(g -> g.value().term()).doesNotContain("肺炎");
        OutpatientRecord notNecessarily = record("患者：孩子拉肚子两天。", "医生：可能是吃的东西不合适，但不一定是痢疾。");
        assertThat(notNecessarily.diagnoses()).noneMatch(g -> g.value().term().equals("痢疾")
                && g.value().certainty() == ai.domainassist.medical.model.Diagnosis.Certainty.CONFIRMED);
    }

    @Test
    void aTestNotYetDoneIsNotDone() {
        OutpatientRecord r = record("医生：查过血常规吗？", "患者：还没做血常规，胸片也没拍。");
        assertThat(r.examinations()).extracting(g -> g.value().status()).doesNotContain(Examination.Status.DONE);
    }

    @Test
    void whoThePatientIsIsDecidedOnceForTheConsultation() {
        Dialogue child = Fixture.dialogue("家属：小朋友咳嗽三天了，晚上咳得多。");
        assertThat(child.patient()).isEqualTo(Patient.CHILD);
        OutpatientRecord kid = record("患者：小朋友咳嗽三天了，晚上咳得多。");
        assertThat(symptom(kid, "咳嗽")).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SymptomStatus.PRESENT);
            assertThat(s.onset().normalized()).isEqualTo("3天");
        });
        OutpatientRecord mother = record("患者：我母亲这几天老说心里发慌，胸口闷，喘不上气。", "医生：老人家多大年纪？", "患者：七十二了。");
        assertThat(Fixture.dialogue("患者：我母亲这几天老说心里发慌，胸口闷，喘不上气。").patient())
                .isEqualTo(new Patient(Patient.Kind.RELATIVE, "母亲"));
        assertThat(status(mother, "心悸")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(mother, "胸闷")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(status(mother, "呼吸困难")).isEqualTo(SymptomStatus.PRESENT);
        OutpatientRecord father = record("患者：我父亲糖尿病好多年了，最近脚老是麻。");
        assertThat(father.history()).extracting(g -> g.value().condition()).contains("2型糖尿病");
        assertThat(father.familyHistory()).isEmpty();
        assertThat(status(father, "肢体麻木")).isEqualTo(SymptomStatus.PRESENT);
        // the speaker is the patient, the relative's disease is family history
        OutpatientRecord self = record("患者：我头晕一周了。", "医生：家里有人血压高吗？", "患者：我父亲高血压。");
        assertThat(self.familyHistory()).extracting(g -> g.value().relatives()).containsExactly(List.of("父亲"));
        assertThat(self.history()).extracting(g -> g.value().condition()).doesNotContain("高血压病");
        // a parent's own complaint is not the child's
        assertThat(symptom(record("家属：宝宝拉肚子两天，我也有点拉。"), "腹泻")).hasValueSatisfying(
                s -> assertThat(s.mention()).isEqualTo("拉肚子"));
        assertThat(status(record("患者：孩子嗓子疼，我自己也头疼。"), "头痛")).isNull();
    }

    @Test
    void questionsHypotheticalsAndTeachingAreNotFacts() {
        OutpatientRecord asks = record("患者：做胃镜能看出来是不是胃溃疡吗？");
        assertThat(asks.history()).isEmpty();
        assertThat(asks.diagnoses()).isEmpty();
        assertThat(record("患者：心里咯噔一下，这是不是早搏？").diagnoses()).isEmpty();
        OutpatientRecord teaching = record("患者：我脚趾头疼。", "医生：二十来岁的人通常不会得痛风，先拍个片子。");
        assertThat(teaching.diagnoses()).extracting(g -> g.value().term()).doesNotContain("痛风");
        OutpatientRecord unanswered = record("医生：口渴吗？", "医生：先查个血糖。");
        assertThat(unanswered.symptoms()).isEmpty();
        assertThat(unanswered.findings()).isEmpty();
        assertThat(symptom(record("患者：要是晚上发烧怎么办？"), "发热")).isEmpty();
        assertThat(record("医生：如果发烧超过三天就要警惕肺炎。").diagnoses()).isEmpty();
    }

    @Test
    void anAgeIsNoDuration() {
        OutpatientRecord baby = record("家属：宝宝七个月，拉肚子三天了。");
        assertThat(symptom(baby, "腹泻").map(s -> s.onset().normalized())).hasValue("3天");
        assertThat(baby.chiefComplaint().map(Grounded::value)).hasValue("腹泻3天");
        OutpatientRecord newborn = record("家属：二十多天的宝宝，吃完奶就吐。");
        assertThat(symptom(newborn, "吐奶").or(() -> symptom(newborn, "呕吐")).map(s -> s.onset().isKnown())).hasValue(false);
        OutpatientRecord answered = record("医生：孩子多大了？", "家属：10个月。", "医生：烧几天了？", "家属：两天。", "家属：一直发烧。");
        assertThat(symptom(answered, "发热").map(s -> s.onset().normalized())).hasValue("2天");
    }

    @Test
    void aRaisedValueIsNoDisease() {
        OutpatientRecord r = record("患者：体检说血糖有点高，别的没什么。");
        assertThat(r.history()).extracting(g -> g.value().condition()).doesNotContain("2型糖尿病");
        assertThat(r.diagnoses()).extracting(g -> g.value().term()).doesNotContain("2型糖尿病");
    }

    @Test
    void theFamilyHistoryOfAPatientRelativeIsNotWritten() {
        OutpatientRecord r = record("患者：我爸有冠心病，这两天胸口疼。");
        assertThat(r.familyHistory()).isEmpty();
        assertThat(r.history()).extracting(g -> g.value().condition()).contains("冠状动脉粥样硬化性心脏病");
        assertThat(r.section(Section.FAMILY_HISTORY)).isEmpty();
    }

    @Test
    void anIllnessThePatientsSideNamesIsReportedNotTheDoctorsDiagnosis() {
        OutpatientRecord r = record("家属：孩子前几天感冒了，在社区医院看过说是支气管炎，现在还咳嗽。", "家属：会不会是肺炎？");
        assertThat(r.diagnoses()).extracting(g -> g.value().term() + "=" + g.value().certainty())
                .containsExactly("急性上呼吸道感染=REPORTED", "急性支气管炎=REPORTED");
        assertThat(r.section(Section.DIAGNOSIS)).isEmpty();
        assertThat(r.presentIllness().map(Grounded::value).orElse("")).contains("家属诉“感冒”、“支气管炎”");
        assertThat(record("医生：宝宝咳嗽，考虑支气管炎。", "家属：前几天医生也说是支气管炎。").diagnoses())
                .extracting(g -> g.value().certainty()).containsExactly(ai.domainassist.medical.model.Diagnosis.Certainty.CONFIRMED);
    }

    @Test
    void cardiologyFamiliesAreNamedCongenitalDefectsArrhythmiasAndKawasaki() {
        OutpatientRecord child = record("家属：孩子出生就查出来有先心病，室间隔缺损，一直没做手术。", "家属：最近跑两步就喘。");
        assertThat(child.history()).extracting(g -> g.value().condition()).contains("先天性心脏病", "室间隔缺损");
        OutpatientRecord ecg = record("患者：最近老觉得心里发慌。", "医生：心电图提示室性早搏，考虑室性早搏。");
        assertThat(ecg.diagnoses()).extracting(g -> g.value().term()).contains("室性期前收缩").doesNotContain("期前收缩");
        OutpatientRecord kawasaki = record("家属：宝宝发烧五天了，眼睛红，嘴唇也红。", "医生：考虑川崎病，需要住院。");
        assertThat(kawasaki.diagnoses()).extracting(g -> g.value().term()).contains("川崎病");
        // an everyday word that holds an abbreviation is no diagnosis
        assertThat(record("患者：教室缺人，我就去帮忙了，回来就头晕。").diagnoses()).isEmpty();
    }
}
