package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 3 of issue 17: what an answer says must be said of the same thing by its sources: a number of the same item,
 * a listed item under the same header, a default the same choice. The sentences are written for these tests.
 */
class AnswerAttributionTest {
    private final AnswerSupport support = AnswerSupport.standard();

    @Test
    void aNumberOfAnotherItemInTheSameSentenceIsNotSupported() {
        List<String> fees = List.of("会员每年缴纳年费：普通会员每年100元，金卡会员每年300元。");
        SupportReport wrong = support.check("金卡会员每年缴纳100元。", fees);
        assertThat(wrong.supported()).isFalse();
        assertThat(wrong.sentences().get(0).conflicts()).anySatisfy(c -> assertThat(c).startsWith("100元"));
        assertThat(support.check("金卡会员每年缴纳300元。", fees).supported()).isTrue();
    }

    @Test
    void aNumberOfAnotherWayInAnotherSentenceIsNotSupported() {
        List<String> ways = List.of("选择月领的，每月给付账户价值的1%。选择年领的，每年给付账户价值的10%。");
        assertThat(support.check("月领时每月给付账户价值的10%。", ways).supported()).isFalse();
        assertThat(support.check("月领时每月给付账户价值的1%。", ways).supported()).isTrue();
    }

    @Test
    void anItemOfAListUnderADenyingHeaderIsDenied() {
        List<String> terms = List.of("本公司对保险事故造成的损失承担赔偿责任。因下列情形之一导致的损失，本公司不承担赔偿责任："
                + "（一）地震；（二）战争；（三）被保险人从事跳伞、攀岩等高风险运动。");
        SupportReport wrong = support.check("跳伞导致的损失属于赔偿责任。", terms);
        assertThat(wrong.supported()).isFalse();
        assertThat(wrong.sentences().get(0).conflicts()).anySatisfy(c -> assertThat(c).startsWith("跳伞"));
        assertThat(support.check("从事跳伞导致的损失，本公司不承担赔偿责任。", terms).supported()).isTrue();
    }

    @Test
    void theSubjectOfAProhibitionIsDenied() {
        List<String> terms = List.of("宠物店寄养的宠物不得作为被保险宠物。家庭饲养的猫、犬可以作为被保险宠物。");
        assertThat(support.check("寄养的宠物可以作为被保险宠物。", terms).supported()).isFalse();
        assertThat(support.check("寄养的宠物不得作为被保险宠物。", terms).supported()).isTrue();
    }

    @Test
    void aDefaultMustBeTheSourcesDefault() {
        List<String> ways = List.of("领取方式分为年领和月领，本合同默认为年领。");
        SupportReport wrong = support.check("默认为月领。", ways);
        assertThat(wrong.supported()).isFalse();
        assertThat(wrong.sentences().get(0).conflicts()).anySatisfy(c -> assertThat(c).contains("默认"));
        assertThat(support.check("默认为年领。", ways).supported()).isTrue();
    }
}
