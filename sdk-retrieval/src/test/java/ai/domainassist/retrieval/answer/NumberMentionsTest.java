package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberMentionsTest {
    @Test
    void numbersAreReadWithTheirUnitsInDigitsOrChineseNumerals() {
        assertThat(NumberMentions.of("30日内、三十天、5000万元、0.8元、50%、百分之五十、1,000元"))
                .extracting(m -> m.value().stripTrailingZeros().toPlainString() + m.unit())
                .containsExactly("30日", "30日", "50000000元", "0.8元", "50%", "50%", "1000元");
    }

    @Test
    void wordsWithNumeralCharactersAreNotNumbers() {
        assertThat(NumberMentions.of("统一设置，第一顺序，一些单位")).isEmpty();
    }

    @Test
    void aNumberWithAUnitIsStatedOnlyByTheSameValueInTheSameUnit() {
        NumberMentions.Mention days = NumberMentions.of("30日").get(0);
        assertThat(days.statedBy(NumberMentions.of("三十天").get(0))).isTrue();
        assertThat(days.statedBy(NumberMentions.of("30元").get(0))).isFalse();
        assertThat(days.statedBy(new NumberMentions.Mention(BigDecimal.valueOf(30), "", 0, 2, "30"))).isFalse();
        assertThat(NumberMentions.of("一次").get(0).once()).isTrue();
    }
}
