package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymptomExtractorTest {
    private final SymptomExtractor x = new SymptomExtractor(Fixture.CUES, Fixture.LEXICONS, new OnsetParser());

    private List<Symptom> symptoms(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    private static Symptom find(List<Symptom> all, String term) {
        return all.stream().filter(s -> s.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void smokingIsNoSeizure() {
        assertThat(symptoms("医生：抽烟吗？", "患者：抽了二十年，去年戒了。")).extracting(Symptom::term).doesNotContain("惊厥");
        assertThat(symptoms("患者：我抽了二十年烟，最近老咳嗽。")).extracting(Symptom::term).containsExactly("咳嗽");
        assertThat(symptoms("家属：孩子刚才在家抽了，吓死我们了。")).extracting(Symptom::term).containsExactly("惊厥");
    }

    @Test
    void normalisesWhatThePatientSaysWithStatusAndDuration() {
        List<Symptom> s = symptoms("患者：我这咳嗽三天了，嗓子也疼，昨晚开始有点发烧，不拉肚子。");
        assertThat(s).extracting(Symptom::term).containsExactly("咳嗽", "咽痛", "发热", "腹泻");
        assertThat(find(s, "咳嗽").onset().normalized()).isEqualTo("3天");
        assertThat(find(s, "咽痛").onset().normalized()).isEqualTo("3天");
        assertThat(find(s, "发热").onset().normalized()).isEqualTo("1天");
        assertThat(find(s, "腹泻").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(find(s, "咽痛").mention()).isEqualTo("嗓子也疼");
        assertThat(s).allSatisfy(x -> assertThat(x.attribution()).isEqualTo(Attribution.STATED_BY_PATIENT));
    }

    @Test
    void theDoctorAsksAndThePatientAnswers() {
        List<Symptom> s = symptoms("医生：有没有发烧、咳嗽？", "患者：没有。", "医生：头晕吗？", "患者：有点。", "医生：恶心吗？",
                "患者：不清楚。");
        assertThat(find(s, "发热").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(find(s, "咳嗽").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(find(s, "发热").attribution()).isEqualTo(Attribution.ANSWER_TO_DOCTOR);
        assertThat(find(s, "头晕").status()).isEqualTo(SymptomStatus.PRESENT);
        assertThat(find(s, "恶心").status()).isEqualTo(SymptomStatus.UNCERTAIN);
    }

    @Test
    void anAnswerNamingTheSymptomSpeaksForItselfAndLeavesTheOthersUnknown() {
        List<Symptom> s = symptoms("医生：有没有发烧、咳嗽？", "患者：咳嗽有一点。");
        assertThat(s).extracting(Symptom::term).containsExactly("咳嗽");
        assertThat(s.get(0).attribution()).isEqualTo(Attribution.ANSWER_TO_DOCTOR);
    }

    @Test
    void aShortAnswerDoesNotOverrideWhatThePatientAlreadySaid() {
        List<Symptom> s = symptoms("患者：我咳嗽。", "医生：咳嗽有痰吗？", "患者：没有。");
        assertThat(find(s, "咳嗽").status()).isEqualTo(SymptomStatus.PRESENT);
        assertThat(find(s, "咳痰").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(s).hasSize(2);
    }

    @Test
    void aTimeFollowedByTheClauseWhereTheComplaintStartsIsItsOnset() {
        List<Symptom> s = symptoms("患者：昨天晚上跟朋友吃了顿烧烤，半夜开始肚子一阵一阵的疼，拉了五六次水样便。");
        assertThat(find(s, "腹痛").onset().normalized()).isEqualTo("1天");
        assertThat(find(s, "腹泻").onset().normalized()).isEqualTo("1天");
        assertThat(symptoms("患者：昨天去医院查了一下，咳嗽。").get(0).onset().isKnown()).isFalse();
    }

    @Test
    void anExactAnswerReplacesAVagueDurationButHowLongAnAttackLastsDoesNot() {
        List<Symptom> s = symptoms("患者：我这几天一直流鼻涕，还老打喷嚏。", "医生：几天了？", "患者：四天了。");
        assertThat(find(s, "流涕").onset().normalized()).isEqualTo("4天");
        assertThat(find(s, "打喷嚏").onset().normalized()).isEqualTo("4天");
        List<Symptom> h = symptoms("患者：头疼，这样有好几年了。", "医生：每次疼多久？", "患者：大半天。");
        assertThat(find(h, "头痛").onset().normalized()).isEqualTo("数年");
    }

    @Test
    void anIllnessOfAnEarlierWeekThatIsOverIsNoCurrentSymptom() {
        assertThat(symptoms("医生：前几天感冒了吗？", "患者：上周有点流鼻涕咳嗽，好了。")).isEmpty();
        assertThat(symptoms("患者：上礼拜发烧咳嗽了几天，吃了头孢好了。")).isEmpty();
        assertThat(symptoms("患者：上周开始咳嗽，吃了药好了点。")).extracting(Symptom::term).containsExactly("咳嗽");
        assertThat(symptoms("患者：上周开始咳嗽，到现在还没好。")).extracting(Symptom::term).containsExactly("咳嗽");
    }

    @Test
    void aBareQuestionAboutPainAsksAboutTheSiteOfTheComplaint() {
        List<Symptom> eye = symptoms("患者：两只眼睛都红，眼屎多。", "医生：疼吗？看东西模糊吗？", "患者：不疼，看东西还清楚。");
        assertThat(find(eye, "眼痛").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(find(eye, "视物模糊").status()).isEqualTo(SymptomStatus.ABSENT);
        List<Symptom> belly = symptoms("患者：我胃不舒服，胀气。", "医生：疼不疼？", "患者：不疼。");
        assertThat(find(belly, "腹痛").status()).isEqualTo(SymptomStatus.ABSENT);
        assertThat(symptoms("患者：咳嗽。", "医生：疼不疼？", "患者：不疼。")).extracting(Symptom::term).containsExactly("咳嗽");
    }

    @Test
    void aSymptomOverNowButPresentEarlierInThisIllnessIsResolved() {
        List<Symptom> s = symptoms("患者：咳嗽有十来天了。", "医生：发烧吗？", "患者：前几天有点，现在不烧了。");
        assertThat(find(s, "发热").status()).isEqualTo(SymptomStatus.RESOLVED); // had in this illness, over now
        assertThat(find(symptoms("医生：发烧吗？", "患者：现在不烧了。"), "发热").status()).isEqualTo(SymptomStatus.ABSENT);
    }

    @Test
    void 动不动IsNoNegationAndABareQuestionAboutSwellingFollowsTheJointComplaint() {
        assertThat(find(symptoms("患者：动不动一身汗。"), "多汗").status()).isEqualTo(SymptomStatus.PRESENT);
        List<Symptom> s = symptoms("患者：手指关节疼，三个多月了。", "医生：肿吗？", "患者：有点肿。");
        assertThat(find(s, "关节肿胀").status()).isEqualTo(SymptomStatus.PRESENT);
    }

    @Test
    void answersToHowLongAttachToTheSymptomsJustReported() {
        List<Symptom> s = symptoms("患者：我嗓子疼，还发烧。", "医生：几天了？", "患者：两天了。");
        assertThat(find(s, "咽痛").onset().normalized()).isEqualTo("2天");
        assertThat(find(s, "发热").onset().normalized()).isEqualTo("2天");
    }

    @Test
    void readsSeveritySiteAndFrequency() {
        Symptom pain = symptoms("患者：右下腹疼，一阵一阵的。").get(0);
        assertThat(pain.term()).isEqualTo("下腹痛");
        assertThat(pain.site()).isEqualTo("右下腹");
        assertThat(pain.frequency()).isEqualTo("阵发性");
        assertThat(symptoms("患者：拉肚子，一天拉五六次。").get(0).frequency()).isEqualTo("每日5-6次");
        assertThat(symptoms("患者：头疼得厉害。").get(0).severity()).isEqualTo("重度");
        assertThat(symptoms("患者：有点头晕。").get(0).severity()).isEqualTo("轻度");
    }

    @Test
    void aSymptomBothReportedAndDeniedKeepsBothSoTheCheckCanFlagIt() {
        List<Symptom> s = symptoms("患者：我不发烧。", "患者：昨天晚上烧到三十八度。");
        assertThat(s).extracting(Symptom::status).containsExactly(SymptomStatus.ABSENT, SymptomStatus.PRESENT);
    }

    @Test
    void aResolvedSymptomIsNotRecordedAsAbsent() {
        List<Symptom> s = symptoms("患者：吐了两次，现在不吐了。");
        assertThat(s).extracting(Symptom::status).containsExactly(SymptomStatus.RESOLVED); // one item, had and over
    }

    @Test
    void ignoresRelativesAllergyReactionsAndWorries() {
        assertThat(symptoms("患者：我妈也咳嗽。")).isEmpty();
        assertThat(symptoms("患者：青霉素过敏，起疹子。")).isEmpty();
        assertThat(symptoms("患者：会不会是发烧引起的？")).isEmpty();
        assertThat(symptoms("医生：多喝水，开点止咳的药。")).isEmpty();
    }

    @Test
    void evidencePointsToTheWordsSaid() {
        Grounded<Symptom> g = x.extract(Fixture.dialogue("患者：我拉肚子两天了")).get(0);
        assertThat(g.evidence().get(0).sourceId()).isEqualTo("u1");
        assertThat(g.evidence().get(0).quote()).isEqualTo("拉肚子");
        assertThat(g.evidence().get(1).quote()).isEqualTo("两天");
    }
}
