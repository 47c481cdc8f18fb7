package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.model.UtteranceDecision.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueFilterTest {

    @Test
    void dropsChitChatWithAReasonAndKeepsEverythingClinical() {
        List<UtteranceDecision> d = Fixture.dialogue(
                "医生：你好。",
                "患者：医生你好，今天人真多，我排了一个小时。",
                "医生：哪里不舒服？",
                "患者：嗓子疼。",
                "医生：有没有发烧？",
                "患者：嗯。",
                "患者：谢谢医生，那这个药饭前吃还是饭后吃？",
                "医生：饭后。",
                "患者：好的，在哪交费？",
                "患者：嗯嗯。").decisions();
        assertThat(d).extracting(UtteranceDecision::kept).containsExactly(false, false, true, true, true, true, true, true,
                false, false);
        assertThat(d.get(0).category()).isEqualTo(Category.GREETING);
        assertThat(d.get(1).reason()).contains("人真多");
        assertThat(d.get(5).category()).isEqualTo(Category.ANSWER);
        assertThat(d.get(6).category()).isEqualTo(Category.CLINICAL);
        assertThat(d.get(8).category()).isEqualTo(Category.SCHEDULING); // 在哪 comes before 交费
        assertThat(d.get(9).category()).isEqualTo(Category.FILLER);
        assertThat(d).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
    }

    @Test
    void keepsWhatItCannotClassify() {
        UtteranceDecision d = Fixture.dialogue("患者：我是坐公交来的。").decisions().get(0);
        assertThat(d.kept()).isTrue();
        assertThat(d.category()).isEqualTo(Category.UNCLASSIFIED);
    }
}
