package ai.domainassist.finance.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.finance.rules.internal.RawField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteGroundingTest {
    private static final String DOC = "交款人：王 芳\n合计（大写）：叁佰玖拾陆元肆角 （小写）¥３９６．４０\n开票日期：2024年07月10日";
    private static final Set<String> KNOWN = Set.of("payer", "total", "totalInWords", "issueDate");

    @Test
    void aQuoteFoundInTheDocumentIsAcceptedWithItsExactSpan() {
        QuoteGrounding.Outcome o = QuoteGrounding.ground("d", DOC, List.of(new ModelField("total", "396.40", "¥396.40"),
                new ModelField("payer", "王芳", "王芳"), new ModelField("issueDate", "2024-07-10", "2024年07月10日")), KNOWN);
        assertThat(o.flags()).isEmpty();
        assertThat(o.accepted()).extracting(RawField::value).containsExactly("¥３９６．４０", "王 芳", "2024年07月10日");
        RawField total = o.accepted().get(0);
        assertThat(DOC.substring(total.start(), total.end())).isEqualTo(total.value());
    }

    @Test
    void anInventedAmountIsUngrounded() {
        QuoteGrounding.Outcome o = QuoteGrounding.ground("d", DOC, List.of(new ModelField("total", "3964.00", "¥3964.00")),
                KNOWN);
        assertThat(o.accepted()).isEmpty();
        assertThat(o.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.UNGROUNDED);
            assertThat(f.field()).isEqualTo("d.total");
        });
    }

    @Test
    void aValueThatDisagreesWithItsOwnQuoteIsUngrounded() {
        QuoteGrounding.Outcome o = QuoteGrounding.ground("d", DOC, List.of(new ModelField("total", "3964.0", "396.40"),
                new ModelField("totalInWords", "396.40", "叁佰玖拾陆元肆角")), KNOWN);
        assertThat(o.accepted()).extracting(RawField::field).containsExactly("totalInWords");
        assertThat(o.flags()).singleElement().extracting(ReviewFlag::field).isEqualTo("d.total");
    }

    @Test
    void unknownFieldsAndMissingQuotesAreNotUsed() {
        QuoteGrounding.Outcome o = QuoteGrounding.ground("d", DOC, List.of(new ModelField("shoeSize", "42", "42"),
                new ModelField("payer", "王芳", null), new ModelField("issueDate", "", "")), KNOWN);
        assertThat(o.accepted()).isEmpty();
        assertThat(o.flags()).hasSize(2);
    }
}
