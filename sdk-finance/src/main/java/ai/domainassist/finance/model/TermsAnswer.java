package ai.domainassist.finance.model;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a question about policy terms, with the clauses it rests on; or, when the terms do not answer
 * it, no answer (the result's {@code NO_ANSWER} flag says so); or, when it was asked without a product and
 * several products' terms answer it (or, not answered, are about it alike), the candidate products to choose from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param question the question
 * @param answer the answer: the model's, every citation and sentence of it verified, or (extractive) the best
 *     clause itself; empty when there is no answer or the product must be chosen first
 * @param citations the clauses cited, best first; each quote is the clause text as it stands in the library
 * @param extractive whether the answer is the best clause itself (offline) rather than a model's wording
 * @param candidates the products whose terms answer the question, when it was asked without one and they
 *     are several; or, asked without one and not answered (the result's {@code NO_ANSWER} flag), the products
 *     whose clauses cover several of its words about equally, so that the customer's product can be asked for;
 *     empty otherwise
 */
public record TermsAnswer(String question, String answer, List<Citation> citations, boolean extractive,
        List<ProductCandidate> candidates) {

    /**
     * Checks and normalises the components.
     *
     * @param question the question
     * @param answer the answer, possibly empty
     * @param citations the clauses cited, best first
     * @param extractive whether the answer is the best clause itself
     * @param candidates the products to choose from, possibly empty
     * @throws NullPointerException if a component is {@code null}
     */
    public TermsAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }

    /**
     * An answer with no candidate products (the form before products were chosen).
     *
     * @param question the question
     * @param answer the answer
     * @param citations the clauses cited, best first
     * @param extractive whether the answer is the best clause itself
     * @throws NullPointerException if a component is {@code null}
     */
    public TermsAnswer(String question, String answer, List<Citation> citations, boolean extractive) {
        this(question, answer, citations, extractive, List.of());
    }

    /** @return whether the question must be asked again with one of the {@link #candidates()} */
    public boolean needsProduct() {
        return !candidates.isEmpty();
    }
}
