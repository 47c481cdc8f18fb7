package ai.domainassist.finance.eval;

import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.eval.InsQaTerms.Question;
import ai.domainassist.finance.internal.TermsAnswerer;
import ai.domainassist.finance.internal.TermsWords;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.testing.OperatingPointSweep;
import ai.domainassist.retrieval.testing.OperatingPointSweep.Asked;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The trade-off of the judge's thresholds for the terms Q&amp;A, the product given (issue 17 round 5, docs/finance-answers-evaluation.md):
 * for each weak threshold and count of covered terms, answerable questions declined (verdict {@code NOT_ANSWERED})
 * against unanswerable and off-topic ones declined, on the older sets (questions.tsv, fresh) and the everyday ones
 * (fresh3, fresh4). The clauses are those {@link TermsAnswerer#find} judges. Runs only with
 * {@code -Dda.eval.sweep=true} and the evaluation data ({@code -Dda.eval.dir}); prints a table.
 */
class TermsOperatingPointSweepTest {
    @Test
    void tradeOff() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("da.eval.sweep"), "the operating-point sweep runs only with"
                + " -Dda.eval.sweep=true");
        Path file = InsQaTerms.file().orElse(null);
        Assumptions.assumeTrue(file != null, "evaluation data not found: sweep NOT run");
        Map<String, List<Question>> sets = new LinkedHashMap<>();
        sets.put("older", new ArrayList<>(InsQaTerms.questions()));
        sets.get("older").addAll(InsQaTerms.questions("fresh-questions.tsv"));
        sets.put("everyday", new ArrayList<>(InsQaTerms.questions("fresh3-questions.tsv")));
        sets.get("everyday").addAll(InsQaTerms.questions("fresh4-questions.tsv"));
        try (DocumentLibrary library = InsQaTerms.load(file).library()) {
            TermsAnswerer answerer = new TermsAnswerer(library);
            Map<String, List<Asked>> asked = new LinkedHashMap<>();
            for (var e : sets.entrySet()) {
                List<Asked> f = new ArrayList<>();
                for (Question q : e.getValue()) {
                    Filter filter = Filter.builder().tags(ClaimsAssistant.productTag(q.product())).build();
                    f.add(new Asked(q.text(), q.answerable(),
                            answerer.find(q.text(), 3, filter, true).searched().stream().map(h -> h.citation()).toList()));
                }
                asked.put(e.getKey(), f);
            }
            OperatingPointSweep.printThresholds(asked, TermsWords.LEXICON, new int[] {4, 3, 2},
                    new double[] {0.6, 0.55, 0.5, 0.45, 0.4});
        }
    }
}
