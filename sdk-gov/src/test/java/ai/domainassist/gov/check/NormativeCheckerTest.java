package ai.domainassist.gov.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import org.junit.jupiter.api.Test;

class NormativeCheckerTest {
    private static final String REQUEST = """
            北京市交通委员会文件

            京交发[2024]第08号

            北京市交通委员会关于调整公交线路的请示报告

            市人民政府、市财政局：
                一、调整20条线路，请予批准。
                三、增加补贴800万元,请审批。

                                                北京市交通委员会
                                                2024年03月04日
            """;

    @Test
    void everyFindingHasRuleSeveritySpanMessageAndFix() {
        NormativeReport r = NormativeChecker.builder().withoutProofreading().build().check("q", REQUEST);
        assertThat(r.findings()).extracting(NormativeFinding::ruleId).contains("docnumber.form", "date.form",
                "title.type-doubled", "heading.sequence", "punctuation.width", "element.missing");
        NormativeFinding number = r.findings("docnumber.form").get(0);
        assertThat(REQUEST.substring(number.start(), number.end())).isEqualTo("京交发[2024]第08号");
        assertThat(number.suggestedFix()).isEqualTo("京交发〔2024〕8号");
        assertThat(number.severity()).isEqualTo(Severity.ERROR);
        assertThat(r.findings("date.form").get(0).suggestedFix()).isEqualTo("2024年3月4日");
        assertThat(r.findings("punctuation.width").get(0).suggestedFix()).isEqualTo("，");
        assertThat(r.findings("heading.sequence").get(0).suggestedFix()).isEqualTo("二、");
        assertThat(r.skippedRules()).contains("reference.repealed", "duplicate.in-force", "proofreading.typo");
        // findings are ordered by position
        assertThat(r.findings()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void theDoubledTitleIsAReportSoItsRequestsAreFlagged() {
        NormativeReport r = NormativeChecker.builder().withoutProofreading().build().check("q", REQUEST);
        assertThat(r.findings("baogao.request")).hasSize(2);
        assertThat(r.findings("element.missing")).extracting(NormativeFinding::message).anyMatch(m -> m.contains("签发人"));
    }

    @Test
    void rulesCanBeSwitchedOffByIdOnly() {
        NormativeReport r = NormativeChecker.builder().withoutProofreading().disable("punctuation.width").build()
                .check("q", REQUEST);
        assertThat(r.findings("punctuation.width")).isEmpty();
        assertThatThrownBy(() -> NormativeChecker.builder().disable("no.such.rule")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleOfTheTableIsImplemented() {
        assertThat(RuleCatalog.standard().rules()).hasSize(23);
        assertThat(RuleCatalog.standard().rules()).allMatch(r -> !r.source().isBlank() && !r.checks().isBlank());
    }
}
