package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Citation;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 5 of issue 17: the forms of everyday speech that ask or soften rather than name (A-not-A questions, tentative
 * verbs, reduplicated descriptive words, 每 with a measure, vague quantities), the units a share or a sum of money is
 * asked in (百分之多少, 几百块), and the words an answer may add or open with (a domain's register words, a short
 * reply). The sentences are written for these tests.
 */
class AskingFormsTest {
    private static final AnswerLexicon LEXICON = AnswerLexicon.standard();

    private static List<String> terms(String text) {
        return KeyTerms.of(text, LEXICON).stream().map(KeyTerms.Term::text).toList();
    }

    private static Citation clause(String text) {
        return new Citation("p1", "关于加强小区管理的通知", "", List.of("一、"), 0, text.length(), text);
    }

    @Test
    void wordsAreLightByTheirForm() {
        assertThat(AnswerLexicon.lightByForm("辛辛苦苦")).isTrue();
        assertThat(AnswerLexicon.lightByForm("慢吞吞")).isTrue();
        assertThat(AnswerLexicon.lightByForm("每个")).isTrue();
        assertThat(AnswerLexicon.lightByForm("每回")).isTrue();
        assertThat(AnswerLexicon.lightByForm("一点")).isTrue();
        assertThat(AnswerLexicon.lightByForm("有些")).isTrue();
        assertThat(AnswerLexicon.lightByForm("一点儿")).isTrue();
        // words a question is about, whatever characters they share with those forms
        assertThat(AnswerLexicon.lightByForm("垃圾")).isFalse();
        assertThat(AnswerLexicon.lightByForm("一次")).isFalse();
        assertThat(AnswerLexicon.lightByForm("停车费")).isFalse();
        assertThat(AnswerLexicon.lightByForm("每日清运")).isFalse();
        // a domain's synonym overrides the form
        assertThat(LEXICON.with(AnswerLexicon.empty()).isLight("每个")).isTrue();
    }

    @Test
    void anANotAQuestionAsksOfTheVerbNotOfItsNegation() {
        assertThat(terms("物业给不给补贴？")).contains("补贴").doesNotContain("不给", "给不给");
        assertThat(String.join("", terms("年底考评受不受影响？"))).doesNotContain("不受");
        // a tag question (行不行, 好不好) asks nothing of its own
        assertThat(terms("小区自己定停车费，行不行？")).doesNotContain("行", "不行", "行不行");
        assertThat(terms("这样收费好不好？")).doesNotContain("好", "不好");
        // a plain negation is not an A-not-A question: nothing of it is taken as asking
        boolean[] asking = KeyTerms.askingForms("物业不给补贴怎么办？");
        for (boolean b : asking) {
            assertThat(b).isFalse();
        }
    }

    @Test
    void aTentativeVerbIsTheVerb() {
        assertThat(terms("物业要不要每天巡查一下，转一转？")).doesNotContain("一转", "转一转");
        assertThat(terms("物业要不要看看车棚？")).contains("看").doesNotContain("看看");
        // a reduplicated light word stays whole and light
        assertThat(LEXICON.isLight("常常")).isTrue();
    }

    @Test
    void aShareAskedAsPercentWordsIsAskedInPercent() {
        assertThat(AnswerabilityJudge.expectedUnits("回收利用率要达到百分之多少？")).containsExactly("%");
        assertThat(AnswerabilityJudge.expectedUnits("扣款的百分比是多少？")).containsExactly("%");
        assertThat(terms("回收利用率要达到百分之多少？")).doesNotContain("百分之");
        Citation rate = clause("到2025年底，全市生活垃圾回收利用率达到40%以上。");
        assertThat(AnswerabilityJudge.standard().judge("到2025年底全市生活垃圾回收利用率要达到百分之多少？", List.of(rate))
                .verdict()).isEqualTo(Answerability.Verdict.ANSWERED);
        Citation noFigure = clause("到2025年底，全市生活垃圾回收利用率明显提高。");
        assertThat(AnswerabilityJudge.standard().judge("到2025年底全市生活垃圾回收利用率要达到百分之多少？",
                List.of(noFigure)).verdict()).isEqualTo(Answerability.Verdict.NOT_ANSWERED);
    }

    @Test
    void aSumAskedInHundredsIsAskedInYuan() {
        assertThat(AnswerabilityJudge.expectedUnits("充电一次要交几百块？")).containsExactly("元");
        assertThat(AnswerabilityJudge.expectedUnits("一年补贴多少万元？")).containsExactly("元");
        assertThat(AnswerabilityJudge.expectedUnits("小区能停几百人？")).containsExactly("人");
    }

    @Test
    void aRegisterWordAnAnswerAddsNeedNotStandInTheClause() throws Exception {
        String clause = "被保险人因整容手术发生的医疗费用，我们不负责赔偿。";
        String answer = "整容手术发生的医疗费用不在保险责任内。";
        // the domain's lexicon: 保险 says little in insurance terms (generic, as sdk-finance has it)
        AnswerLexicon domain = LEXICON.with(AnswerLexicon.read(new StringReader("generic\t保险\n"), "test"));
        AnswerSupport plain = AnswerSupport.builder().lexicon(domain).build();
        assertThat(plain.check(answer, List.of(clause)).supported()).isFalse();
        AnswerLexicon register = domain.with(AnswerLexicon.read(new StringReader("register\t保险责任\nregister\t责任\n"),
                "test"));
        AnswerSupport withRegister = AnswerSupport.builder().lexicon(register).build();
        assertThat(withRegister.check(answer, List.of(clause)).sentences()).as("%s", withRegister.check(answer,
                List.of(clause))).allMatch(SentenceSupport::supported);
        // a word the answer adds that is not of the register still must stand there
        assertThat(withRegister.check("整容手术发生的交通费用不在保险责任内。", List.of(clause)).supported()).isFalse();
        // a register word the clause has is still compared: the clause denies it, the answer affirms it
        String pays = "被保险人因整容手术发生的医疗费用，我们不承担赔偿责任。";
        AnswerLexicon more = register.with(AnswerLexicon.read(new StringReader("register\t承担\n"), "test"));
        assertThat(AnswerSupport.builder().lexicon(more).build().check("整容手术发生的医疗费用我们承担赔偿责任。",
                List.of(pays)).supported()).isFalse();
    }

    @Test
    void aShortReplyOpeningAnAnswerIsNotCheckedForItsWordsButTheRestIs() {
        String clause = "被保险人因整容手术发生的医疗费用，我们不负责赔偿。";
        assertThat(AnswerSupport.replyEnd("不报，整容手术发生的医疗费用我们不负责赔偿。")).isEqualTo(2);
        assertThat(AnswerSupport.replyEnd("整容手术发生的医疗费用，我们不负责赔偿。")).isZero();
        assertThat(AnswerSupport.standard().check("不报，整容手术发生的医疗费用我们不负责赔偿。", List.of(clause)).supported())
                .isTrue();
        // the rest of the sentence is checked as before
        assertThat(AnswerSupport.standard().check("不报，整容手术发生的医疗费用我们负责赔偿。", List.of(clause)).supported())
                .isFalse();
        assertThat(AnswerSupport.standard().check("不报，整容手术发生的交通费用我们不负责赔偿。", List.of(clause)).supported())
                .isFalse();
    }
}
