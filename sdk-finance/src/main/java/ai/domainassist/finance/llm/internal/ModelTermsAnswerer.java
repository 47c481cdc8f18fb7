package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.finance.internal.TermsAnswerer;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Policy-terms Q&A with a model: the clauses are retrieved offline, the model answers from them
 * and cites them by number with a quote; every quote is verified against its clause with sdk-core's
 * {@link GroundingVerifier} and becomes a citation of exactly that span. A citation that does not
 * verify is dropped and flagged {@code UNGROUNDED}; an answer with no verified citation, or a model
 * failure, gives the extractive answer instead ({@link Mode#DEGRADED}). Thread-safe.
 */
public final class ModelTermsAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTermsAnswerer.class);
    private static final GroundingVerifier VERIFIER = GroundingVerifier.standard();
    private final ModelClient client;
    private final TermsAnswerer offline;
    private final Prompts prompts;

    /**
     * The answer's shape.
     *
     * @param answer the answer
     * @param citations the cited clauses with quotes
     */
    public record ModelAnswer(String answer, List<CitedQuote> citations) {
    }

    /**
     * One citation of a model answer.
     *
     * @param clause the clause number (1-based, as numbered in the prompt)
     * @param quote the quoted text
     */
    public record CitedQuote(int clause, String quote) {
    }

    /**
     * @param client the model client
     * @param offline the offline answerer (retrieval and fallback)
     * @param prompts the prompts
     */
    public ModelTermsAnswerer(ModelClient client, TermsAnswerer offline, Prompts prompts) {
        this.client = client;
        this.offline = offline;
        this.prompts = prompts;
    }

    /**
     * Answers a question.
     *
     * @param question the question
     * @param k how many clauses to give the model
     * @param filter the search filter
     * @return the answer with verified citations, or the extractive answer marked degraded
     */
    public Result<TermsAnswer> answer(String question, int k, Filter filter) {
        List<Hit> hits = offline.clauses(question, k, filter);
        if (hits.isEmpty()) {
            return offline.extractive(question, k, filter);
        }
        StringBuilder clauses = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            clauses.append('[').append(i + 1).append("] ").append(hits.get(i).citation().reference()).append('\n')
                    .append(hits.get(i).text()).append("\n\n");
        }
        ChatRequest request = ChatRequest.builder().messages(List.of(Message.user(prompts.render("answer-terms.v1.txt",
                Map.of("clauses", clauses.toString().strip(), "question", question))))).temperature(0.0).build();
        Extraction<ModelAnswer> x;
        try {
            x = client.extract(request, ModelAnswer.class);
        } catch (ModelException e) {
            LOG.warn("terms answer by model failed ({}); answering extractively", e.getClass().getSimpleName());
            return degraded(question, k, filter, List.of(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "answer",
                    "模型调用失败（" + e.getClass().getSimpleName() + "），返回条款原文", List.of())), null);
        }
        List<Citation> verified = new ArrayList<>();
        List<ReviewFlag> flags = new ArrayList<>();
        List<CitedQuote> cited = x.value().citations() == null ? List.of() : x.value().citations();
        for (int i = 0; i < cited.size(); i++) {
            CitedQuote c = cited.get(i);
            String field = "citations[" + i + "]";
            if (c.clause() < 1 || c.clause() > hits.size()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, field, "模型引用了不存在的条款编号 "
                        + c.clause(), List.of()));
                continue;
            }
            Hit h = hits.get(c.clause() - 1);
            Optional<Evidence> ev = c.quote() == null || c.quote().isBlank() ? Optional.empty()
                    : VERIFIER.locate(c.quote(), List.of(new Source(h.documentId(), h.text())));
            if (ev.isEmpty()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, field, "模型引文在条款[" + c.clause()
                        + "]中找不到，已删除", List.of(h.citation().toEvidence())));
                continue;
            }
            Citation whole = h.citation();
            verified.add(new Citation(whole.documentId(), whole.title(), whole.documentNumber(), whole.headingPath(),
                    whole.start() + ev.get().start(), whole.start() + ev.get().end(), ev.get().quote()));
        }
        String answer = x.value().answer() == null ? "" : x.value().answer().strip();
        if (verified.isEmpty() || answer.isEmpty()) {
            flags.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "answer",
                    "模型回答没有可核实的条款引用，改为返回条款原文", List.of()));
            return degraded(question, k, filter, flags, x);
        }
        return new Result<>(new TermsAnswer(question, answer, verified, false), flags, Mode.HYBRID, x.usage(), null);
    }

    private Result<TermsAnswer> degraded(String question, int k, Filter filter, List<ReviewFlag> flags,
            Extraction<ModelAnswer> x) {
        Result<TermsAnswer> ex = offline.extractive(question, k, filter);
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.addAll(ex.flags());
        return new Result<>(ex.value(), all, Mode.DEGRADED, x == null ? ai.domainassist.core.chat.Usage.ZERO : x.usage(),
                null);
    }
}
