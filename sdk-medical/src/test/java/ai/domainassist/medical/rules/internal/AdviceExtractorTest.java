package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Advice.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceExtractorTest {
    private final AdviceExtractor x = new AdviceExtractor(Fixture.CUES);

    private List<Advice> advice(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    @Test
    void readsAdviceClauseByClause() {
        assertThat(advice("医生：回去多喝水，清淡饮食，三天后复诊，如果高烧不退就及时来急诊。")).containsExactly(
                new Advice(Kind.LIFESTYLE, "多喝水，清淡饮食"), new Advice(Kind.FOLLOW_UP, "三天后复诊"),
                new Advice(Kind.WARNING_SIGNS, "如果高烧不退就及时来急诊"));
        assertThat(advice("医生：可以去消化科看一下。")).containsExactly(new Advice(Kind.REFERRAL, "可以去消化科看一下"));
        assertThat(advice("医生：做个雾化。")).containsExactly(new Advice(Kind.TREATMENT, "做个雾化"));
    }

    @Test
    void prescriptionsOrdersQuestionsAndThePatientAreNoAdvice() {
        assertThat(advice("医生：给你开阿莫西林，一天三次。")).isEmpty();
        assertThat(advice("医生：复查血常规。")).isEmpty();
        assertThat(advice("医生：多喝水了吗？")).isEmpty();
        assertThat(advice("患者：我会多喝水。")).isEmpty();
    }

    /** Read on CMDD's real consultations: questions without their mark and explanations were written as advice. */
    @Test
    void questionsWithoutTheirMarkAndExplanationsAreNoAdvice() {
        assertThat(advice("医生：孩子睡觉吃饭怎么样")).isEmpty();
        assertThat(advice("医生：之前雾化用的什么药")).isEmpty();
        assertThat(advice("医生：也就是说做完雾化以后咳嗽轻了一些。")).isEmpty();
        assertThat(advice("医生：拉肚子多半是吃得不合适造成的。")).isEmpty();
        assertThat(advice("医生：可能是喂养不当。")).isEmpty();
        // what to do stays, explained or not
        assertThat(advice("医生：受凉容易引起腹泻，要注意腹部保暖。")).extracting(Advice::text).containsExactly("腹部保暖");
        assertThat(advice("医生：再观察几天，多喝水。")).isNotEmpty();
        assertThat(advice("医生：饮食上先别吃什么辛辣的。")).isNotEmpty();
        assertThat(advice("医生：一般可以温水擦身。")).isNotEmpty();
    }
}
