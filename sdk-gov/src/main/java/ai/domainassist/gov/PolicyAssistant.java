package ai.domainassist.gov;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.internal.shared.SetOnce;
import ai.domainassist.core.observe.TaskEvents;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.draft.internal.Skeleton;
import ai.domainassist.gov.internal.PolicyAnswering;
import ai.domainassist.gov.llm.ModelDrafter;
import ai.domainassist.gov.llm.ModelProofreader;
import ai.domainassist.gov.model.PolicyPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.gov.check.NormativeChecker;
import ai.domainassist.gov.compare.PolicyComparator;
import ai.domainassist.gov.draft.DraftBox;
import ai.domainassist.gov.draft.DraftComposer;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyQuery;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyComparison;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.model.ProofreadSuggestion;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.gov.rules.Proofreader;
import ai.domainassist.gov.rules.TextDomain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy drafting assistant: search the policy library, compare policies, draft official
 * documents, check any document against the drafting rules, proofread, and answer questions with
 * provenance.
 *
 * <p>With no model it runs its offline engine (rules, lexicons, the library index) and says so
 * ({@code Mode.OFFLINE}). With a model, drafting, proofreading and Q&amp;A run hybrid: the rules
 * first, the model fills in, the same checks judge both; when the model fails or its output fails
 * the checks, the rules' answer is returned marked {@code Mode.DEGRADED}. Every result carries review flags: findings of the normative check,
 * missing request fields, ungrounded model output.
 *
 * <p>Immutable and thread-safe once built; build one per application and share it.
 */
public final class PolicyAssistant {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyAssistant.class);
    private final ModelClient model;
    private final PolicyLibrary library;
    private final ExpertDictionary dictionary;
    private final NormativeChecker checker;
    private final Proofreader proofreader;
    private final DraftComposer composer;
    private final PolicyComparator comparator = new PolicyComparator();
    private final Path draftBoxDir;
    private DraftBox draftBox; // opened on first use; guarded by this
    private final TaskEvents events;
    private final Builder settings;

    private PolicyAssistant(Builder b) {
        this.settings = b.copy();
        this.events = TaskEvents.of(b.listeners);
        this.model = b.model;
        this.library = b.library;
        this.dictionary = b.dictionary;
        this.proofreader = Proofreader.standard();
        NormativeChecker.Builder cb = NormativeChecker.builder().dictionary(dictionary).proofreader(proofreader);
        if (library != null) {
            cb.references(library);
        }
        this.checker = cb.build();
        this.composer = new DraftComposer(checker);
        this.draftBoxDir = b.draftBoxDir;
    }

    /**
     * A builder holding this assistant's settings (model, library, dictionary, draft box folder,
     * listeners), to build a variant: {@code assistant.toBuilder().model(other).build()}. Each
     * setting may be replaced once on it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /** @return a builder: no model, no library, the shipped expert dictionary */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the model client, when one is configured */
    public Optional<ModelClient> model() {
        return Optional.ofNullable(model);
    }

    /** @return the policy library, when one is configured */
    public Optional<PolicyLibrary> library() {
        return Optional.ofNullable(library);
    }

    /**
     * The draft box, when one is configured; its folder is created on this first call, not when
     * the assistant is built.
     *
     * @return the draft box
     * @throws java.io.UncheckedIOException if the draft box folder cannot be created
     */
    public synchronized Optional<DraftBox> draftBox() {
        if (draftBox == null && draftBoxDir != null) {
            draftBox = DraftBox.open(draftBoxDir);
        }
        return Optional.ofNullable(draftBox);
    }

    /** @return the checker this assistant judges documents with */
    public NormativeChecker checker() {
        return checker;
    }

    /**
     * Searches the policy library: clause-level hits, each with its citation.
     *
     * @param query the query and its filters
     * @return the hits, best first; a {@code MISSING} flag when nothing matched
     * @throws IllegalStateException if no library is configured
     */
    public Result<List<PolicyHit>> search(PolicyQuery query) {
        return events.task("gov.search", () -> searchTask(query));
    }

    private Result<List<PolicyHit>> searchTask(PolicyQuery query) {
        List<PolicyHit> hits = requireLibrary().search(query);
        List<ReviewFlag> flags = hits.isEmpty()
                ? List.of(ReviewFlag.of(ReviewFlag.Kind.MISSING, "", "政策库中未检索到相关条款")) : List.of();
        return Result.offline(hits, flags);
    }

    /**
     * Compares two texts (two policies, or two versions of a draft).
     *
     * @param leftId the old text's id
     * @param left the old text
     * @param rightId the new text's id
     * @param right the new text
     * @return the comparison; changed figures are flagged for review
     */
    public Result<PolicyComparison> compare(String leftId, String left, String rightId, String right) {
        return events.task("gov.compare", () -> compareTask(leftId, left, rightId, right));
    }

    private Result<PolicyComparison> compareTask(String leftId, String left, String rightId, String right) {
        PolicyComparison c = comparator.compare(leftId, left, rightId, right);
        List<ReviewFlag> flags = new ArrayList<>();
        c.figures().forEach(f -> flags.add(new ReviewFlag(ReviewFlag.Kind.CONFLICT, Severity.INFO,
                "figures", f.kind() + ": " + f.before() + " -> " + f.after(), List.of())));
        return Result.offline(c, flags);
    }

    /**
     * Compares two policies of the library.
     *
     * @param leftId the old policy's id
     * @param rightId the new policy's id
     * @return the comparison
     * @throws IllegalStateException if no library is configured
     * @throws IllegalArgumentException if an id is not in the library
     */
    public Result<PolicyComparison> compare(String leftId, String rightId) {
        return events.task("gov.compare", () -> compareStoredTask(leftId, rightId));
    }

    private Result<PolicyComparison> compareStoredTask(String leftId, String rightId) {
        PolicyLibrary lib = requireLibrary();
        OfficialDocument a = lib.document(leftId).orElseThrow(() -> new IllegalArgumentException("unknown policy " + leftId));
        OfficialDocument b = lib.document(rightId).orElseThrow(() -> new IllegalArgumentException("unknown policy " + rightId));
        return compareTask(leftId, a.text(), rightId, b.text());
    }

    /**
     * Drafts a document. Offline: the skeleton of the type (header elements from the request).
     * With a model (hybrid): the skeleton first, then the model writes the body to it citing only
     * library clauses (the request's references and the clauses in force on the subject); the
     * citations are verified, and the normative check judges the result. If the model fails, or
     * its body adds errors the skeleton did not have, or none of its paragraphs passes, the
     * skeleton stands and the result is {@code DEGRADED}.
     *
     * @param request the request
     * @return the draft with the normative check's findings; {@code MISSING} flags for request
     *     fields the draft needed, {@code POLICY} flags for findings of warning or error severity,
     *     {@code UNGROUNDED} flags for citations that failed verification
     */
    public Result<PolicyDraft> draft(DraftRequest request) {
        return events.task("gov.draft", () -> draftTask(request));
    }

    private Result<PolicyDraft> draftTask(DraftRequest request) {
        PolicyDraft skeleton = composer.skeleton(request);
        List<ReviewFlag> flags = new ArrayList<>();
        for (String m : composer.missingFields(request)) {
            flags.add(ReviewFlag.of(ReviewFlag.Kind.MISSING, m, "请求中缺少" + m + "，草稿中以占位符标出"));
        }
        if (model == null) {
            flags.addAll(flags(skeleton.findings(), "draft", skeleton.text()));
            return Result.offline(skeleton, flags);
        }
        ModelDrafter.Outcome o;
        try {
            o = new ModelDrafter(model, library).write(request, Skeleton.of(request), draftSources(request), dictionary);
        } catch (ModelException e) {
            return degraded(skeleton, flags, "模型起草失败（" + e.getClass().getSimpleName() + "），返回离线草稿", Usage.ZERO);
        }
        flags.addAll(o.flags());
        if (o.accepted() == 0) {
            return degraded(skeleton, flags, "模型正文没有通过检查的段落，返回离线草稿", o.usage());
        }
        PolicyDraft hybrid = composer.withBody(request, o.body(), Origin.MODEL, o.citations());
        long before = errors(skeleton.findings());
        long after = errors(hybrid.findings());
        if (after > before) {
            flags.addAll(flags(hybrid.findings(), "model-draft", hybrid.text()));
            return degraded(skeleton, flags, "模型正文未通过规范性检查（错误由" + before + "项增至" + after + "项），返回离线草稿",
                    o.usage());
        }
        flags.addAll(flags(hybrid.findings(), "draft", hybrid.text()));
        return new Result<>(hybrid, flags, Mode.HYBRID, o.usage(), null);
    }

    private List<PolicyPassage> draftSources(DraftRequest request) {
        if (library == null) {
            return List.of();
        }
        List<PolicyPassage> out = new ArrayList<>();
        for (String id : request.references()) {
            library.document(id).ifPresent(d -> library.get(id).ifPresent(r -> d.clauses().stream().limit(8)
                    .forEach(c -> out.add(new PolicyPassage(r, c)))));
        }
        for (PolicyHit h : library.inForce(request.subject(), 5)) {
            out.add(new PolicyPassage(h.policy(), h.clause()));
        }
        return out;
    }

    private static long errors(List<NormativeFinding> fs) {
        return fs.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    private <T> Result<T> degraded(T rulesAnswer, List<ReviewFlag> flags, String why, Usage usage) {
        List<ReviewFlag> all = new ArrayList<>(flags);
        all.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "", why, List.of()));
        if (rulesAnswer instanceof PolicyDraft d) {
            all.addAll(flags(d.findings(), "draft", d.text()));
        }
        LOG.warn("gov: model step rejected or failed, offline answer returned: {}", why);
        return new Result<>(rulesAnswer, all, Mode.DEGRADED, usage, null);
    }

    /**
     * The normative check of any text (a draft, an imported document).
     *
     * @param sourceId the text's id
     * @param text the text
     * @return the report; one flag per finding of warning or error severity
     */
    public Result<NormativeReport> check(String sourceId, String text) {
        return events.task("gov.check", () -> checkTask(sourceId, text));
    }

    private Result<NormativeReport> checkTask(String sourceId, String text) {
        NormativeReport r = checker.check(sourceId, text);
        return Result.offline(r, flags(r.findings(), sourceId, text));
    }

    /**
     * Proofreads a text: suggestions with positions, never applied to the text. The rules suggest what
     * is safe in the text's domain, which the proofreader tells ({@link Proofreader#detect(String)}):
     * official and legal prose get every check, medical and other text only the wrong word forms and
     * the safe context rules. With a model, its suggestions are checked against the same positions (the
     * words must stand there) and added beside the rules' (hybrid); where both propose different
     * corrections at one place, both are kept and a {@code CONFLICT} flag says so.
     *
     * @param text the text
     * @return the suggestions in text order
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public Result<List<ProofreadSuggestion>> proofread(String text) {
        return proofread(text, proofreader.detect(Objects.requireNonNull(text, "text")));
    }

    /**
     * Proofreads a text of a domain the caller knows (a hospital's record is {@link TextDomain#MEDICAL}
     * whatever it reads like), otherwise as {@link #proofread(String)}.
     *
     * @param text the text
     * @param domain what the text is
     * @return the suggestions in text order
     * @throws NullPointerException if an argument is {@code null}
     */
    public Result<List<ProofreadSuggestion>> proofread(String text, TextDomain domain) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(domain, "domain");
        return events.task("gov.proofread", () -> proofreadTask(text, domain));
    }

    private Result<List<ProofreadSuggestion>> proofreadTask(String text, TextDomain domain) {
        List<ProofreadSuggestion> rules = proofreader.check(text, domain);
        if (model == null) {
            return Result.offline(rules, List.of());
        }
        ModelProofreader.Outcome o;
        try {
            o = new ModelProofreader(model).proofread(text);
        } catch (ModelException e) {
            return degraded(rules, List.of(), "模型校对失败（" + e.getClass().getSimpleName() + "），返回规则校对结果", Usage.ZERO);
        }
        List<ReviewFlag> flags = new ArrayList<>(o.flags());
        List<ProofreadSuggestion> all = new ArrayList<>(rules);
        for (ProofreadSuggestion m : o.suggestions()) {
            ProofreadSuggestion same = null;
            for (ProofreadSuggestion r : rules) {
                if (r.start() < m.end() && m.start() < r.end()) {
                    same = r;
                }
            }
            if (same == null) {
                all.add(m);
            } else if (!same.suggestion().equals(m.suggestion())) {
                all.add(m);
                flags.add(new ReviewFlag(ReviewFlag.Kind.CONFLICT, Severity.WARNING, "suggestions", "规则建议“"
                        + same.suggestion() + "”，模型建议“" + m.suggestion() + "”",
                        List.of(new Evidence("text", m.start(), m.end(), m.original()))));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Result<>(all, flags, Mode.HYBRID, o.usage(), null);
    }

    /**
     * Answers a question from the policies in force, with the clauses it rests on, or says that the
     * library does not answer it. The best clauses in force are judged first: when their words do not cover
     * the question's (flood control asked of a library on parking and waste), the result carries a
     * {@code NO_ANSWER} flag and no clause is given as the answer (the flag's evidence shows the nearest
     * ones); when they cover it only in part, a {@code LOW_CONFIDENCE} flag. Offline the answer is
     * extractive: the best clauses quoted with their sources. With a model, the model writes the answer from
     * those clauses and says whether they answer the question; its answer is used only when every citation
     * is verified in the clauses, every sentence follows from the clauses it cites (key terms, numbers, and
     * what it obliges, permits, forbids or negates) and it says they answer the question. Otherwise the
     * extractive answer is returned, {@code DEGRADED}, with an {@code UNGROUNDED} flag per unsupported
     * sentence, or {@code NO_ANSWER} where the clauses do not answer the question either.
     *
     * @param question the question
     * @return the answer; {@code NO_ANSWER} (answer text 政策库中未找到…, no citation) when the library has
     *     nothing that answers the question; {@code LOW_CONFIDENCE} when it answers it only in part
     * @throws IllegalStateException if no library is configured
     * @throws NullPointerException if the question is {@code null}
     */
    public Result<PolicyAnswer> ask(String question) {
        return events.task("gov.ask", () -> askTask(question));
    }

    private Result<PolicyAnswer> askTask(String question) {
        Objects.requireNonNull(question, "question");
        return new PolicyAnswering(requireLibrary(), model).ask(question);
    }

    /**
     * One flag per finding of warning or error severity. Its evidence is the finding's own span
     * in the checked text first (for a missing element, the empty span where it belongs), then
     * the library passages the finding rests on; a reviewer sees where and why.
     */
    private static List<ReviewFlag> flags(List<NormativeFinding> findings, String sourceId, String text) {
        List<ReviewFlag> out = new ArrayList<>();
        for (NormativeFinding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            ReviewFlag.Kind kind = f.ruleId().equals("element.missing") ? ReviewFlag.Kind.MISSING : ReviewFlag.Kind.POLICY;
            List<Evidence> ev = new ArrayList<>();
            int start = Math.min(f.start(), text.length());
            int end = Math.min(Math.max(f.end(), start), text.length());
            ev.add(Evidence.of(sourceId, text, start, end));
            ev.addAll(f.sources());
            out.add(new ReviewFlag(kind, f.severity(), f.ruleId(), f.message()
                    + (f.suggestedFix().isEmpty() ? "" : "（建议：" + f.suggestedFix() + "）"), ev));
        }
        return out;
    }

    private PolicyLibrary requireLibrary() {
        if (library == null) {
            throw new IllegalStateException("no policy library configured: PolicyAssistant.builder().library(...)");
        }
        return library;
    }

    /**
     * Configures a {@link PolicyAssistant}. Every setter checks its argument at once ({@code model(null)} throws:
     * leave the call out for the offline engine); each setting may be set once per builder (a second call
     * throws {@link IllegalStateException} naming it), except {@code listener}, which adds; {@link #build()}
     * checks the combination and returns an immutable, thread-safe assistant. Not thread-safe; may build
     * more than once.
     */
    public static final class Builder {
        private ModelClient model;
        private PolicyLibrary library;
        private ExpertDictionary dictionary = ExpertDictionary.standard();
        private Path draftBoxDir;
        private final List<ModelCallListener> listeners = new ArrayList<>();
        private final SetOnce options = new SetOnce();

        private Builder() {
        }

        /** A copy with the same settings, none of them set on it yet (each may be replaced once). */
        private Builder copy() {
            Builder b = new Builder();
            b.model = model;
            b.library = library;
            b.dictionary = dictionary;
            b.draftBoxDir = draftBoxDir;
            b.listeners.addAll(listeners);
            return b;
        }

        private void once(String option) {
            options.mark(option);
        }

        /**
         * Tells a listener when each task starts and ends ({@code gov.search}, {@code gov.compare},
         * {@code gov.draft}, {@code gov.check}, {@code gov.proofread}, {@code gov.ask}, with the
         * result's mode and flags), for metrics and traces; the model client's own listeners see
         * the model calls. May be called more than once: every listener is told.
         *
         * @param listener the listener
         * @return this
         * @throws NullPointerException if {@code listener} is {@code null}
         */
        public Builder listener(ModelCallListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Uses a model for drafting, proofreading and Q&amp;A (without this call the offline engine runs).
         *
         * @param m the model client (not closed by the assistant)
         * @return this
         * @throws NullPointerException if {@code m} is {@code null} (leave the call out for the offline engine)
         * @throws IllegalStateException if a model was already set on this builder
         */
        public Builder model(ModelClient m) {
            Objects.requireNonNull(m, "model");
            once("model");
            this.model = m;
            return this;
        }

        /**
         * @param l the policy library for search, Q&amp;A and the library rules of the check
         * @return this
         * @throws NullPointerException if {@code l} is {@code null}
         * @throws IllegalStateException if a library was already set on this builder
         */
        public Builder library(PolicyLibrary l) {
            Objects.requireNonNull(l, "library");
            once("library");
            this.library = l;
            return this;
        }

        /**
         * @param d the office's expert dictionary (default {@link ExpertDictionary#standard()})
         * @return this
         * @throws NullPointerException if {@code d} is {@code null}
         * @throws IllegalStateException if a dictionary was already set on this builder
         */
        public Builder dictionary(ExpertDictionary d) {
            Objects.requireNonNull(d, "dictionary");
            once("dictionary");
            this.dictionary = d;
            return this;
        }

        /**
         * @param dir the draft box's folder, created when the draft box is first used
         * @return this
         * @throws NullPointerException if {@code dir} is {@code null}
         * @throws IllegalStateException if a draft box was already set on this builder
         */
        public Builder draftBox(Path dir) {
            Objects.requireNonNull(dir, "dir");
            once("draftBox");
            this.draftBoxDir = dir;
            return this;
        }

        /**
         * Builds the assistant. Nothing is written or created on disk until a feature that needs
         * it is used. The builder may build again.
         *
         * @return the assistant
         */
        public PolicyAssistant build() {
            return new PolicyAssistant(this);
        }
    }
}
