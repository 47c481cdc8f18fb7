package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixth round of issue 12 (recall on real consultations), each case with sentences written for this test,
 * not taken from any data set.
 */
class SixthRoundCasesTest {
    private static List<SymptomStatus> statuses(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).map(Symptom::status).toList();
    }

    @Test
    void aComparisonWithTheDaysBeforeIsNoDenial() {
        // 没有昨天那么稀: still loose, less so; the stool is not denied
        OutpatientRecord less = Fixture.record("患者：孩子拉肚子三天了", "医生：大便现在怎么样？", "患者：今天的大便没有昨天那么稀了");
        assertThat(statuses(less, "稀便")).isNotEmpty().doesNotContain(SymptomStatus.ABSENT);
        OutpatientRecord pain = Fixture.record("患者：我胸口疼了两天", "患者：今天没有前两天那么疼了");
        assertThat(statuses(pain, "胸痛")).isNotEmpty().doesNotContain(SymptomStatus.ABSENT);
        // a plain denial still denies
        OutpatientRecord none = Fixture.record("患者：孩子拉肚子三天了", "医生：大便现在怎么样？", "患者：今天大便不稀了");
        assertThat(statuses(none, "稀便")).doesNotContain(SymptomStatus.PRESENT);
    }

    @Test
    void aLaterNoReplacesWhatAnAnswerWithoutYesOrNoSeemedToSay() {
        // 三天了 answers how long the cough has lasted; the fever asked beside it is denied two questions later
        OutpatientRecord r = Fixture.record("医生：宝宝咳嗽几天了？", "医生：发烧吗？", "患者：三天了",
                "医生：发烧或者流鼻涕有没有？", "患者：没有");
        assertThat(statuses(r, "发热")).containsExactly(SymptomStatus.ABSENT);
        // without the later no the presumption stands (有没有发烧？ 两天: the fever is there)
        OutpatientRecord kept = Fixture.record("医生：宝宝发烧吗？", "患者：两天了", "医生：吃药了吗？", "患者：没有");
        assertThat(statuses(kept, "发热")).containsExactly(SymptomStatus.PRESENT);
        // a fever the patient said himself is not replaced by a later no: that is a stop or a contradiction
        OutpatientRecord said = Fixture.record("患者：宝宝发烧两天了", "医生：现在还发烧吗？", "患者：没有");
        assertThat(statuses(said, "发热")).doesNotContain(SymptomStatus.ABSENT);
    }

    @Test
    void aNegationBefore就DeniesTheConditionNotWhatFollows() {
        // 不垫高就咳嗽: the cough is there; the 不 belongs to the pillow
        assertThat(statuses(Fixture.record("患者：孩子咳了一个星期", "患者：晚上躺下不垫高枕头就咳嗽"), "咳嗽"))
                .containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(Fixture.record("患者：孩子这几天反反复复的", "患者：不吃退烧药就发烧"), "发热"))
                .containsExactly(SymptomStatus.PRESENT);
        // a denial after 就 still denies
        assertThat(statuses(Fixture.record("患者：孩子昨天吐了两次", "患者：吃了药就不吐了"), "呕吐"))
                .doesNotContain(SymptomStatus.PRESENT);
    }

    @Test
    void aNegativeWordThatIsTheComplaintsOwnIsNoDenialOfIt() {
        // 还没精神: 还没 overlaps 没精神, the complaint itself; 没有痰 (有痰 inside the negation) still denies
        assertThat(statuses(Fixture.record("患者：孩子烧退了", "患者：可是到现在还没精神"), "精神差"))
                .containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(Fixture.record("患者：他今天也不想吃东西"), "食欲减退")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(Fixture.record("患者：孩子咳嗽两天", "患者：没有痰"), "咳痰")).containsExactly(SymptomStatus.ABSENT);
    }

    @Test
    void aNegationBefore也DeniesTheConditionNotWhatFollows() {
        // 不发烧的时候也咳嗽: the cough is there, with or without the fever
        OutpatientRecord r = Fixture.record("患者：孩子咳嗽一个星期了", "患者：晚上不发烧也咳嗽");
        assertThat(statuses(r, "咳嗽")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(r, "发热")).containsExactly(SymptomStatus.ABSENT);
        // 也 before the negation: both denied
        OutpatientRecord both = Fixture.record("患者：孩子拉肚子两天", "患者：没有发烧，也不咳嗽");
        assertThat(statuses(both, "咳嗽")).containsExactly(SymptomStatus.ABSENT);
    }
}
