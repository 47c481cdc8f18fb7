package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assertion layer over single utterances (negation, hedges, conditions and worries). */
class AssertionLayerTest {
    /** The older four-way reading of an assertion, as the extractors use it. */
    enum Verdict { PRESENT, ABSENT, UNCERTAIN, HYPOTHETICAL }

    static Verdict verdict(Assertion a) {
        if (!a.stated()) {
            return Verdict.HYPOTHETICAL;
        }
        return switch (a.negation()) {
            case NEGATED -> Verdict.ABSENT;
            case POSSIBLE -> Verdict.UNCERTAIN;
            default -> Verdict.PRESENT;
        };
    }

    @ParameterizedTest
    @CsvSource({
        "我发烧了, PRESENT",
        "没有发烧, ABSENT",
        "没发烧就是咳嗽, PRESENT",
        "不发烧、咳嗽, ABSENT",
        "我否认胸痛, ABSENT",
        "未见皮疹, ABSENT",
        "发烧倒没有, ABSENT",
        "肚子不疼, ABSENT",
        "好像有点发烧, UNCERTAIN",
        "可能发烧了, UNCERTAIN",
        "不知道怎么就头疼, PRESENT",
        "吃不下饭还发烧, PRESENT",
        "烧一直不退, PRESENT",
        "要是发烧怎么办, HYPOTHETICAL",
        "会不会是咳嗽引起的, HYPOTHETICAL",
        "咳嗽没好, PRESENT",
        "没发烧有点咳嗽, PRESENT"})
    void judgesTheLastSymptomOfAClause(String clause, Verdict expected) {
        Turn t = Fixture.dialogue("患者：" + clause).turns().get(0);
        List<TermMatcher.Match> symptoms = Dialogue.matches(t, Category.SYMPTOM);
        assertThat(verdict(t.assertion(symptoms.get(symptoms.size() - 1)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "患者：我同事也在咳嗽 | AFFIRMED | FACT | OTHER | CURRENT",
        "患者：小朋友咳嗽好几天了 | AFFIRMED | FACT | PATIENT | CURRENT",
        "患者：孩子咳嗽，我自己也咳嗽 | AFFIRMED | FACT | OTHER | CURRENT",
        "患者：我以前有过哮喘 | AFFIRMED | FACT | PATIENT | HISTORICAL",
        "患者：三天之前开始咳嗽 | AFFIRMED | FACT | PATIENT | CURRENT",
        "患者：胃疼已经好了 | AFFIRMED | FACT | PATIENT | RESOLVED",
        "患者：胃疼好了点 | AFFIRMED | FACT | PATIENT | CURRENT",
        "患者：这算不算心律失常？ | AFFIRMED | WORRY | PATIENT | CURRENT",
        "患者：胃镜能看出胃炎吗？ | AFFIRMED | WORRY | PATIENT | CURRENT",
        "患者：宝宝咳嗽怎么办？ | AFFIRMED | PRESUPPOSED | PATIENT | CURRENT",
        "医生：有痰吗？ | AFFIRMED | QUESTION | PATIENT | CURRENT",
        "医生：发不发烧？ | AFFIRMED | QUESTION | PATIENT | CURRENT",
        "医生：咳嗽几天了？ | AFFIRMED | PRESUPPOSED | PATIENT | CURRENT",
        "医生：一般来说病毒感染会发烧 | AFFIRMED | TEACHING | PATIENT | CURRENT",
        "医生：注意观察有没有呕吐 | AFFIRMED | HYPOTHETICAL | PATIENT | CURRENT",
        "患者：病历上诊断写成肺癌 | AFFIRMED | INSTRUCTION | PATIENT | CURRENT",
        "患者：孩子没有痰 | NEGATED | FACT | PATIENT | CURRENT"})
    void readsTheFourPropertiesOfTheLastMention(String line, Assertion.Negation negation, Assertion.Context context,
                                               Assertion.Experiencer experiencer, Assertion.Temporality time) {
        Turn t = Fixture.dialogue(line.strip()).turns().get(0);
        TermMatcher.Match m = t.terms.get(t.terms.size() - 1);
        Assertion a = t.assertion(m);
        assertThat(a.negation()).as("negation").isEqualTo(negation);
        assertThat(a.context()).as("context").isEqualTo(context);
        assertThat(a.experiencer()).as("experiencer").isEqualTo(experiencer);
        assertThat(a.temporality()).as("temporality").isEqualTo(time);
    }
}
