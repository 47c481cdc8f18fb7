package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Origin;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private final Labels zh = Labels.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final Labels en = Labels.forLocale(Locale.ENGLISH);

    @Test
    void chineseForZhAndEnglishForEveryOtherLocale() {
        assertThat(zh.get("section.flags")).isEqualTo("审核提示");
        assertThat(Labels.forLocale(Locale.TRADITIONAL_CHINESE)).isSameAs(zh);
        assertThat(Labels.forLocale(Locale.GERMAN)).isSameAs(en);
        assertThat(en.get("section.flags")).isEqualTo("Review flags");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(zh.keys()).isEqualTo(en.keys());
    }

    @Test
    void everyEnumValueTheReportShowsHasALabel() {
        for (Labels l : new Labels[] {zh, en}) {
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
}
