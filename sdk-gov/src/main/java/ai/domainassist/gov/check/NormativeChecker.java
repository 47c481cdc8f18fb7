package ai.domainassist.gov.check;

import ai.domainassist.gov.check.internal.AttachmentCheck;
import ai.domainassist.gov.check.internal.Check;
import ai.domainassist.gov.check.internal.CheckContext;
import ai.domainassist.gov.check.internal.DateCheck;
import ai.domainassist.gov.check.internal.DirectionCheck;
import ai.domainassist.gov.check.internal.DocumentNumberCheck;
import ai.domainassist.gov.check.internal.DuplicateCheck;
import ai.domainassist.gov.check.internal.ElementCheck;
import ai.domainassist.gov.check.internal.HeadingCheck;
import ai.domainassist.gov.check.internal.ProofreadingCheck;
import ai.domainassist.gov.check.internal.PunctuationCheck;
import ai.domainassist.gov.check.internal.ReferenceCheck;
import ai.domainassist.gov.check.internal.TitleCheck;
import ai.domainassist.gov.check.internal.WordingCheck;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import ai.domainassist.gov.rules.Proofreader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The normative check (规范性审核) of an official document: every rule of
 * {@link RuleCatalog#standard()}, each finding with rule id, severity, character span, message and
 * suggested fix. The same code judges a draft the rules wrote, a draft a model wrote and an
 * imported document.
 *
 * <p>The library rules ({@code reference.*}, {@code duplicate.in-force}) need a
 * {@link PolicyReferences}; without one they are listed in {@link NormativeReport#skippedRules()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NormativeChecker {
    private static final List<Check> CHECKS = List.of(new ElementCheck(), new DocumentNumberCheck(), new DateCheck(),
            new TitleCheck(), new DirectionCheck(), new AttachmentCheck(), new HeadingCheck(), new PunctuationCheck(),
            new ReferenceCheck(), new DuplicateCheck(), new WordingCheck(), new ProofreadingCheck());
    private static final Set<String> LIBRARY_RULES = Set.of("reference.repealed", "reference.not-found",
            "duplicate.in-force");

    private final RuleCatalog catalog;
    private final ExpertDictionary dictionary;
    private final Proofreader proofreader;
    private final PolicyReferences references;
    private final Set<String> disabled;

    private NormativeChecker(Builder b) {
        this.catalog = RuleCatalog.standard();
        this.dictionary = b.dictionary;
        this.proofreader = b.proofreading ? (b.proofreader != null ? b.proofreader : Proofreader.standard()) : null;
        this.references = b.references;
        this.disabled = Set.copyOf(b.disabled);
    }

    /** @return a builder with the shipped dictionary, proofreading on and no library */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses and checks a text.
     *
     * @param sourceId the document's id (used in evidence)
     * @param text the document's text
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     */
    public NormativeReport check(String sourceId, String text) {
        return check(OfficialDocumentParser.standard().parse(sourceId, text));
    }

    /**
     * Checks a parsed document.
     *
     * @param doc the document
     * @return the report, findings ordered by position then rule id
     * @throws NullPointerException if {@code doc} is {@code null}
     */
    public NormativeReport check(OfficialDocument doc) {
        Objects.requireNonNull(doc, "doc");
        CheckContext ctx = new CheckContext(doc, catalog, dictionary, proofreader, references);
        List<NormativeFinding> all = new ArrayList<>();
        for (Check c : CHECKS) {
            if (disabled.containsAll(c.ruleIds())) {
                continue;
            }
            c.run(ctx, all);
        }
        List<NormativeFinding> kept = new ArrayList<>();
        for (NormativeFinding f : all) {
            if (!disabled.contains(f.ruleId())) {
                kept.add(f);
            }
        }
        kept = dropTyposInsideWordingFindings(kept);
        kept.sort(Comparator.comparingInt(NormativeFinding::start).thenComparing(NormativeFinding::ruleId));
        List<String> skipped = new ArrayList<>();
        if (references == null) {
            LIBRARY_RULES.stream().filter(r -> !disabled.contains(r)).sorted().forEach(skipped::add);
        }
        if (proofreader == null && !disabled.contains("proofreading.typo")) {
            skipped.add("proofreading.typo");
        }
        return new NormativeReport(doc, kept, skipped);
    }

    private static List<NormativeFinding> dropTyposInsideWordingFindings(List<NormativeFinding> fs) {
        Set<Integer> worded = new HashSet<>();
        for (NormativeFinding f : fs) {
            if (f.ruleId().startsWith("wording.")) {
                for (int i = f.start(); i < f.end(); i++) {
                    worded.add(i);
                }
            }
        }
        List<NormativeFinding> out = new ArrayList<>();
        for (NormativeFinding f : fs) {
            if (f.ruleId().equals("proofreading.typo") && worded.contains(f.start())) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** @return the rule table this checker applies */
    public RuleCatalog catalog() {
        return catalog;
    }

    /** Configures a {@link NormativeChecker}. Not thread-safe. */
    public static final class Builder {
        private ExpertDictionary dictionary = ExpertDictionary.standard();
        private boolean proofreading = true;
        private Proofreader proofreader;
        private PolicyReferences references;
        private final Set<String> disabled = new HashSet<>();

        private Builder() {
        }

        /**
         * @param d the expert dictionary (default: the shipped example)
         * @return this
         * @throws NullPointerException if {@code d} is {@code null}
         */
        public Builder dictionary(ExpertDictionary d) {
            this.dictionary = Objects.requireNonNull(d, "dictionary");
            return this;
        }

        /**
         * @param p the proofreader (default: {@link Proofreader#standard()})
         * @return this
         * @throws NullPointerException if {@code p} is {@code null}
         */
        public Builder proofreader(Proofreader p) {
            this.proofreader = Objects.requireNonNull(p, "proofreader");
            this.proofreading = true;
            return this;
        }

        /**
         * Turns proofreading off (it is the slowest rule); the report lists it as skipped.
         *
         * @return this
         */
        public Builder withoutProofreading() {
            this.proofreading = false;
            return this;
        }

        /**
         * @param r the policy library for the reference and duplicate rules
         * @return this
         * @throws NullPointerException if {@code r} is {@code null}
         */
        public Builder references(PolicyReferences r) {
            this.references = Objects.requireNonNull(r, "references");
            return this;
        }

        /**
         * Switches rules off.
         *
         * @param ruleIds the rule ids
         * @return this
         * @throws IllegalArgumentException if an id is not in the rule table
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                if (RuleCatalog.standard().rule(id).isEmpty()) {
                    throw new IllegalArgumentException("unknown rule " + id);
                }
                disabled.add(id);
            }
            return this;
        }

        /** @return the checker */
        public NormativeChecker build() {
            return new NormativeChecker(this);
        }
    }
}
