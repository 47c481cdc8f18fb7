package ai.domainassist.gov.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextRulesTest {
    private final ContextRules shipped = ContextRules.parse(DataFiles.lines("proofreading/context-rules.tsv"));

    @Test
    void everyShippedRuleNamesItsWrongWordAndItsDomains() {
        assertThat(shipped.rules()).hasSizeGreaterThan(20);
        for (ContextRules.Rule r : shipped.rules()) {
            assertThat(r.literal()).as(r.id()).isNotEmpty().hasSameSizeAs(r.replacement()).isNotEqualTo(r.replacement());
            assertThat(r.domains()).as(r.id()).isNotEmpty()
                    .allMatch(d -> List.of("OFFICIAL", "LEGAL", "MEDICAL", "GENERAL").contains(d));
        }
    }

    @Test
    void findsTheWrongSpanInItsContextOnly() {
        List<ContextRules.Match> m = shipped.find("截止目前，报名已于3月1日截止。", "OFFICIAL");
        assertThat(m).extracting(ContextRules.Match::start, x -> x.rule().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "jiezhi.point"));
        assertThat(shipped.find("研究制订相关法规", "MEDICAL")).isEmpty();
        assertThat(shipped.find("研究制订相关法规", "LEGAL")).hasSize(1);
    }

    @Test
    void aMalformedRuleIsAClearError() {
        assertThatThrownBy(() -> ContextRules.parse(List.of("x\tOFFICIAL\t截止\t截至\t理由")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no group 1");
        assertThatThrownBy(() -> ContextRules.parse(List.of("x\tOFFICIAL\t(截止")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("5 columns");
        assertThatThrownBy(() -> ContextRules.parse(List.of("x\tOFFICIAL\t(截止\t截至\t理由")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad pattern");
    }
}
