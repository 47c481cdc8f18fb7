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
}
