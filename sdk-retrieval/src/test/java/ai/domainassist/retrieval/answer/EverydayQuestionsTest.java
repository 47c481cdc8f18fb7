package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 4 of issue 17: questions in everyday words, and the figures they ask. Light words (adverbs, pronouns,
 * conjunctions from a part-of-speech dictionary) weigh less than the words a question is about; a question that names
 * the unit of the figure it asks is answered only by a clause that states a figure in that unit. The sentences are
 * written for these tests.
 */
class EverydayQuestionsTest {
    private static Citation clause(String text) {
        return new Citation("p1", "关于加强小区管理的通知", "", List.of("一、"), 0, text.length(), text);
    }

    @Test
    void theShippedLexiconReadsAdverbsAndPronounsAsLight() {
        AnswerLexicon standard = AnswerLexicon.standard();
        assertThat(standard.isLight("直接")).isTrue();
        assertThat(standard.isLight("随便")).isTrue();
        assertThat(standard.isLight("每年")).isTrue();
        // a word a question is about, a stop word, a localiser (保险期间) and a negation are not light
        assertThat(standard.isLight("垃圾")).isFalse();
        assertThat(standard.isLight("什么")).isFalse();
        assertThat(standard.isLight("期间")).isFalse();
        assertThat(standard.isLight("不要")).isFalse();
    }

    @Test
    void aLightWordOfTheLexiconIsNotLightWhereADomainListsItAsASynonym() throws Exception {
        AnswerLexicon lexicon = AnswerLexicon.read(new java.io.StringReader("light\t直接\nsynonym\t直接\t当场\n"), "test");
        assertThat(lexicon.isLight("直接")).isFalse();
        assertThat(AnswerLexicon.read(new java.io.StringReader("light\t直接\n"), "test").isLight("直接")).isTrue();
    }

    @Test
    void adverbsTheClauseLacksDoNotSinkAnEverydayQuestion() {
        List<Citation> clauses = List.of(clause("业主委员会应当每季度公布停车收费收支情况，接受业主监督。"));
        String question = "业主委员会到底多久就得公布一下停车收费的收支？";
        AnswerabilityJudge withoutLight = AnswerabilityJudge.builder()
                .lexicon(AnswerLexicon.resource(AnswerLexicon.class, "lexicon.tsv")).build();
        assertThat(withoutLight.judge(question, clauses).missing()).contains("到底");
        Answerability judged = AnswerabilityJudge.standard().judge(question, clauses);
        assertThat(judged.verdict()).isNotEqualTo(Answerability.Verdict.NOT_ANSWERED);
        assertThat(judged.coverage()).isGreaterThan(withoutLight.judge(question, clauses).coverage());
    }

    @Test
    void theUnitAQuestionNamesIsTheUnitOfItsAnswer() {
        assertThat(AnswerabilityJudge.expectedUnits("湿垃圾一天要拉走几趟？")).containsExactly("次");
        assertThat(AnswerabilityJudge.expectedUnits("乱停车一次罚款多少钱？")).containsExactly("元");
        assertThat(AnswerabilityJudge.expectedUnits("物业费最多能收多少？")).containsExactlyInAnyOrder("元", "%");
        assertThat(AnswerabilityJudge.expectedUnits("退保要扣掉多少比例？")).containsExactly("%");
        assertThat(AnswerabilityJudge.expectedUnits("考核里占多少分？")).containsExactly("分");
        // which ones, or how long (及时, 以合同载明为准 answer it too): no unit asked
        assertThat(AnswerabilityJudge.expectedUnits("垃圾分成哪几种？")).isEmpty();
        assertThat(AnswerabilityJudge.expectedUnits("多久能办好？")).isEmpty();
    }

    @Test
    void aClauseThatNamesTheThingsButNoFigureInTheAskedUnitDoesNotAnswer() {
        Citation punish = clause("对小区内违规停放车辆的行为，物业服务企业应当劝阻，拒不改正的，由城市管理部门依法处以罚款。");
        Answerability none = AnswerabilityJudge.standard().judge("小区里违规停放车辆罚款多少钱？", List.of(punish));
        assertThat(none.verdict()).isEqualTo(Answerability.Verdict.NOT_ANSWERED);
        Citation amount = clause("对小区内违规停放车辆的行为，拒不改正的，由城市管理部门处200元罚款。");
        assertThat(AnswerabilityJudge.standard().judge("小区里违规停放车辆罚款多少钱？", List.of(amount)).verdict())
                .isEqualTo(Answerability.Verdict.ANSWERED);
    }

    @Test
    void aFigureInAnotherUnitBesideTheQuestionsWordsDoesNotAnswer() {
        Citation deadline = clause("各区应当在2025年6月30日前完成小区垃圾清运设施改造，清运设施改造纳入年度考核。");
        assertThat(AnswerabilityJudge.standard().judge("小区垃圾每天清运几次？", List.of(deadline)).verdict())
                .isEqualTo(Answerability.Verdict.NOT_ANSWERED);
        Citation times = clause("小区垃圾每日清运不少于2次，清运设施改造纳入年度考核。");
        assertThat(AnswerabilityJudge.standard().judge("小区垃圾每天清运几次？", List.of(times)).verdict())
                .isNotEqualTo(Answerability.Verdict.NOT_ANSWERED);
    }

    @Test
    void aWordIsJudgedByTheSentenceTheAnswerRestates() {
        List<String> lease = List.of("出租人可以直接向承租人退还押金。出租人未向承租人说明扣款理由的，不得向担保人退还押金。");
        SupportReport wrong = AnswerSupport.standard().check("出租人未向承租人说明扣款理由的，也可以向担保人退还押金。", lease);
        assertThat(wrong.supported()).isFalse();
        assertThat(wrong.sentences().get(0).conflicts()).anySatisfy(c -> assertThat(c).startsWith("退还"));
        assertThat(AnswerSupport.standard().check("出租人可以直接向承租人退还押金。", lease).supported()).isTrue();
        assertThat(AnswerSupport.standard().check("出租人未向承租人说明扣款理由的，不得向担保人退还押金。", lease).supported())
                .isTrue();
    }

    @Test
    void theSubjectsJoinedToAProhibitionAreDenied() {
        List<String> terms = List.of("从事攀岩、跳伞等高风险运动的人员，以及患有严重心脏病的人员不得作为被保险人。");
        assertThat(AnswerSupport.standard().check("可以，从事攀岩运动的人员可以作为被保险人。", terms).supported()).isFalse();
        assertThat(AnswerSupport.standard().check("从事攀岩运动的人员不得作为被保险人。", terms).supported()).isTrue();
    }

    @Test
    void aSiblingClauseWithItsOwnFigureIsNotALeadIn() {
        List<String> ages = List.of("男性职工领取年龄不得早于60周岁，女性职工领取年龄不得早于50周岁。");
        SupportReport wrong = AnswerSupport.standard().check("男性职工领取年龄不得早于50周岁。", ages);
        assertThat(wrong.supported()).isFalse();
        assertThat(wrong.sentences().get(0).conflicts()).anySatisfy(c -> assertThat(c).startsWith("50周岁"));
        assertThat(AnswerSupport.standard().check("女性职工领取年龄不得早于50周岁。", ages).supported()).isTrue();
        assertThat(AnswerSupport.standard().check("男性职工领取年龄不得早于60周岁。", ages).supported()).isTrue();
    }
}
