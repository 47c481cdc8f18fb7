package ai.domainassist.gov.internal;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.llm.ModelAnswerer;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.answer.Answerability;
import ai.domainassist.retrieval.answer.Answerability.Verdict;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PolicyAssistant.ask}: the clauses in force that answer a question, or the honest "the library has
 * nothing on this". The five best clauses (searched with the question and the synonyms of its words) are
 * judged by {@link AnswerWords#JUDGE}; the best-covering clause comes first among the three cited. Offline:
 * not answered gives {@code NO_ANSWER} and no clause; weakly answered the clauses with {@code LOW_CONFIDENCE}.
 * With a model, its answer is used only when its citations verify, each of its sentences follows from the
 * clauses it cites, and it says the clauses answer the question; where the words of the question are not in
 * the clauses, the model's judgement counts only when its supported answer bridges them, or when the clauses are on
 * the question's subject ({@link AnswerabilityJudge#MODEL_JUDGED_FROM}), flagged {@code LOW_CONFIDENCE}. Thread-safe.
 */
public final class PolicyAnswering {
    /** The clauses judged for a question. */
    static final int SEARCHED = 5;
    /** The clauses an answer cites (and the model is given). */
    static final int CITED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PolicyAnswering.class);
    private static final String NONE = "政策库中未找到能回答该问题的现行有效规定。";
    private final PolicyLibrary library;
    private final ModelClient model;

    /**
     * @param library the policy library
     * @param model the model, or {@code null} for the offline answer
     */
    public PolicyAnswering(PolicyLibrary library, ModelClient model) {
        this.library = library;
        this.model = model;
    }

    /**
     * Answers a question.
     *
     * @param question the question
     * @return the answer with its flags
     */
    public Result<PolicyAnswer> ask(String question) {
        List<PolicyHit> found = library.inForce(AnswerWords.JUDGE.expand(question), SEARCHED);
        Answerability judged = AnswerWords.JUDGE.judge(question, citations(found));
        List<PolicyHit> hits = cited(found, judged);
        if (hits.isEmpty() || judged.verdict() == Verdict.NOT_ANSWERED && model == null) {
            return noAnswer(question, found, judged, List.of(), Mode.OFFLINE, Usage.ZERO);
        }
        PolicyAnswer extractive = extractive(question, hits);
        List<ReviewFlag> flags = new ArrayList<>();
        if (judged.verdict() == Verdict.WEAK) {
            flags.add(weak(judged, hits));
        }
        if (model == null) {
            return Result.offline(extractive, flags);
        }
        ModelAnswerer.Outcome o;
        try {
            o = new ModelAnswerer(model).answer(question, hits);
        } catch (ModelException e) {
            String why = "模型回答失败（" + e.getClass().getSimpleName() + "）";
            if (judged.verdict() == Verdict.NOT_ANSWERED) {
                return noAnswer(question, found, judged, List.of(degradedFlag(why + "，检索到的条款不能回答该问题")), Mode.DEGRADED,
                        Usage.ZERO);
            }
            return degraded(extractive, flags, why + "，返回摘录式回答", Usage.ZERO);
        }
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.addAll(o.flags());
        if (o.answer().isPresent()) {
            PolicyAnswer answer = o.answer().get();
            if (judged.verdict() != Verdict.NOT_ANSWERED) {
                return new Result<>(answer, all, Mode.HYBRID, o.usage(), null);
            }
            List<Citation> bridge = new ArrayList<>(citations(hits));
            bridge.add(new Citation("answer", "", "", List.of(), 0, answer.answer().length(), answer.answer()));
            if (AnswerWords.JUDGE.judge(question, bridge).verdict() != Verdict.NOT_ANSWERED
                    || judged.coverage() >= AnswerabilityJudge.MODEL_JUDGED_FROM) {
                // the answer puts the question in the clauses' words, or the clauses are on its subject and the model,
                // whose every sentence they support, reads them as answering it (in words they do not use)
                all.add(new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer",
                        "问题的用词不在检索到的条款中，回答依据模型对条款的理解，请核对", evidence(hits)));
                return new Result<>(answer, all, Mode.HYBRID, o.usage(), null);
            }
            return noAnswer(question, found, judged, all, Mode.HYBRID, o.usage());
        }
        if (!o.answerable()) {
            if (judged.verdict() == Verdict.ANSWERED) {
                all.add(new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer",
                        "模型认为检索到的条款不能回答该问题，请核对摘录的条款", evidence(hits)));
                return new Result<>(extractive, all, Mode.HYBRID, o.usage(), null);
            }
            return noAnswer(question, found, judged, all, Mode.HYBRID, o.usage());
        }
        if (judged.verdict() == Verdict.NOT_ANSWERED) {
            all.add(degradedFlag("模型回答未通过引用或依据核验，检索到的条款不能回答该问题"));
            return noAnswer(question, found, judged, all, Mode.DEGRADED, o.usage());
        }
        return degraded(extractive, all, "模型回答未通过引用或依据核验，返回摘录式回答", o.usage());
    }

    /** The best-covering clause first, then the others in rank order, at most {@link #CITED}. */
    private static List<PolicyHit> cited(List<PolicyHit> found, Answerability judged) {
        List<PolicyHit> out = new ArrayList<>();
        if (judged.clause() >= 0 && judged.clause() < found.size()) {
            out.add(found.get(judged.clause()));
        }
        for (PolicyHit h : found) {
            if (out.size() == CITED) {
                break;
            }
            if (!out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    private static PolicyAnswer extractive(String question, List<PolicyHit> hits) {
        StringBuilder sb = new StringBuilder();
        List<Citation> cites = new ArrayList<>();
        for (PolicyHit h : hits) {
            Citation c = h.citation();
            cites.add(c);
            sb.append("根据").append(c.reference()).append("：").append(c.quote().strip()).append('\n');
        }
        return new PolicyAnswer(question, sb.toString().strip(), cites);
    }

    private static Result<PolicyAnswer> noAnswer(String question, List<PolicyHit> found, Answerability judged,
            List<ReviewFlag> flags, Mode mode, Usage usage) {
        String detail = judged.missing().isEmpty() ? "" : "（问题中的“" + String.join("、", judged.missing())
                + "”在" + (found.isEmpty() ? "政策库中" : "检索到的条款中") + "没有出现）";
        String message = found.isEmpty() ? "政策库中没有与问题相关的现行有效条款" + detail
                : "政策库中没有回答该问题的现行有效条款" + detail + "；最接近的条款列为依据，请勿作为答复";
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.add(ReviewFlag.of(ReviewFlag.Kind.NO_ANSWER, "answer", message, evidence(found)));
        return new Result<>(new PolicyAnswer(question, NONE, List.of()), all, mode, usage, null);
    }

    private static ReviewFlag weak(Answerability judged, List<PolicyHit> hits) {
        return new ReviewFlag(ReviewFlag.Kind.LOW_CONFIDENCE, Severity.WARNING, "answer", "检索到的条款只部分覆盖问题"
                + (judged.missing().isEmpty() ? "" : "（未出现：" + String.join("、", judged.missing()) + "）")
                + "，请核对后答复", evidence(hits.subList(0, 1)));
    }

    private static ReviewFlag degradedFlag(String why) {
        LOG.warn("gov: model answer rejected or failed: {}", why);
        return new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "", why, List.of());
    }

    private static Result<PolicyAnswer> degraded(PolicyAnswer extractive, List<ReviewFlag> flags, String why, Usage usage) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.add(degradedFlag(why));
        return new Result<>(extractive, all, Mode.DEGRADED, usage, null);
    }

    private static List<Citation> citations(List<PolicyHit> hits) {
        return hits.stream().map(PolicyHit::citation).toList();
    }

    private static List<Evidence> evidence(List<PolicyHit> hits) {
        return hits.stream().map(h -> h.citation().toEvidence()).toList();
    }
}
