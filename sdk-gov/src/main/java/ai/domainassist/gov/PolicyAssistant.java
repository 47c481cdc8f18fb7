package ai.domainassist.gov;

import ai.domainassist.core.ModelClient;
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
import ai.domainassist.gov.model.Citation;
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
 * ({@code Mode.OFFLINE}). Every result carries review flags: findings of the normative check,
 * missing request fields, ungrounded model output.
 *
 * <p>Immutable and thread-safe once built; build one per application and share it.
 */
public final class PolicyAssistant {
    private final ModelClient model;
    private final PolicyLibrary library;
    private final ExpertDictionary dictionary;
    private final NormativeChecker checker;
    private final Proofreader proofreader;
    private final DraftComposer composer;
    private final PolicyComparator comparator = new PolicyComparator();
    private final DraftBox draftBox;

    private PolicyAssistant(Builder b) {
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
        this.draftBox = b.draftBoxDir == null ? null : DraftBox.open(b.draftBoxDir);
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

    /** @return the draft box, when one is configured */
    public Optional<DraftBox> draftBox() {
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
        PolicyLibrary lib = requireLibrary();
        OfficialDocument a = lib.document(leftId).orElseThrow(() -> new IllegalArgumentException("unknown policy " + leftId));
        OfficialDocument b = lib.document(rightId).orElseThrow(() -> new IllegalArgumentException("unknown policy " + rightId));
        return compare(leftId, a.text(), rightId, b.text());
    }

    /**
     * Drafts a document: offline, the skeleton of the type (header elements from the request).
     *
     * @param request the request
     * @return the draft with the normative check's findings; {@code MISSING} flags for request
     *     fields the draft needed, {@code POLICY} flags for findings of warning or error severity
     */
    public Result<PolicyDraft> draft(DraftRequest request) {
        PolicyDraft d = composer.skeleton(request);
        List<ReviewFlag> flags = new ArrayList<>();
        for (String m : composer.missingFields(request)) {
            flags.add(ReviewFlag.of(ReviewFlag.Kind.MISSING, m, "请求中缺少" + m + "，草稿中以占位符标出"));
        }
        flags.addAll(flags(d.findings(), "draft"));
        return Result.offline(d, flags);
    }

    /**
     * The normative check of any text (a draft, an imported document).
     *
     * @param sourceId the text's id
     * @param text the text
     * @return the report; one flag per finding of warning or error severity
     */
    public Result<NormativeReport> check(String sourceId, String text) {
        NormativeReport r = checker.check(sourceId, text);
        return Result.offline(r, flags(r.findings(), sourceId));
    }

    /**
     * Proofreads a text: suggestions with positions, never applied to the text.
     *
     * @param text the text
     * @return the suggestions
     */
    public Result<List<ProofreadSuggestion>> proofread(String text) {
        return Result.offline(proofreader.check(text), List.of());
    }

    /**
     * Answers a question from the policies in force, with the clauses it rests on. Offline the
     * answer is extractive: the best clauses quoted with their sources.
     *
     * @param question the question
     * @return the answer; a {@code MISSING} flag when the library has nothing on the question
     * @throws IllegalStateException if no library is configured
     */
    public Result<PolicyAnswer> ask(String question) {
        Objects.requireNonNull(question, "question");
        List<PolicyHit> hits = requireLibrary().inForce(question, 3);
        if (hits.isEmpty()) {
            return Result.offline(new PolicyAnswer(question, "政策库中未找到相关规定。", List.of()),
                    List.of(ReviewFlag.of(ReviewFlag.Kind.MISSING, "answer", "政策库中没有与问题相关的现行有效条款")));
        }
        StringBuilder sb = new StringBuilder();
        List<Citation> cites = new ArrayList<>();
        for (PolicyHit h : hits) {
            Citation c = h.citation();
            cites.add(c);
            sb.append("根据").append(c.label()).append("：").append(c.quote().strip()).append('\n');
        }
        return Result.offline(new PolicyAnswer(question, sb.toString().strip(), cites), List.of());
    }

    private static List<ReviewFlag> flags(List<NormativeFinding> findings, String sourceId) {
        List<ReviewFlag> out = new ArrayList<>();
        for (NormativeFinding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            ReviewFlag.Kind kind = f.ruleId().equals("element.missing") ? ReviewFlag.Kind.MISSING : ReviewFlag.Kind.POLICY;
            List<Evidence> ev = new ArrayList<>(f.sources());
            out.add(new ReviewFlag(kind, f.severity(), f.ruleId(), f.message()
                    + (f.suggestedFix().isEmpty() ? "" : "（建议：" + f.suggestedFix() + "）")
                    + " @" + sourceId + "[" + f.start() + "," + f.end() + ")", ev));
        }
        return out;
    }

    private PolicyLibrary requireLibrary() {
        if (library == null) {
            throw new IllegalStateException("no policy library configured: PolicyAssistant.builder().library(...)");
        }
        return library;
    }

    /** Configures a {@link PolicyAssistant}. Not thread-safe. */
    public static final class Builder {
        private ModelClient model;
        private PolicyLibrary library;
        private ExpertDictionary dictionary = ExpertDictionary.standard();
        private Path draftBoxDir;

        private Builder() {
        }

        /**
         * @param m the model client (optional; without one the offline engine runs)
         * @return this
         */
        public Builder model(ModelClient m) {
            this.model = Objects.requireNonNull(m, "model");
            return this;
        }

        /**
         * @param l the policy library for search, Q&amp;A and the library rules of the check
         * @return this
         */
        public Builder library(PolicyLibrary l) {
            this.library = Objects.requireNonNull(l, "library");
            return this;
        }

        /**
         * @param d the office's expert dictionary
         * @return this
         */
        public Builder dictionary(ExpertDictionary d) {
            this.dictionary = Objects.requireNonNull(d, "dictionary");
            return this;
        }

        /**
         * @param dir the draft box's folder
         * @return this
         */
        public Builder draftBox(Path dir) {
            this.draftBoxDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * @return the assistant
         * @throws java.io.UncheckedIOException if the draft box folder cannot be created
         */
        public PolicyAssistant build() {
            return new PolicyAssistant(this);
        }
    }
}
