package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.finance.internal.TermsAnswerer;
import ai.domainassist.finance.internal.TermsWords;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.answer.Answerability.Verdict;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
import ai.domainassist.retrieval.answer.SentenceSupport;
import ai.domainassist.retrieval.answer.SupportReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Policy-terms Q&amp;A with a model: the clauses are retrieved and judged offline ({@link TermsAnswerer}), the
 * model answers from them, says whether they answer the question, and cites them by number with a quote.
 * Every quote is verified against its clause with sdk-core's {@link GroundingVerifier} and becomes a citation
 * of exactly that span (a citation that does not verify is dropped and flagged {@code UNGROUNDED}); every
 * sentence of the answer must follow from the clauses it cites ({@link TermsWords#SUPPORT}), else it is
 * flagged {@code UNGROUNDED}. The answer is used when it has a verified citation, every sentence is supported
 * and the model says the clauses answer the question; where the question's words are not in the clauses, only
 * when the answer bridges them or the clauses are on the question's subject
 * ({@link AnswerabilityJudge#MODEL_JUDGED_FROM}), flagged {@code LOW_CONFIDENCE}. Otherwise the offline answer stands ({@link Mode#DEGRADED}), or
 * {@code NO_ANSWER} where the clauses do not answer the question. A question asked without a product that
 * several products answer, or that is not answered offline but several products' clauses cover alike, is not sent to
 * the model: the candidates are returned. Thread-safe.
 */
public final class ModelTermsAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTermsAnswerer.class);
    private static final GroundingVerifier VERIFIER = GroundingVerifier.standard();
    private static final String NOT_FOUND = "条款未规定";
    private final ModelClient client;
    private final TermsAnswerer offline;
    private final Prompts prompts;

    /**
     * The answer's shape.
     *
     * @param answerable whether the model says the clauses answer the question ({@code null} when it did not say)
     * @param answer the answer
     * @param citations the cited clauses with quotes
     */
    public record ModelAnswer(Boolean answerable, String answer, List<CitedQuote> citations) {
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
     * @param productGiven whether the filter names the product
     * @return the model's answer with verified citations; the offline answer marked degraded; no answer; or the
     *     candidate products
     */
    public Result<TermsAnswer> answer(String question, int k, Filter filter, boolean productGiven) {
        TermsAnswerer.Found f = offline.find(question, k, filter, productGiven);
        if (f.cited().isEmpty() || !f.candidates().isEmpty()) {
            return offline.extractive(question, f, List.of());
        }
        List<Hit> hits = f.cited();
        StringBuilder clauses = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            clauses.append('[').append(i + 1).append("] ").append(hits.get(i).citation().reference()).append('\n')
                    .append(hits.get(i).text()).append("\n\n");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("clauses", clauses.toString().strip());
        values.put("question", question);
        ChatRequest request = ChatRequest.builder().messages(List.of(Message.user(prompts.render("answer-terms.v2.txt",
                values)))).temperature(0.0).build();
        Extraction<ModelAnswer> x;
        try {
            x = client.extract(request, ModelAnswer.class);
        } catch (ModelException e) {
            LOG.warn("terms answer by model failed ({}); answering offline", e.getClass().getSimpleName());
            return degraded(question, f, List.of(), "模型调用失败（" + e.getClass().getSimpleName() + "）", Usage.ZERO);
        }
        List<ReviewFlag> flags = new ArrayList<>();
        Set<Integer> cited = new TreeSet<>();
        List<Citation> verified = verify(x.value().citations(), hits, flags, cited);
        String answer = x.value().answer() == null ? "" : x.value().answer().strip();
        boolean answerable = !Boolean.FALSE.equals(x.value().answerable()) && !answer.contains(NOT_FOUND);
        Verdict lexical = f.judged().verdict();
        if (!answerable) {
            if (lexical == Verdict.ANSWERED) {
                Result<TermsAnswer> ex = offline.extractive(question, f, flags);
                List<ReviewFlag> all = new ArrayList<>(ex.flags());
                all.add(new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer",
                        "模型认为检索到的条款不能回答该问题，请核对摘录的条款", List.of(hits.get(0).citation().toEvidence())));
                return new Result<>(ex.value(), all, Mode.HYBRID, x.usage(), null);
            }
            return noAnswer(question, f, flags, Mode.HYBRID, x.usage());
        }
        if (verified.isEmpty() || answer.isEmpty()) {
            return rejected(question, f, flags, "模型回答没有可核实的条款引用", x.usage());
        }
        List<String> citedClauses = new ArrayList<>();
        for (int i : cited) {
            citedClauses.add(hits.get(i).citation().title() + "\n" + hits.get(i).text());
        }
        SupportReport support = TermsWords.SUPPORT.check(answer, citedClauses);
        if (!support.supported()) {
            for (SentenceSupport s : support.unsupported()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "answer[" + s.start() + ":" + s.end() + "]",
                        "模型回答中的“" + s.text() + "”不能由所引条款得出：" + s.reason(), List.of()));
            }
            return rejected(question, f, flags, "模型回答与所引条款不符", x.usage());
        }
        TermsAnswer accepted = new TermsAnswer(question, answer, verified, false);
        if (lexical == Verdict.ANSWERED) {
            return new Result<>(accepted, flags, Mode.HYBRID, x.usage(), null);
        }
        if (lexical == Verdict.NOT_ANSWERED && f.judged().coverage() < AnswerabilityJudge.MODEL_JUDGED_FROM
                && !bridges(question, hits, answer)) {
            return noAnswer(question, f, flags, Mode.HYBRID, x.usage());
        }
        flags.add(new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer", lexical == Verdict.WEAK
                ? "检索到的条款只部分覆盖问题，回答依据模型对条款的理解，请核对"
                : "问题的用词不在检索到的条款中，回答依据模型对条款的理解，请核对", List.of(hits.get(0).citation().toEvidence())));
        return new Result<>(accepted, flags, Mode.HYBRID, x.usage(), null);
    }

    /** Whether the clauses with the (supported) answer cover the question: the answer puts it in their words. */
    private static boolean bridges(String question, List<Hit> hits, String answer) {
        List<Citation> bridge = new ArrayList<>(hits.stream().map(Hit::citation).toList());
        bridge.add(new Citation("answer", "", "", List.of(), 0, answer.length(), answer));
        return TermsWords.JUDGE.judge(question, bridge).verdict() != Verdict.NOT_ANSWERED;
    }

    private static List<Citation> verify(List<CitedQuote> quotes, List<Hit> hits, List<ReviewFlag> flags, Set<Integer> cited) {
        List<Citation> verified = new ArrayList<>();
        List<CitedQuote> all = quotes == null ? List.of() : quotes;
        for (int i = 0; i < all.size(); i++) {
            CitedQuote c = all.get(i);
            String field = "citations[" + i + "]";
            if (c == null || c.clause() < 1 || c.clause() > hits.size()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, field, "模型引用了不存在的条款编号 "
                        + (c == null ? "" : c.clause()), List.of()));
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
            cited.add(c.clause() - 1);
        }
        return verified;
    }

    /** The model's answer was not used: the offline answer (or no answer, where the clauses do not answer). */
    private Result<TermsAnswer> rejected(String question, TermsAnswerer.Found f, List<ReviewFlag> flags, String why,
            Usage usage) {
        if (f.judged().verdict() == Verdict.NOT_ANSWERED) {
            List<ReviewFlag> all = new ArrayList<>(flags);
            all.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "answer", why + "，检索到的条款不能回答该问题",
                    List.of()));
            return noAnswer(question, f, all, Mode.DEGRADED, usage);
        }
        return degraded(question, f, flags, why, usage);
    }

    private Result<TermsAnswer> degraded(String question, TermsAnswerer.Found f, List<ReviewFlag> flags, String why,
            Usage usage) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "answer", why + "，改为返回条款原文", List.of()));
        Result<TermsAnswer> ex = offline.extractive(question, f, all);
        return new Result<>(ex.value(), ex.flags(), Mode.DEGRADED, usage, null);
    }

    private Result<TermsAnswer> noAnswer(String question, TermsAnswerer.Found f, List<ReviewFlag> flags, Mode mode,
            Usage usage) {
        Result<TermsAnswer> none = offline.noAnswer(question, f, flags);
        return new Result<>(none.value(), none.flags(), mode, usage, null);
    }
}
