package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabeledTextTest {
    private static final Map<String, List<String>> LABELS = Map.of("payer", List.of("交款人"), "issueDate",
            List.of("开票日期"), "hospital", List.of("收款单位"), "number", List.of("票据号码"), "visitDate", List.of("就诊日期"),
            "other", List.of("日期"));

    @Test
    void aValueRunsToTheNextLabelAcrossStraySpacesAndBrokenLines() {
        String text = "交款人：张 三    开 票日期：2024年3月5日\n收款单位：北京协和\n医院\n";
        List<RawField> f = LabeledText.read(text, LABELS, List.of());
        assertThat(f).extracting(RawField::field).containsExactly("payer", "issueDate", "hospital");
        assertThat(f.get(0).value()).isEqualTo("张 三");
        assertThat(f.get(2).value()).isEqualTo("北京协和\n医院");
        RawField h = f.get(2);
        assertThat(text.substring(h.start(), h.end())).isEqualTo(h.value());
    }

    @Test
    void theLongerLabelWinsOverOneInsideIt() {
        List<RawField> f = LabeledText.read("就诊日期：2024-01-02 日期：2024-01-03", LABELS, List.of());
        assertThat(f).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("visitDate");
            assertThat(r.value()).isEqualTo("2024-01-02");
        });
    }

    @Test
    void fullWidthLabelsAndStopLabelsEndValues() {
        List<RawField> f = LabeledText.read("票据号码：００１２３ 北京市医疗门诊收费票据", LABELS, List.of("门诊收费票据"));
        assertThat(f).singleElement().extracting(RawField::value).isEqualTo("００１２３ 北京市医疗");
    }
}
