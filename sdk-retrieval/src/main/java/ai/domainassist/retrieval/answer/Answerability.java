package ai.domainassist.retrieval.answer;

import java.util.List;
import java.util.Objects;

/**
 * Whether retrieved clauses answer a question, as {@link AnswerabilityJudge} decides it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdict answered, weakly answered, or not answered
 * @param coverage how much of the question's key terms the best clause covers, 0 to 1 (generic words
 *     and single characters count half)
 * @param clause the index of the best clause in the list judged, or -1 when there was none
 * @param terms the question's key terms
 * @param missing the key terms the best clause does not cover
 * @param coverages each judged clause's coverage, in the order given
 */
public record Answerability(Verdict verdict, double coverage, int clause, List<String> terms, List<String> missing,
        List<Double> coverages) {

    /** The verdicts. */
    public enum Verdict {
        /** The clauses answer the question. */
        ANSWERED,
        /** The clauses may answer it: part of the question is not in them. */
        WEAK,
        /** The clauses do not answer it. */
        NOT_ANSWERED
    }

    /**
     * Checks and normalises the components.
     *
     * @param verdict answered, weakly answered, or not answered
     * @param coverage how much of the question's key terms the best clause covers, 0 to 1
     * @param clause the index of the best clause, or -1
     * @param terms the question's key terms
     * @param missing the key terms the best clause does not cover
     * @param coverages each judged clause's coverage, in the order given
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the coverage is outside 0 to 1
     */
    public Answerability {
        Objects.requireNonNull(verdict, "verdict");
        terms = List.copyOf(terms);
        missing = List.copyOf(missing);
        coverages = List.copyOf(coverages);
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage outside 0..1: " + coverage);
        }
    }
}
