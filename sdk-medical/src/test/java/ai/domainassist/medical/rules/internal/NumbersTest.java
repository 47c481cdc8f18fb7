package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void parsesSpokenNumbers() {
        assertThat(Numbers.parse("38.5")).contains(new BigDecimal("38.5"));
        assertThat(Numbers.parse("三十八点五")).contains(new BigDecimal("38.5"));
        assertThat(Numbers.parse("一百四十")).contains(new BigDecimal("140"));
        assertThat(Numbers.parse("一百四")).contains(new BigDecimal("140"));
        assertThat(Numbers.parse("百分之九十八")).contains(new BigDecimal("98"));
        assertThat(Numbers.parse("两")).contains(new BigDecimal("2"));
        assertThat(Numbers.parse("")).isEmpty();
        assertThat(Numbers.parse("三点")).isEmpty();
    }

    @Test
    void writesPlainValues() {
        assertThat(Numbers.plain(new BigDecimal("38.50"))).isEqualTo("38.5");
        assertThat(Numbers.plain(new BigDecimal("1.2E+2"))).isEqualTo("120");
    }

    @Test
    void readsSpokenCounts() {
        assertThat(Numbers.count("五六")).isEqualTo("5-6");
        assertThat(Numbers.count("两三")).isEqualTo("2-3");
        assertThat(Numbers.count("十二")).isEqualTo("12");
        assertThat(Numbers.count("好几")).isEqualTo("数");
        assertThat(Numbers.count("3到4")).isEqualTo("3-4");
    }
}
