package ai.domainassist.finance.model;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a question about policy terms, with the clauses it rests on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param question the question
 * @param answer the answer: the model's, every citation of it verified, or (extractive) the best clause itself
 * @param citations the clauses cited, best first; each quote is the clause text as it stands in the library
 * @param extractive whether the answer is the best clause itself (offline) rather than a model's wording
 */
public record TermsAnswer(String question, String answer, List<Citation> citations, boolean extractive) {

    /**
     * Checks and normalises the components.
     *
     * @param question the question
     * @param answer the answer: the model's, every citation of it verified, or (extractive) the best clause itself
     * @param citations the clauses cited, best first; each quote is the clause text as it stands in the library
     * @param extractive whether the answer is the best clause itself (offline) rather than a model's wording
     * @throws NullPointerException if a component is {@code null}
     */
    public TermsAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    }
}
