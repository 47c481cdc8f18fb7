package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerSupportTest {
    private static final String CLAUSE = "第五条 申请人应当提交身份证明和申请表。受理机关应当在5个工作日内办结。";
    private final AnswerSupport support = AnswerSupport.standard();

    @Test
    void anAnswerThatReversesTheClausesObligationIsNotSupported() {
        SupportReport r = support.check("申请人无需提交任何材料，当场即可办结。", List.of(CLAUSE));
        assertThat(r.supported()).isFalse();
        SentenceSupport s = r.sentences().get(0);
        assertThat(s.conflicts()).anyMatch(c -> c.startsWith("提交（回答：无需，条款：应当"));
        assertThat(s.missingTerms()).contains("当场");
        assertThat(s.reason()).contains("与所引条款相反").contains("所引条款中没有这些词");
    }

    @Test
    void anAnswerThatSaysWhatTheClauseSaysIsSupportedSentenceBySentence() {
        SupportReport r = support.check("申请人需要提交身份证明和申请表。受理机关在五个工作日内办结。", List.of(CLAUSE));
        assertThat(r.sentences()).hasSize(2).allMatch(SentenceSupport::supported);
        assertThat(r.supported()).isTrue();
        assertThat(r.unsupported()).isEmpty();
    }

    @Test
    void anEnumeratedItemTheSourcesLackIsNotSupportedHoweverShort() {
        List<String> pets = List.of("合法饲养、可明确鉴别身份的犬类或猫类宠物可以投保本保险。");
        assertThat(support.check("猫、犬等宠物都可以投保。", pets).supported()).isTrue();
        assertThat(support.check("猫、犬、兔等宠物都可以投保。", pets).sentences().get(0).missingTerms()).contains("兔");
        assertThat(support.check("猫、犬、兔等宠物都可以投保。", pets).supported()).isFalse();
    }

    @Test
    void aChangedNumberOrUnitIsNotSupported() {
        assertThat(support.check("受理机关应当在7个工作日内办结。", List.of(CLAUSE)).sentences().get(0).unsupportedNumbers())
                .containsExactly("7个工作日");
        assertThat(support.check("自本合同生效之日起三十日为等待期。", List.of("自本合同生效之日起30日为等待期。")).supported()).isTrue();
        assertThat(support.check("每度电服务费不超过8元。", List.of("每度电充电服务费原则上不超过0.8元。")).supported()).isFalse();
        assertThat(support.check("专项资金为5000万元。", List.of("市财政每年安排专项资金5000万元。")).supported()).isTrue();
    }

    @Test
    void aForbiddenActStatedAsAllowedOrANegationDroppedIsAContradiction() {
        String clause = "严禁将餐厨垃圾用于喂养畜禽。";
        assertThat(support.check("餐厨垃圾可以用于喂养畜禽。", List.of(clause)).supported()).isFalse();
        assertThat(support.check("不可以，严禁将餐厨垃圾用于喂养畜禽。", List.of(clause)).supported()).isTrue();
        String exclusion = "我们不承担给付住院津贴保险金的责任。";
        assertThat(support.check("我们承担给付住院津贴保险金的责任。", List.of(exclusion)).supported()).isFalse();
        assertThat(support.check("住院津贴保险金不超过30日。", List.of("住院津贴保险金给付不超过30日。")).supported())
                .as("不 before a bound is a quantity, not a negation").isTrue();
    }

    @Test
    void aKeyTermTheSourcesLackMakesTheSentenceUnsupportedUnlessTheLexiconKnowsItsForm() throws Exception {
        String clause = "由城市管理部门责令改正。";
        assertThat(support.check("由公安机关责令改正。", List.of(clause)).supported()).isFalse();
        AnswerSupport withWords = AnswerSupport.builder().lexicon(AnswerLexicon.standard()
                .with(AnswerLexicon.read(new StringReader("synonym\t城管\t城市管理部门\n"), "test"))).build();
        assertThat(withWords.check("由城管责令改正。", List.of(clause)).supported()).isTrue();
        assertThat(support.check("由城市管理部门责令限期改正。", List.of(clause)).supported()).isFalse();
        assertThat(AnswerSupport.builder().allowedMissingTerms(1).build().check("由城市管理部门责令限期改正。",
                List.of(clause)).supported()).as("one missing key term allowed").isTrue();
    }

    @Test
    void theQuestionIsNeverASourceAndAnEmptyAnswerIsNotSupported() {
        assertThat(support.check("申请人无需提交任何材料。", List.of()).supported()).isFalse();
        assertThat(support.check("", List.of(CLAUSE)).supported()).isFalse();
        assertThat(support.check("", List.of(CLAUSE)).sentences()).isEmpty();
    }
}
