package ai.domainassist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource({"十,10", "十五,15", "二十,20", "一百零三,103", "两千,2000", "三万五千,35000", "十万零五,100005",
            "一亿二千万,120000000", "二〇二四,2024", "壹佰贰拾,120", "3万,30000", "12,12", "１２,12",
            "一千二百三十四万五千六百七十八,12345678", "零,0", "两,2"})
    void parsesIntegers(String text, long expected) {
        assertThat(ChineseNumbers.parseInteger(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "三天", "1.5"})
    void rejectsNonIntegers(String text) {
        assertThat(ChineseNumbers.parseInteger(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.5万,15000", "12.50,12.50", "'1,234.5',1234.5", "三千,3000"})
    void parsesDecimals(String text, String expected) {
        assertThat(ChineseNumbers.parseDecimal(text)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @CsvSource({"壹仟贰佰叁拾肆元伍角陆分,1234.56", "人民币叁佰元整,300.00", "伍拾元零捌分,50.08", "壹万元正,10000.00",
            "贰拾圆伍角,20.50", "壹拾万零叁佰元整,100300.00", "陆角,0.60", "¥玖元玖角玖分,9.99"})
    void parsesAmountsInWords(String text, String expected) {
        assertThat(ChineseNumbers.parseAmountInWords(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "整", "壹仟贰佰", "元角", "壹元伍", "壹元伍毛"})
    void rejectsNonAmounts(String text) {
        assertThat(ChineseNumbers.parseAmountInWords(text)).isEmpty();
    }
}
