package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {
    @Test
    void splitsAtClausePunctuationButNotAtTheEnumerationComma() {
        String s = "没有发烧、咳嗽，就是头疼。体温38.5度";
        List<Clauses.Span> c = Clauses.split(s);
        assertThat(c).extracting(x -> s.substring(x.start(), x.end())).containsExactly("没有发烧、咳嗽", "就是头疼", "体温38.5度");
        assertThat(Clauses.indexOf(c, s.indexOf("头"))).isEqualTo(1);
        assertThat(Clauses.indexOf(c, s.indexOf("，"))).isEqualTo(-1);
        assertThat(Clauses.split("，。 ")).isEmpty();
    }
}
