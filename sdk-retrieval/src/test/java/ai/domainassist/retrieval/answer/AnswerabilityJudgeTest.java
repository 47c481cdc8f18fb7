package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerabilityJudgeTest {
    private final AnswerabilityJudge judge = AnswerabilityJudge.standard();

    private static Citation clause(String title, String text) {
        return new Citation("d", title, "", List.of("三、"), 0, text.length(), text);
    }

    private static final List<Citation> LIBRARY = List.of(
            clause("关于加快推进电动自行车集中充电设施建设的通知", "三、收费标准\n集中充电设施充电服务费实行市场调节价，每度电充电服务费原则上不超过0.8元。"),
            clause("关于进一步加强生活垃圾分类工作的通知", "三、投放要求\n个人未按规定分类投放的，由城市管理部门责令改正；拒不改正的，处200元罚款。"));

    @Test
    void clausesThatCoverTheQuestionAnswerIt() {
        Answerability a = judge.judge("充电服务费每度电最多收多少？", LIBRARY);
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
        assertThat(a.clause()).isZero();
        assertThat(a.coverages()).hasSize(2);
        assertThat(a.coverages().get(0)).isGreaterThan(a.coverages().get(1));
    }

    @Test
    void anOffTopicQuestionIsNotAnsweredByTheBestRankedClause() {
        Answerability a = judge.judge("防汛抗洪有什么应急预案？", LIBRARY);
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.NOT_ANSWERED);
        assertThat(a.missing()).contains("防汛", "抗洪");
    }

    @Test
    void anOnTopicQuestionWhoseSubjectNoClauseHasIsNotAnswered() {
        Answerability a = judge.judge("电动自行车充电设施建设有财政补贴吗？", LIBRARY);
        assertThat(a.verdict()).isNotEqualTo(Answerability.Verdict.ANSWERED);
        assertThat(a.missing()).contains("财政", "补贴");
    }

    @Test
    void noClauseIsNoAnswerAndTheThresholdsAreChecked() {
        assertThat(judge.judge("任何问题", List.of()).verdict()).isEqualTo(Answerability.Verdict.NOT_ANSWERED);
        assertThatThrownBy(() -> AnswerabilityJudge.builder().weakAt(0.9).answeredAt(0.5).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerabilityJudge.builder().weakFromTerms(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExpandedQueryAddsTheSourcesFormsOfTheAskersWords() throws Exception {
        AnswerabilityJudge withWords = AnswerabilityJudge.builder().lexicon(AnswerLexicon.standard().with(
                AnswerLexicon.read(new java.io.StringReader("synonym\t电瓶车\t电动自行车\n"), "test"))).build();
        assertThat(withWords.expand("电瓶车能在楼道充电吗？")).isEqualTo("电瓶车能在楼道充电吗？ 电动自行车");
        assertThat(withWords.judge("电瓶车的充电服务费怎么收？", LIBRARY).verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
    }

    @Test
    void analternativeQuestionNeedsOnlyOneAlternativeCovered() {
        assertThat(judge.judge("充电服务费是市场调节价还是政府定价？", LIBRARY).verdict())
                .isEqualTo(Answerability.Verdict.ANSWERED);
    }
}
