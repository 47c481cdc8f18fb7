package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceIndexTest {
    private static final String TEXT = "患者：我咳嗽三天了。医生：诊断为急性支气管炎。";
    private final EvidenceIndex index = new EvidenceIndex(Map.of("t", TEXT));

    @Test
    void evidenceWhoseSpanHoldsItsQuoteIsLocated() {
        Evidence e = Evidence.of("t", TEXT, 4, 6);
        assertThat(index.problem(e)).isNull();
        index.citeByField(e, 0);
        assertThat(index.spanId(e)).isZero();
        assertThat(index.spansIn("t")).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(4);
            assertThat(s.fields()).containsExactly(0);
        });
    }

    @Test
    void theSameSpanCitedTwiceIsOneSpanWithBothCiters() {
        Evidence e = Evidence.of("t", TEXT, 4, 6);
        index.citeByField(e, 0);
        index.citeByField(e, 0);
        index.citeByFlag(new Evidence("t", 4, 6, "咳嗽"), 3);
        assertThat(index.spansIn("t")).singleElement().satisfies(s -> {
            assertThat(s.fields()).containsExactly(0);
            assertThat(s.flags()).containsExactly(3);
        });
    }

    @Test
    void spansAreNumberedInTheOrderFirstCited() {
        Evidence late = Evidence.of("t", TEXT, 15, 21);
        Evidence early = Evidence.of("t", TEXT, 4, 6);
        index.citeByField(late, 0);
        index.citeByField(early, 1);
        assertThat(index.spanId(late)).isZero();
        assertThat(index.spanId(early)).isEqualTo(1);
    }

    @Test
    void evidenceThatCannotBeLocatedSaysWhyAndIsNeverASpan() {
        Evidence otherSource = new Evidence("invoice", 0, 2, "患者");
        Evidence wrongQuote = new Evidence("t", 4, 6, "发热");
        Evidence pastTheEnd = new Evidence("t", TEXT.length() - 1, TEXT.length() + 1, "。x");
        Evidence empty = new Evidence("t", 3, 3, "");
        for (Evidence e : new Evidence[] {otherSource, wrongQuote, pastTheEnd, empty}) {
            index.citeByField(e, 0);
            assertThat(index.spanId(e)).isEqualTo(-1);
        }
        assertThat(index.problem(otherSource)).isEqualTo(EvidenceIndex.Problem.NO_SOURCE);
        assertThat(index.problem(wrongQuote)).isEqualTo(EvidenceIndex.Problem.NOT_FOUND);
        assertThat(index.problem(pastTheEnd)).isEqualTo(EvidenceIndex.Problem.NOT_FOUND);
        assertThat(index.problem(empty)).isEqualTo(EvidenceIndex.Problem.EMPTY);
        assertThat(index.spansIn("t")).isEmpty();
    }
}
