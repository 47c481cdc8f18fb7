package ai.domainassist.gov.model;

import ai.domainassist.retrieval.Citation;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a policy question with its provenance: every statement cites library clauses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param question the question
 * @param answer the answer text; offline, the best clauses quoted; with a model, written text
 * @param citations the clauses the answer rests on, each verified to exist in the library
 */
public record PolicyAnswer(String question, String answer, List<Citation> citations) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public PolicyAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(citations);
    }
}
