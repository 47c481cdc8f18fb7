package ai.domainassist.retrieval.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.answer.AnswerLexicon;
import ai.domainassist.retrieval.answer.Answerability;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
import java.util.List;
import java.util.Map;

/**
 * The answer judge's operating-point tables (issue 17 round 5), shared by the policy Q&amp;A's and the terms
 * Q&amp;A's sweeps (sdk-gov {@code OperatingPointSweepTest}, sdk-finance {@code TermsOperatingPointSweepTest}):
 * each gives its own search's clauses per question, this prints how many answerable questions and how many
 * unanswerable or off-topic ones each setting declines. Test code; stateless.
 */
public final class OperatingPointSweep {
    /**
     * One question of a set, as its search left it.
     *
     * @param text the question
     * @param answerable whether the library answers it
     * @param found the clauses the assistant's search found for it (empty: nothing found, declined)
     */
    public record Asked(String text, boolean answerable, List<Citation> found) {
    }

    private OperatingPointSweep() {
    }

    /**
     * Prints, for each count of covered terms and weak threshold, the answerable questions and the negatives each
     * set's judge declines (verdict {@code NOT_ANSWERED}, or nothing found).
     *
     * @param sets the question sets by name, in the table's column order
     * @param lexicon the assistant's answer lexicon
     * @param fromTerms the counts of covered terms that make a weak answer, one block of rows each
     * @param weakAt the weak thresholds, one row each
     */
    public static void printThresholds(Map<String, List<Asked>> sets, AnswerLexicon lexicon, int[] fromTerms,
                                       double[] weakAt) {
        System.out.println("| weakAt | weakFromTerms | older: answerable declined | older: negatives declined"
                + " | everyday: answerable declined | everyday: negatives declined |");
        for (int n : fromTerms) {
            for (double w : weakAt) {
                AnswerabilityJudge judge = AnswerabilityJudge.builder().lexicon(lexicon).weakAt(w).weakFromTerms(n)
                        .build();
                StringBuilder row = new StringBuilder(String.format("| %.2f | %d |", w, n));
                for (List<Asked> set : sets.values()) {
                    int a = 0, ad = 0, neg = 0, nd = 0;
                    for (Asked q : set) {
                        boolean declined = q.found().isEmpty()
                                || judge.judge(q.text(), q.found()).verdict() == Answerability.Verdict.NOT_ANSWERED;
                        if (q.answerable()) {
                            a++;
                            ad += declined ? 1 : 0;
                        } else {
                            neg++;
                            nd += declined ? 1 : 0;
                        }
                    }
                    row.append(String.format(" %d/%d | %d/%d |", ad, a, nd, neg));
                    assertThat(a + neg).isEqualTo(set.size());
                }
                System.out.println(row);
            }
        }
    }
}
