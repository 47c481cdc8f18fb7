package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldParserTest {
    private static final String DOC = "合计（大写）：壹佰贰拾叁元伍角 （小写）¥１２３．５０ 日期：二〇二四年三月五日";
    private final FieldParser p = new FieldParser("d1", DOC, HospitalList.builtIn());

    private static RawField raw(String value) {
        int at = DOC.indexOf(value);
        return new RawField("f", value, at, at + value.length(), true);
    }

    @Test
    void readsFullWidthMoneyAndAmountsInWordsWithExactEvidence() {
        Grounded<java.math.BigDecimal> m = p.money(raw("¥１２３．５０")).orElseThrow();
        assertThat(m.value()).isEqualByComparingTo("123.50");
        assertThat(m.evidence().get(0).quote()).isEqualTo("１２３．５０");
        assertThat(p.amountInWords(raw("壹佰贰拾叁元伍角 ")).orElseThrow().value()).isEqualByComparingTo("123.50");
        assertThat(p.date(raw("二〇二四年三月五日")).orElseThrow().value()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void splitsNumberedDiagnosesWithoutCuttingIcdCodesOrTypeNumbers() {
        String text = "1.2型糖尿病 2.高度近视（H52.1） 3、高血压";
        FieldParser q = new FieldParser("d", text, HospitalList.builtIn());
        List<Grounded<String>> dx = q.list(new RawField("diagnoses", text, 0, text.length(), true));
        assertThat(dx).extracting(Grounded::value).containsExactly("2型糖尿病", "高度近视（H52.1）", "高血压");
        assertThat(dx.get(1).evidence().get(0).quote()).isEqualTo("高度近视（H52.1）");
    }

    @Test
    void readsIdAndCardNumbersNamesAndKnownHospitals() {
        String text = "张三 11010519491231002x 住址 6222 0202 0012 3456 789 首都医科大学附属\n北京朝阳医院";
        FieldParser q = new FieldParser("d", text, HospitalList.builtIn());
        RawField all = new RawField("x", text, 0, text.length(), true);
        assertThat(q.name(all).orElseThrow().value()).isEqualTo("张三");
        assertThat(q.idNumber(all).orElseThrow().value()).isEqualTo("11010519491231002X");
        assertThat(q.hospital(all).orElseThrow().value()).isEqualTo("首都医科大学附属北京朝阳医院");
        RawField card = new RawField("x", "6222 0202 0012 3456 789", text.indexOf("6222"), text.indexOf("6222") + 23, true);
        assertThat(q.cardNumber(card).orElseThrow().value()).isEqualTo("6222020200123456789");
    }

    @Test
    void anUnknownHospitalIsReadUpToItsSuffix() {
        String text = "北京市怀柔区汤河口镇卫生院（章）";
        FieldParser q = new FieldParser("d", text, HospitalList.builtIn());
        assertThat(q.hospital(new RawField("h", text, 0, text.length(), true)).orElseThrow().value())
                .isEqualTo("北京市怀柔区汤河口镇卫生院");
    }

    @Test
    void anAmountWrittenWithAnExponentOrTooManyDecimalsIsNotReadAsSomeOtherAmount() {
        for (String written : List.of("1e309", "1E+5", "2.5e3", "12345.678", "1.2.3")) {
            FieldParser q = new FieldParser("d", "合计：" + written, HospitalList.builtIn());
            RawField r = new RawField("total", written, 3, 3 + written.length(), true);
            assertThat(q.money(r)).as(written).isEmpty();
        }
        FieldParser q = new FieldParser("d", "合计：-50.00元 退费100.", HospitalList.builtIn());
        assertThat(q.money(new RawField("t", "-50.00元", 3, 10, true)).orElseThrow().value()).isEqualByComparingTo("-50.00");
        assertThat(q.money(new RawField("t", "100.", 13, 17, true)).orElseThrow().value()).isEqualByComparingTo("100.00");
    }
}
