package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.internal.Assertions.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssertionsTest {
    private final Assertions assertions = new Assertions(Fixture.CUES);

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
        assertThat(assertions.judge(t, symptoms.get(symptoms.size() - 1))).isEqualTo(expected);
    }
}
