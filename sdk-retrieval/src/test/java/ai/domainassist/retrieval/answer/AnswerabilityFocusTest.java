package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 3 of issue 17: a clause must answer what the question asks, not only name its things; and the askers' other
 * forms of a clause's words (a verb with another complement of result, a contracted pair, an everyday word for a formal
 * one) count as the clause's. The sentences are written for these tests.
 */
class AnswerabilityFocusTest {
    /** As the terms Q&amp;A builds it: three covered key terms already make a weak answer. */
    private final AnswerabilityJudge lenient = AnswerabilityJudge.builder().weakFromTerms(3).build();
    private final AnswerabilityJudge judge = AnswerabilityJudge.standard();

    private static Citation clause(String text) {
        return new Citation("d", "员工手册", "", List.of(), 0, text.length(), text);
    }

    @Test
    void aYesNoQuestionIsNotAnsweredByAClauseThatLacksTheAskedAct() {
        List<Citation> names = List.of(clause("员工工资由财务部门统一核算，现金收支应当登记入账。"));
        assertThat(lenient.judge("员工的工资可以用现金发放吗？", names).verdict())
                .isEqualTo(Answerability.Verdict.NOT_ANSWERED);
        List<Citation> answers = List.of(clause("员工工资可以用现金发放，也可以转账。"));
        assertThat(lenient.judge("员工的工资可以用现金发放吗？", answers).verdict())
                .isEqualTo(Answerability.Verdict.ANSWERED);
    }

    @Test
    void aClauseThatCoversMostOfTheQuestionButNotItsActIsWeakNotSilenced() {
        // the asked act may be paraphrased (赔偿 for 给付): a clause that covers most of the question is given, flagged
        Answerability a = lenient.judge("员工的月度工资是否现金发放？", List.of(clause("员工月度工资以现金为主，由财务部门统一核算。")));
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.WEAK);
        assertThat(a.missing()).contains("发放");
    }

    @Test
    void aQuantityQuestionNeedsANumberWhereTheMeasuredThingStands() {
        List<Citation> names = List.of(clause("会员卡的年费按会员等级收取，具体以公告为准。"));
        assertThat(judge.judge("会员卡的年费是多少？", names).verdict()).isNotEqualTo(Answerability.Verdict.ANSWERED);
        List<Citation> answers = List.of(clause("会员卡的年费为每年200元。"));
        assertThat(judge.judge("会员卡的年费是多少？", answers).verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
    }

    @Test
    void aVerbWithAnotherComplementOfResultIsTheSameVerb() {
        Answerability a = judge.judge("会员分成几个等级？", List.of(clause("会员分为普通会员、银卡会员和金卡会员三个等级。")));
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
        assertThat(a.missing()).doesNotContain("分成");
    }

    @Test
    void aPairOfWordsContractedToTheirHeadsIsCovered() {
        Answerability a = judge.judge("办公垃圾的收集和运输由谁负责？", List.of(clause("办公垃圾的收运由行政部负责。")));
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
        assertThat(a.missing()).doesNotContain("收集", "运输");
        // the heads must stand together: 收 and 运 apart are not the contracted word
        Answerability apart = judge.judge("办公垃圾的收集和运输由谁负责？", List.of(clause("办公垃圾的收费标准由行政部负责公布，运费另计。")));
        assertThat(apart.missing()).contains("收集", "运输");
    }

    @Test
    void theStandardLexiconKnowsEverydayWordsForTheFormalOnes() {
        List<Citation> rule = List.of(clause("单位不得在道路两侧擅自设置广告牌。"));
        Answerability a = judge.judge("企业在路边设置广告牌有什么限制？", rule);
        assertThat(a.verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
        assertThat(a.missing()).doesNotContain("企业", "路边", "限制");
    }
}
