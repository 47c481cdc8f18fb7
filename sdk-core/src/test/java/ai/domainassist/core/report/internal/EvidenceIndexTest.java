package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceIndexTest {
    private static final String TEXT = "患者：我咳嗽三天了。医生：诊断为急性支气管炎。";
    private static final EvidenceIndex.Citer FIELD = new EvidenceIndex.Citer("field-0", "字段: chiefComplaint", 0);
    private static final EvidenceIndex.Citer WARNING = new EvidenceIndex.Citer("flag-3", "警告 · 超出范围", 2);
    private final EvidenceIndex index = new EvidenceIndex(Map.of("t", TEXT));

    @Test
    void evidenceWhoseSpanHoldsItsQuoteIsLocated() {
        Evidence e = Evidence.of("t", TEXT, 4, 6);
        assertThat(index.problem(e)).isNull();
        assertThat(index.cite(e, FIELD)).isZero();
        assertThat(index.spanId(e)).isZero();
        assertThat(index.spansIn("t")).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(4);
            assertThat(s.citers()).containsExactly(FIELD);
        });
    }

    @Test
    void theSameSpanCitedTwiceIsOneSpanWithBothCiters() {
        Evidence e = Evidence.of("t", TEXT, 4, 6);
        index.cite(e, FIELD);
        index.cite(e, FIELD);
        index.cite(new Evidence("t", 4, 6, "咳嗽"), WARNING);
        assertThat(index.spansIn("t")).singleElement().satisfies(s -> {
            assertThat(s.citers()).containsExactly(FIELD, WARNING);
            SourceHighlighter.Mark mark = EvidenceIndex.mark(s);
            assertThat(mark.href()).as("leads to the first citer").isEqualTo("#field-0");
            assertThat(mark.rank()).as("coloured by the most severe").isEqualTo(2);
            assertThat(mark.title()).isEqualTo("字段: chiefComplaint\n警告 · 超出范围");
        });
    }

    @Test
    void spansAreNumberedInTheOrderFirstCited() {
        Evidence late = Evidence.of("t", TEXT, 15, 21);
        Evidence early = Evidence.of("t", TEXT, 4, 6);
        index.cite(late, FIELD);
        index.cite(early, new EvidenceIndex.Citer("field-1", "字段: b", 0));
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
            assertThat(index.cite(e, FIELD)).isEqualTo(-1);
            assertThat(index.spanId(e)).isEqualTo(-1);
        }
        assertThat(index.problem(otherSource)).isEqualTo(EvidenceIndex.Problem.NO_SOURCE);
        assertThat(index.problem(wrongQuote)).isEqualTo(EvidenceIndex.Problem.NOT_FOUND);
        assertThat(index.problem(pastTheEnd)).isEqualTo(EvidenceIndex.Problem.NOT_FOUND);
        assertThat(index.problem(empty)).isEqualTo(EvidenceIndex.Problem.EMPTY);
        assertThat(index.spansIn("t")).isEmpty();
    }
}
