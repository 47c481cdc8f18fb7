package ai.domainassist.gov;

import ai.domainassist.gov.AnswerEvaluation.Question;
import ai.domainassist.gov.internal.AnswerWords;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.retrieval.answer.Answerability;
import ai.domainassist.retrieval.testing.OperatingPointSweep;
import ai.domainassist.retrieval.testing.OperatingPointSweep.Asked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The trade-off of the judge's thresholds on the development sets (issue 17 round 5, docs/gov-answers-evaluation.md): for each weak
 * threshold and count of covered terms, how many answerable questions are declined (verdict {@code NOT_ANSWERED}, as
 * {@link PolicyAssistant#ask} offline declines them) against how many unanswerable and off-topic ones are, on the older
 * sets (questions.tsv, fresh) and the everyday ones (fresh3, fresh4). A question answered {@code WEAK} is shown with a
 * {@code LOW_CONFIDENCE} flag and its citation: it counts as answered. The same search as {@code ask} (the question
 * expanded with its synonyms, the five clauses in force found first). Runs only with {@code -Dda.eval.sweep=true}
 * (prints a table; it reads every development set, fresh3 and fresh4 included).
 */
class OperatingPointSweepTest {
    private static final double[] WEAK_AT = {0.6, 0.55, 0.5, 0.45, 0.4, 0.35};
    private static final int[] FROM_TERMS = {4, 3};

    @Test
    void tradeOff() {
        Assumptions.assumeTrue(Boolean.getBoolean("da.eval.sweep"), "the operating-point sweep runs only with"
                + " -Dda.eval.sweep=true");
        Map<String, List<Question>> sets = new LinkedHashMap<>();
        sets.put("older", new ArrayList<>(AnswerEvaluation.questions()));
        sets.get("older").addAll(AnswerEvaluation.questions("fresh-questions.tsv"));
        sets.put("everyday", new ArrayList<>(AnswerEvaluation.questions("fresh3-questions.tsv")));
        sets.get("everyday").addAll(AnswerEvaluation.questions("fresh4-questions.tsv"));
        try (PolicyLibrary library = AnswerEvaluation.library()) {
            Map<String, List<Asked>> asked = new LinkedHashMap<>();
            for (var e : sets.entrySet()) {
                List<Asked> f = new ArrayList<>();
                for (Question q : e.getValue()) {
                    f.add(new Asked(q.text(), q.answerable(), library.inForce(AnswerWords.JUDGE.expand(q.text()), 5)
                            .stream().map(PolicyHit::citation).toList()));
                }
                asked.put(e.getKey(), f);
            }
            OperatingPointSweep.printThresholds(asked, AnswerWords.LEXICON, FROM_TERMS, WEAK_AT);
            // with a model: a question the judge declines reaches the model's reading when its coverage is at least
            // MODEL_JUDGED_FROM; how many of each kind do, by that threshold (standard weak thresholds)
            System.out.println("| model reading from | older: answerable declined offline, reaching the model |"
                    + " older: negatives reaching the model | everyday: answerable declined offline, reaching the model"
                    + " | everyday: negatives reaching the model |");
            for (double from : new double[] {0.4, 0.35, 0.3, 0.25, 0.2, 0.15}) {
                StringBuilder row = new StringBuilder(String.format("| %.2f |", from));
                for (List<Asked> set : asked.values()) {
                    int ad = 0, ar = 0, neg = 0, nr = 0;
                    for (Asked q : set) {
                        Answerability a = q.found().isEmpty() ? null : AnswerWords.JUDGE.judge(q.text(), q.found());
                        boolean declined = a == null || a.verdict() == Answerability.Verdict.NOT_ANSWERED;
                        boolean reaches = a != null && (!declined || a.coverage() >= from);
                        if (q.answerable() && declined) {
                            ad++;
                            ar += reaches ? 1 : 0;
                        } else if (!q.answerable()) {
                            neg++;
                            nr += reaches ? 1 : 0;
                        }
                    }
                    row.append(String.format(" %d/%d | %d/%d |", ar, ad, nr, neg));
                }
                System.out.println(row);
            }
        }
    }
}
