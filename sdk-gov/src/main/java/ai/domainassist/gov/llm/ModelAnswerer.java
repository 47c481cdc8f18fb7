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
import ai.domainassist.gov.llm.internal.Answers;
import ai.domainassist.gov.llm.internal.Prompts;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The model writes an answer from the clauses the library found; every citation must name one of
 * those clauses and quote it exactly (checked by the core {@link GroundingVerifier}). An answer
 * with no verified citation is not accepted.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelAnswerer {
    private static final String TEMPLATE = Prompts.load("answer-v1.txt");
    private final ModelClient model;

    /**
     * What the model answered, after the checks.
     *
     * @param answer the answer with its verified citations, or empty when it was not accepted
     * @param flags the failed citations and the reason for a rejection
     * @param usage the tokens spent
     */
    public record Outcome(Optional<PolicyAnswer> answer, List<ReviewFlag> flags, Usage usage) {
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
        Extraction<Answers.PolicyQa> x = model.extract(ChatRequest.builder()
                .user(Prompts.fill(TEMPLATE, Map.of("question", question, "clauses", clauses.toString())))
                .task("gov.ask").build(), Answers.PolicyQa.class);
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
        for (int k = 0; k < r.checks().size(); k++) {
            ClaimCheck c = r.checks().get(k);
            if (c.grounded()) {
                Citation whole = hits.get(clauseOf.get(k)).citation();
                int off = whole.start() + c.evidence().start();
                verified.add(new Citation(whole.documentId(), whole.title(), whole.documentNumber(), whole.headingPath(), off,
                        off + c.evidence().length(), c.evidence().quote()));
            }
        }
        String answer = x.value().answer() == null ? "" : x.value().answer().strip();
        if (verified.isEmpty() || !ModelDrafter.isChineseProse(answer)) {
            flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "answer",
                    "模型的回答没有经核实的政策依据，未采用", List.of()));
            return new Outcome(Optional.empty(), flags, x.usage());
        }
        return new Outcome(Optional.of(new PolicyAnswer(question, answer, verified)), flags, x.usage());
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
