package ai.domainassist.gov;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.AnswerEvaluation.Question;
import ai.domainassist.gov.internal.AnswerWords;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.answer.Answerability;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
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
            Map<String, List<List<Citation>>> found = new LinkedHashMap<>();
            for (var e : sets.entrySet()) {
                List<List<Citation>> f = new ArrayList<>();
                for (Question q : e.getValue()) {
                    f.add(library.inForce(AnswerWords.JUDGE.expand(q.text()), 5).stream().map(PolicyHit::citation)
                            .toList());
                }
                found.put(e.getKey(), f);
            }
            System.out.println("| weakAt | weakFromTerms | older: answerable declined | older: negatives declined"
                    + " | everyday: answerable declined | everyday: negatives declined |");
            for (int n : FROM_TERMS) {
                for (double w : WEAK_AT) {
                    AnswerabilityJudge judge = AnswerabilityJudge.builder().lexicon(AnswerWords.LEXICON).weakAt(w)
                            .weakFromTerms(n).build();
                    StringBuilder row = new StringBuilder(String.format("| %.2f | %d |", w, n));
                    for (var e : sets.entrySet()) {
                        int a = 0, ad = 0, neg = 0, nd = 0;
                        for (int i = 0; i < e.getValue().size(); i++) {
                            Question q = e.getValue().get(i);
                            List<Citation> c = found.get(e.getKey()).get(i);
                            boolean declined = c.isEmpty()
                                    || judge.judge(q.text(), c).verdict() == Answerability.Verdict.NOT_ANSWERED;
                            if (q.answerable()) {
                                a++;
                                ad += declined ? 1 : 0;
                            } else {
                                neg++;
                                nd += declined ? 1 : 0;
                            }
                        }
                        row.append(String.format(" %d/%d | %d/%d |", ad, a, nd, neg));
                        assertThat(a + neg).isEqualTo(e.getValue().size());
                    }
                    System.out.println(row);
                }
            }
            // with a model: a question the judge declines reaches the model's reading when its coverage is at least
            // MODEL_JUDGED_FROM; how many of each kind do, by that threshold (standard weak thresholds)
            System.out.println("| model reading from | older: answerable declined offline, reaching the model |"
                    + " older: negatives reaching the model | everyday: answerable declined offline, reaching the model"
                    + " | everyday: negatives reaching the model |");
            for (double from : new double[] {0.4, 0.35, 0.3, 0.25, 0.2, 0.15}) {
                StringBuilder row = new StringBuilder(String.format("| %.2f |", from));
                for (var e : sets.entrySet()) {
                    int ad = 0, ar = 0, neg = 0, nr = 0;
                    for (int i = 0; i < e.getValue().size(); i++) {
                        Question q = e.getValue().get(i);
                        List<Citation> c = found.get(e.getKey()).get(i);
                        Answerability a = c.isEmpty() ? null : AnswerWords.JUDGE.judge(q.text(), c);
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
