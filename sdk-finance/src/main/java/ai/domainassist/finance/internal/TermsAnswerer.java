package ai.domainassist.finance.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.finance.model.ProductCandidate;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.Retriever;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.answer.Answerability;
import ai.domainassist.retrieval.answer.Answerability.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policy-terms Q&amp;A, offline: the clauses that best match the question (searched with the question and the
 * synonyms of its words), judged by {@link TermsWords#JUDGE}. Not answered: {@code NO_ANSWER} and no clause;
 * weakly answered: the clauses with {@code LOW_CONFIDENCE}; answered as fully by the clauses of several
 * products when no product was given: the candidate products, no answer; otherwise the best-covering clause itself as the
 * answer, every clause cited. Not answered without a product, but about equally covered in part by the clauses of several
 * products ({@code DECLINED_CANDIDATE_TERMS}, {@code DECLINED_CANDIDATE_COVERAGE}, {@code ABOUT_EQUALLY}): {@code NO_ANSWER}
 * and the candidate products. Thread-safe if the retriever is.
 */
public final class TermsAnswerer {
    /** The tag prefix that names a clause's product in the terms library. */
    public static final String PRODUCT_TAG = "product:";
    /** The clauses judged for a question. */
    static final int SEARCHED = 5;
    /**
     * A question the clauses do not answer without a product still gets its candidate products when the best clause
     * covers at least this many of its key terms (issue 17 round 7, docs/finance-answers-evaluation.md: a policy
     * holder's question in everyday words is declined because the clauses lack its everyday words, though they have
     * several of its insurance words; with three, unanswerable and off-topic questions that name one or two insurance
     * things got candidates as often as ambiguous ones).
     */
    static final int DECLINED_CANDIDATE_TERMS = 4;
    /** ... and at least this share of the question (half the model's reading threshold, 0.3; 0.1 to 0.2 measured alike). */
    static final double DECLINED_CANDIDATE_COVERAGE = 0.15;
    /**
     * Declined without a product, the products whose best clause's coverage is within this of the best clause's cover the
     * question about equally: less than one light word's share of a question of a dozen key terms (0.25 of about 12).
     */
    static final double ABOUT_EQUALLY = 0.02;
    private final Retriever terms;

    /** @param terms the library of policy clauses */
    public TermsAnswerer(Retriever terms) {
        this.terms = terms;
    }

    /**
     * What the search found for a question.
     *
     * @param cited the clauses to cite, in the retriever's order, at most k
     * @param judged the verdict on the best {@value #SEARCHED}
     * @param candidates the products whose clauses answer it, when there are several and no product was given; or, when
     *     the clauses do not answer it without a product, the products whose clauses cover it about equally in part
     * @param searched the clauses judged
     */
    public record Found(List<Hit> cited, Answerability judged, List<ProductCandidate> candidates, List<Hit> searched) {
    }

    /**
     * Searches and judges.
     *
     * @param question the question
     * @param k how many clauses to cite
     * @param filter restricts the search (a product, a validity date)
     * @param productGiven whether the filter names the product (no candidates are sought then)
     * @return what was found
     */
    public Found find(String question, int k, Filter filter, boolean productGiven) {
        List<Hit> hits = clauses(TermsWords.JUDGE.expand(question), Math.max(k, SEARCHED), filter);
        List<Hit> searched = hits.subList(0, Math.min(SEARCHED, hits.size()));
        Answerability judged = TermsWords.JUDGE.judge(question, searched.stream().map(Hit::citation).toList());
        List<Hit> cited = List.copyOf(hits.subList(0, Math.min(k, hits.size())));
        List<ProductCandidate> candidates = productGiven ? List.of()
                : judged.verdict() != Verdict.NOT_ANSWERED ? candidates(searched, judged, 0)
                : judged.coverage() >= DECLINED_CANDIDATE_COVERAGE
                        && judged.terms().size() - judged.missing().size() >= DECLINED_CANDIDATE_TERMS
                        ? candidates(searched, judged, ABOUT_EQUALLY) : List.of();
        return new Found(cited, judged, candidates, searched);
    }

    /**
     * The products whose clauses cover the question as fully as the best clause does (within a margin), if more than
     * one. Answered or weakly answered, no margin (chosen on the development questions: admitting clauses a little below
     * the best made more specific questions ambiguous without finding more of the ambiguous ones); not answered,
     * {@code ABOUT_EQUALLY}.
     */
    private static List<ProductCandidate> candidates(List<Hit> searched, Answerability judged, double margin) {
        double floor = judged.coverage() - margin - 1e-9;
        Map<String, ProductCandidate> byProduct = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < searched.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(judged.coverages().get(b), judged.coverages().get(a)));
        for (int i : order) {
            if (judged.coverages().get(i) < floor) {
                continue;
            }
            Hit h = searched.get(i);
            byProduct.putIfAbsent(product(h), new ProductCandidate(product(h), h.citation().title(), h.citation()));
        }
        return byProduct.size() > 1 ? List.copyOf(byProduct.values()) : List.of();
    }

    /**
     * @param h a hit
     * @return its product: the value of its {@code product:} tag, else its document's title, else its document id
     */
    static String product(Hit h) {
        for (String t : h.metadata().tags()) {
            if (t.startsWith(PRODUCT_TAG) && t.length() > PRODUCT_TAG.length()) {
                return t.substring(PRODUCT_TAG.length());
            }
        }
        return h.citation().title().isBlank() ? h.documentId() : h.citation().title();
    }

    /**
     * The best clauses for a query, one per clause span, best first.
     *
     * @param query the query
     * @param k how many
     * @param filter restricts the search
     * @return the hits
     */
    public List<Hit> clauses(String query, int k, Filter filter) {
        List<Hit> hits = terms.search(SearchRequest.of(query, Math.min(k, SearchRequest.MAX_TOP_K)).withFilter(filter));
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
     * @param productGiven whether the filter names the product
     * @return the answer with its flags
     */
    public Result<TermsAnswer> extractive(String question, int k, Filter filter, boolean productGiven) {
        return extractive(question, find(question, k, filter, productGiven), List.of());
    }

    /**
     * The offline answer to what was found.
     *
     * @param question the question
     * @param f what was found
     * @param flags flags to keep (a failed model's)
     * @return the answer: no answer, the candidate products, or the best clause with every clause cited
     */
    public Result<TermsAnswer> extractive(String question, Found f, List<ReviewFlag> flags) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        if (f.cited().isEmpty() || f.judged().verdict() == Verdict.NOT_ANSWERED) {
            return noAnswer(question, f, all);
        }
        if (!f.candidates().isEmpty()) {
            return Result.offline(new TermsAnswer(question, "", List.of(), true, f.candidates()), withChoice(all, f));
        }
        if (f.judged().verdict() == Verdict.WEAK) {
            all.add(weak(f));
        }
        return Result.offline(new TermsAnswer(question, f.cited().get(0).text(),
                f.cited().stream().map(Hit::citation).toList(), true), all);
    }

    /**
     * No answer: the terms do not answer the question.
     *
     * @param question the question
     * @param f what was found (its clauses become the evidence of the NO_ANSWER flag)
     * @param flags flags to keep
     * @return an empty answer with the flags and a {@code NO_ANSWER} flag
     */
    public Result<TermsAnswer> noAnswer(String question, Found f, List<ReviewFlag> flags) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        Answerability a = f.judged();
        String detail = a.missing().isEmpty() ? "" : "（问题中的“" + String.join("、", a.missing()) + "”在"
                + (f.searched().isEmpty() ? "条款库中" : "检索到的条款中") + "没有出现）";
        String message = f.searched().isEmpty() ? "条款库中没有与问题相关的条款" + detail
                : "条款中没有回答这个问题的内容" + detail + "；最接近的条款列为依据，请勿作为答复";
        all.add(ReviewFlag.of(ReviewFlag.Kind.NO_ANSWER, "answer", message, evidence(f.cited())));
        if (!f.candidates().isEmpty()) {
            all.add(choice(f, "个产品的条款都涉及这个问题，但未指定产品时没有找到答复；请先确定客户的保单或产品再问："));
        }
        return Result.offline(new TermsAnswer(question, "", List.of(), true, f.candidates()), all);
    }

    private static List<ReviewFlag> withChoice(List<ReviewFlag> flags, Found f) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.add(choice(f, "个产品的条款都回答这个问题，请先确定客户的保单或产品："));
        return all;
    }

    /** @return the MISSING flag on {@code product} that asks for the customer's product, naming the candidates */
    private static ReviewFlag choice(Found f, String why) {
        List<String> names = f.candidates().stream().map(c -> c.name().isBlank() ? c.product() : c.name()).toList();
        return new ReviewFlag(ReviewFlag.Kind.MISSING, Severity.WARNING, "product", f.candidates().size() + why
                + String.join("；", names), evidence(f.searched()));
    }

    /** @return the LOW_CONFIDENCE flag of a weak verdict */
    static ReviewFlag weak(Found f) {
        Answerability a = f.judged();
        return new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer", "检索到的条款只部分覆盖问题"
                + (a.missing().isEmpty() ? "" : "（未出现：" + String.join("、", a.missing()) + "）") + "，请核对后答复",
                List.of(f.cited().get(0).citation().toEvidence()));
    }

    static List<Evidence> evidence(List<Hit> hits) {
        return hits.stream().map(h -> h.citation().toEvidence()).toList();
    }

}
