package ai.domainassist.finance.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.Retriever;
import ai.domainassist.retrieval.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Policy-terms Q&A, offline: the clauses that best match the question, the best one returned as the
 * extractive answer, every clause cited. Thread-safe if the retriever is.
 */
public final class TermsAnswerer {
    private final Retriever terms;

    /** @param terms the library of policy clauses */
    public TermsAnswerer(Retriever terms) {
        this.terms = terms;
    }

    /**
     * The best clauses for a question, one per clause span, best first.
     *
     * @param question the question
     * @param k how many
     * @param filter restricts the search (a product, a validity date)
     * @return the hits
     */
    public List<Hit> clauses(String question, int k, Filter filter) {
        List<Hit> hits = terms.search(SearchRequest.of(question, k).withFilter(filter));
        List<Hit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Hit h : hits) {
            if (seen.add(h.documentId() + "#" + h.chunkIndex())) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Answers extractively.
     *
     * @param question the question
     * @param k how many clauses to cite
     * @param filter the search filter
     * @return the answer; flagged MISSING when no clause matches
     */
    public Result<TermsAnswer> extractive(String question, int k, Filter filter) {
        List<Hit> hits = clauses(question, k, filter);
        List<Citation> citations = hits.stream().map(Hit::citation).toList();
        if (hits.isEmpty()) {
            return Result.offline(new TermsAnswer(question, "", List.of(), true),
                    List.of(ReviewFlag.of(ReviewFlag.Kind.MISSING, "citations", "条款库中没有与问题相关的条款")));
        }
        return Result.offline(new TermsAnswer(question, hits.get(0).text(), citations, true), List.of());
    }
}
