package ai.domainassist.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLabelsTest {
    private final ReportLabels zh = ReportLabels.core(Locale.SIMPLIFIED_CHINESE);
    private final ReportLabels en = ReportLabels.core(Locale.ENGLISH);

    @Test
    void chineseForZhAndEnglishForEveryOtherLocale() {
        assertThat(zh.get("section.flags")).isEqualTo("审核提示");
        assertThat(ReportLabels.core(Locale.TRADITIONAL_CHINESE)).isSameAs(zh);
        assertThat(ReportLabels.core(Locale.GERMAN)).isSameAs(en);
        assertThat(en.get("section.flags")).isEqualTo("Review flags");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(zh.keys()).isEqualTo(en.keys());
    }

    @Test
    void everyEnumValueTheReportShowsHasALabel() {
        for (ReportLabels l : new ReportLabels[] {zh, en}) {
            for (Mode m : Mode.values()) {
                assertThat(l.get("mode." + m.name())).isNotBlank();
                assertThat(l.get("mode." + m.name() + ".help")).isNotBlank();
            }
            for (Severity s : Severity.values()) {
                assertThat(l.get("severity." + s.name())).isNotBlank();
            }
            for (ReviewFlag.Kind k : ReviewFlag.Kind.values()) {
                assertThat(l.get("kind." + k.name())).isNotBlank();
            }
            for (Origin o : Origin.values()) {
                assertThat(l.get("origin." + o.name())).isNotBlank();
            }
        }
    }

    @Test
    void placeholdersAreFilled() {
        assertThat(en.format("summary.fields.value", 3, 2)).isEqualTo("3 fields, 2 with evidence in the source");
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThatThrownBy(() -> en.get("no.such.key")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void aDeploymentRewordsAPageFromOneFileOfItsOwn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("our-words.properties");
        Files.writeString(file, "# only what we change\nseverity.ERROR=必须修改\nmedical.section.PLAN=诊疗计划\n");
        ReportLabels page = zh.overriddenBy(ReportLabels.of(Map.of("medical.section.PLAN", "处理意见")))
                .overriddenBy(ReportLabels.load(file));
        assertThat(page.get("severity.ERROR")).isEqualTo("必须修改");
        assertThat(page.get("medical.section.PLAN")).isEqualTo("诊疗计划");
        assertThat(page.get("severity.WARNING")).isEqualTo("警告");
        assertThat(zh.get("severity.ERROR")).as("the defaults are untouched").isEqualTo("错误");
        assertThat(zh.overriddenBy(ReportLabels.none())).isSameAs(zh);
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThatThrownBy(() -> ReportLabels.fromResource(ReportLabels.class, "no-such.properties"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.properties");
    }
}
