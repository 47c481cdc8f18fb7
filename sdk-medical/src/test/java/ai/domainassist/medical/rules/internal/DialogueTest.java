package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialogueTest {

    @Test
    void linksAnswersToTheDoctorsQuestionsWithTheirPolarity() {
        Dialogue d = Fixture.dialogue("医生：发烧吗？", "患者：没有。", "医生：咳嗽吗？", "患者：嗯，有一点。", "医生：头晕吗？",
                "患者：不太清楚。", "医生：大便黑吗？", "患者：大便颜色正常，不黑。", "医生：体温多少？", "患者：三十八度五。");
        assertThat(d.question(d.turns().get(1))).isSameAs(d.turns().get(0));
        assertThat(d.answer(d.turns().get(0))).isSameAs(d.turns().get(1));
        assertThat(d.turns()).extracting(t -> t.polarity).containsExactly(Turn.Polarity.NONE, Turn.Polarity.NO,
                Turn.Polarity.NONE, Turn.Polarity.YES, Turn.Polarity.NONE, Turn.Polarity.UNSURE, Turn.Polarity.NONE,
                Turn.Polarity.NO, Turn.Polarity.NONE, Turn.Polarity.NONE);
    }

    @Test
    void marksQuestionClausesIncludingAnotAAndUnpunctuatedForms() {
        Dialogue d = Fixture.dialogue("医生：嗓子挺红的，疼不疼", "医生：有没有发烧", "医生：做个B超看看是不是宫内。");
        assertThat(d.turns().get(0).questionClause).containsExactly(false, true);
        assertThat(d.turns().get(1).isQuestion()).isTrue();
        assertThat(d.turns().get(2).isQuestion()).isFalse();
    }

    @Test
    void knowsWhenThePatientIsAChild() {
        assertThat(Fixture.dialogue("家属：孩子发烧两天了。").isChild()).isTrue();
        assertThat(Fixture.dialogue("患者：我发烧两天了。").isChild()).isFalse();
    }

    @Test
    void answersTheQuestionInTheSamePositionWhenTheDoctorAskedSeveral() {
        Dialogue d = Fixture.dialogue("医生：尿多不多？哭的时候有眼泪吗？", "家属：尿比平时少，有眼泪。");
        TermMatcher.Match asked = Dialogue.matches(d.turns().get(0), ai.domainassist.medical.rules.TermLexicon.Category.SYMPTOM).get(0);
        assertThat(Dialogue.polarityFor(d.turns().get(0), asked, d.turns().get(1), Fixture.CUES)).isEqualTo(Turn.Polarity.NONE);
    }
}
