package ai.domainassist.gov.llm;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Claim;
import ai.domainassist.core.grounding.ClaimCheck;
import ai.domainassist.core.grounding.GroundingReport;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.gov.internal.AnswerWords;
import ai.domainassist.gov.llm.internal.Answers;
import ai.domainassist.gov.llm.internal.Prompts;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.retrieval.answer.AnswerSupport;
import ai.domainassist.retrieval.answer.SentenceSupport;
import ai.domainassist.retrieval.answer.SupportReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model writes an answer from the clauses the library found and says whether they answer the
 * question; every citation must name one of those clauses and quote it exactly (checked by the core
 * {@link GroundingVerifier}), and every sentence of the answer must follow from the clauses it cites
 * (sdk-retrieval's {@link AnswerSupport}: its key terms, numbers, and what it obliges, permits, forbids or
 * negates agree with them). An answer with no verified citation, or with a sentence the cited clauses do
 * not support, is not accepted; neither is one the model itself says the clauses do not give. Text of the
 * question is never a source: a clause written into the question and cited back does not verify.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelAnswerer {
    /** What the prompt tells the model to answer when the clauses do not answer the question. */
    static final String NOT_FOUND = "政策库中未找到相关规定";
    private static final String TEMPLATE = Prompts.load("answer-v2.txt");
    private final ModelClient model;

    /**
     * What the model answered, after the checks.
     *
     * @param answer the answer with its verified citations, or empty when it was not accepted
     * @param flags the failed citations, the unsupported sentences and the reason for a rejection
     * @param usage the tokens spent
     * @param answerable whether the model said the clauses answer the question
     */
    public record Outcome(Optional<PolicyAnswer> answer, List<ReviewFlag> flags, Usage usage, boolean answerable) {

        /**
         * Checks the components.
         *
         * @param answer the answer with its verified citations, or empty when it was not accepted
         * @param flags the failed citations, the unsupported sentences and the reason for a rejection
         * @param usage the tokens spent
         * @param answerable whether the model said the clauses answer the question
         * @throws NullPointerException if a component is {@code null}
         */
        public Outcome {
            Objects.requireNonNull(answer, "answer");
            flags = List.copyOf(flags);
            Objects.requireNonNull(usage, "usage");
        }

        /**
         * An outcome of the first version, before the model judged answerability: answerable when it
         * answered.
         *
         * @param answer the answer, or empty
         * @param flags the flags
         * @param usage the tokens spent
         */
        public Outcome(Optional<PolicyAnswer> answer, List<ReviewFlag> flags, Usage usage) {
            this(answer, flags, usage, answer.isPresent());
        }
    }

    /**
     * @param model the model
     */
    public ModelAnswerer(ModelClient model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Asks the model.
     *
     * @param question the question
     * @param hits the clauses in force the library found (numbered C1, C2 … in the prompt)
     * @return the outcome
     * @throws ai.domainassist.core.ModelException if the model call fails
     * @throws ai.domainassist.core.StructuredOutputException if no valid answer came back (a ModelException)
     */
    public Outcome answer(String question, List<PolicyHit> hits) {
        StringBuilder clauses = new StringBuilder();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Citation c = hits.get(i).citation();
            clauses.append("[C").append(i + 1).append("] ").append(c.reference()).append("：").append(c.quote().strip())
                    .append('\n');
            sources.add(new Source("C" + (i + 1), c.quote()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("clauses", clauses.toString());
        values.put("question", question);
        Extraction<Answers.PolicyQa> x = model.extract(ChatRequest.builder()
                .user(Prompts.fill(TEMPLATE, values)).task("gov.ask").build(), Answers.PolicyQa.class);
        List<ReviewFlag> flags = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Answers.Quote> quotes = x.value().citations() == null ? List.of() : x.value().citations();
        List<Integer> clauseOf = new ArrayList<>();
        for (int j = 0; j < quotes.size(); j++) {
            Answers.Quote q = quotes.get(j);
            String id = q.sourceId() == null ? "" : q.sourceId().replaceAll("[\\[\\]【】\\s]", "").toUpperCase(java.util.Locale.ROOT);
            int n = id.startsWith("C") ? parse(id.substring(1)) : -1;
            if (n < 1 || n > hits.size()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "citations[" + j + "]",
                        "引用的条款“" + id + "”不是检索到的政策条款，引用已删除", List.of()));
                continue;
            }
            claims.add(new Claim("citations[" + j + "]", q.quote() == null ? "" : q.quote(), id));
            clauseOf.add(n - 1);
        }
        GroundingReport r = GroundingVerifier.standard().verify(sources, claims);
        flags.addAll(r.flags());
        List<Citation> verified = new ArrayList<>();
        Set<Integer> cited = new TreeSet<>();
        for (int k = 0; k < r.checks().size(); k++) {
            ClaimCheck c = r.checks().get(k);
            if (c.grounded()) {
                Citation whole = hits.get(clauseOf.get(k)).citation();
                int off = whole.start() + c.evidence().start();
                verified.add(new Citation(whole.documentId(), whole.title(), whole.documentNumber(), whole.headingPath(), off,
                        off + c.evidence().length(), c.evidence().quote()));
                cited.add(clauseOf.get(k));
            }
        }
        String answer = x.value().answer() == null ? "" : x.value().answer().strip();
        boolean answerable = !Boolean.FALSE.equals(x.value().answerable()) && !answer.contains(NOT_FOUND);
        if (!answerable) {
            return new Outcome(Optional.empty(), flags, x.usage(), false);
        }
        if (verified.isEmpty() || !ModelDrafter.isChineseProse(answer)) {
            flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "answer",
                    "模型的回答没有经核实的政策依据，未采用", List.of()));
            return new Outcome(Optional.empty(), flags, x.usage(), true);
        }
        List<String> citedClauses = new ArrayList<>();
        for (int i : cited) {
            Citation c = hits.get(i).citation();
            citedClauses.add(c.title() + "\n" + c.quote());
        }
        SupportReport support = AnswerWords.SUPPORT.check(answer, citedClauses);
        if (!support.supported()) {
            for (SentenceSupport s : support.unsupported()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "answer[" + s.start() + ":" + s.end() + "]",
                        "模型回答中的“" + s.text() + "”不能由所引条款得出：" + s.reason(), List.of()));
            }
            flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "answer",
                    "模型的回答与所引条款不符，未采用", List.of()));
            return new Outcome(Optional.empty(), flags, x.usage(), true);
        }
        return new Outcome(Optional.of(new PolicyAnswer(question, answer, verified)), flags, x.usage(), true);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
