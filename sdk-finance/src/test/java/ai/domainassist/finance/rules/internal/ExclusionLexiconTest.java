package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionLexiconTest {
    private final ExclusionLexicon lex = ExclusionLexicon.builtIn();

    @Test
    void matchesTermsAfterFoldingAndIcdCodesByPrefix() {
        assertThat(lex.match("vision-correction", "全飞秒 激光近视矫正术")).hasValueSatisfying(m -> assertThat(m.term()).isEqualTo("近视矫正"));
        assertThat(lex.match("vision-correction", "屈光不正（H52.1）")).hasValueSatisfying(m -> assertThat(m.term()).isEqualTo("H52"));
        assertThat(lex.match("pregnancy", "早孕")).isPresent();
        assertThat(lex.match("pregnancy", "急性阑尾炎（K35.8）")).isEmpty();
        assertThat(lex.match("cosmetic", "急性支气管炎")).isEmpty();
    }

    @Test
    void rejectsAnUnknownRowKind() {
        assertThatThrownBy(() -> new ExclusionLexicon(List.<String[]>of(new String[] {"x", "regex", "a"})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("regex");
    }
}
