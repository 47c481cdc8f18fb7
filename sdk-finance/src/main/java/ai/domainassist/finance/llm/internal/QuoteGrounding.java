package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.rules.internal.RawField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's fields into located raw values: a field is accepted only when sdk-core's
 * {@link GroundingVerifier} finds its quote in the document (exactly, or after folding width,
 * whitespace, punctuation, case and character variants) and its value agrees with its
 * quote (the same text, number or date). Every other field is reported {@code UNGROUNDED} and not used.
 * Stateless.
 */
public final class QuoteGrounding {
    private static final GroundingVerifier VERIFIER = GroundingVerifier.standard();
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private QuoteGrounding() {
    }

    /**
     * The outcome: the accepted raw values and the flags of the rejected fields.
     *
     * @param accepted the located values
     * @param flags the UNGROUNDED flags
     */
    public record Outcome(List<RawField> accepted, List<ReviewFlag> flags) {
    }

    /**
     * Grounds a model's fields in a document.
     *
     * @param docId the document id
     * @param content the document content
     * @param fields the model's fields
     * @param known the field names the document type has (others are rejected)
     * @return the outcome
     */
    public static Outcome ground(String docId, String content, List<ModelField> fields, Set<String> known) {
        List<Source> sources = List.of(new Source(docId, content));
        List<RawField> ok = new ArrayList<>();
        List<ReviewFlag> flags = new ArrayList<>();
        for (ModelField f : fields) {
            String path = docId + "." + f.field();
            if (f.value() == null || f.value().isBlank()) {
                continue;
            }
            if (!known.contains(f.field())) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.WARNING, path,
                        "模型给出了未定义的字段，未采用", List.of()));
                continue;
            }
            Optional<Evidence> found = f.quote() == null || f.quote().isBlank() ? Optional.empty()
                    : VERIFIER.locate(f.quote(), sources);
            if (found.isEmpty()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, path, "模型给出的「" + f.value()
                        + "」在原文中找不到其引文，未采用", List.of()));
                continue;
            }
            int[] span = {found.get().start(), found.get().end()};
            String quoted = found.get().quote();
            if (!agrees(f.value(), quoted)) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, path, "模型给出的「" + f.value()
                        + "」与其引文「" + quoted + "」不符，未采用", List.of(Evidence.of(docId, content, span[0], span[1]))));
                continue;
            }
            ok.add(new RawField(f.field(), quoted, span[0], span[1], true));
        }
        return new Outcome(ok, flags);
    }

    /**
     * Whether a value says what its quote says: the same text after folding, or the same number, or the same date.
     *
     * @param value the model's value
     * @param quote the located quote
     * @return {@code true} if they agree
     */
    static boolean agrees(String value, String quote) {
        Set<NormalizedText.Fold> text = Set.of(NormalizedText.Fold.WIDTH, NormalizedText.Fold.WHITESPACE,
                NormalizedText.Fold.CASE);
        String v = NormalizedText.of(value, text).folded();
        String q = NormalizedText.of(quote, text).folded();
        if (!v.isEmpty() && q.contains(v)) {
            return true;
        }
        Optional<java.time.LocalDate> vd = ChineseDates.findAll(value).stream().findFirst().map(ChineseDates.Found::date);
        Optional<java.time.LocalDate> qd = ChineseDates.findAll(NormalizedText.of(quote,
                Set.of(NormalizedText.Fold.WIDTH, NormalizedText.Fold.WHITESPACE)).folded()).stream().findFirst()
                .map(ChineseDates.Found::date);
        if (vd.isPresent() && qd.isPresent()) {
            return vd.equals(qd);
        }
        Optional<BigDecimal> vn = number(value);
        Optional<BigDecimal> qn = number(quote).or(() -> ChineseNumbers.parseAmountInWords(quote));
        return vn.isPresent() && qn.isPresent() && vn.get().compareTo(qn.get()) == 0;
    }

    private static Optional<BigDecimal> number(String s) {
        Matcher m = NUMBER.matcher(NormalizedText.of(s, Set.of(NormalizedText.Fold.WIDTH, NormalizedText.Fold.WHITESPACE))
                .folded().replace(",", ""));
        return m.find() ? Optional.of(new BigDecimal(m.group())) : Optional.empty();
    }
}
