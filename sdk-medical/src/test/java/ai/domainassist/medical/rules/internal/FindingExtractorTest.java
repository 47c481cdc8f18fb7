package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingExtractorTest {
    private final FindingExtractor x = new FindingExtractor(Fixture.CUES, Fixture.LEXICONS);

    private List<String> findings(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).map(Finding::display).toList();
    }

    @Test
    void readsTheDoctorsFindingsWithNegationsAndSites() {
        assertThat(findings("医生：张嘴我看看，嗓子挺红的，扁桃体二度肿大，两肺呼吸音粗，没听到啰音。"))
                .containsExactly("咽部充血", "扁桃体肿大", "呼吸音粗", "未闻及啰音");
        assertThat(findings("医生：右下腹压痛，反跳痛阳性，肚子软。")).containsExactly("右下腹压痛", "反跳痛", "腹软");
        assertThat(findings("医生：我看看，身上有红疹。")).containsExactly("躯干皮疹");
    }

    @Test
    void questionsAndThePatientsWordsAreNoFindings() {
        assertThat(findings("医生：嗓子疼不疼？")).isEmpty();
        assertThat(findings("患者：嗓子红。")).isEmpty();
        assertThat(findings("医生：你这个咳嗽要注意。")).isEmpty();
    }

    /**
     * An online consultation has no examination: a symptom the doctor sums up beside 去医院看一下 or 吃药看看, or
     * beside a sign the doctor warns of, is no 体格检查 finding (CMDD's records had 腹泻, 咳嗽, 消化不良 there).
     */
    @Test
    void noExaminationWithoutOne() {
        assertThat(findings("医生：孩子发烧流鼻涕，先吃药看看，不好的话去医院检查一下。")).isEmpty();
        assertThat(findings("医生：拉肚子主要是注意防止脱水，呕吐的话少量多次喂水。")).isEmpty();
        // said while looking, or at a photo: findings
        assertThat(findings("医生：我看一下，孩子嗓子挺红的，有点咳嗽。")).contains("咽部充血");
        assertThat(findings("医生：从图片看，孩子身上有红疹。")).containsExactly("躯干皮疹");
    }

    /** The doctor said a sign and its absence: the record writes it once, with the doubt, and flags both utterances. */
    @Test
    void aSignSaidAndDeniedIsWrittenOnceWithTheDoubtAndFlagged() {
        ai.domainassist.core.Result<ai.domainassist.medical.model.OutpatientRecord> r =
                ai.domainassist.medical.MedicalRecordAssistant.builder().build().structure(Fixture.transcript(
                        "患者：孩子咳嗽两天了。", "医生：张嘴我看一下，嗓子挺红的。", "医生：我再看看，嗓子不红，还好。"));
        String exam = r.value().section(ai.domainassist.medical.model.Section.PHYSICAL_EXAM)
                .map(ai.domainassist.core.grounding.Grounded::value).orElse("");
        assertThat(exam).contains("咽部充血（对话中亦有否认，请核实）").doesNotContain("无咽部充血");
        assertThat(r.flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ai.domainassist.core.ReviewFlag.Kind.CONFLICT);
            assertThat(f.field()).isEqualTo("findings");
            assertThat(f.evidence()).extracting(ai.domainassist.core.grounding.Evidence::sourceId).contains("u2", "u3");
        });
    }
}
