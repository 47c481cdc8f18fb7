package ai.domainassist.finance;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.internal.shared.SetOnce;
import ai.domainassist.core.observe.TaskEvents;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.finance.cases.ClaimCaseLibrary;
import ai.domainassist.finance.internal.TermsAnswerer;
import ai.domainassist.finance.llm.internal.ModelExtraction;
import ai.domainassist.finance.llm.internal.ModelTermsAnswerer;
import ai.domainassist.finance.llm.internal.Prompts;
import ai.domainassist.finance.llm.internal.StructuredFieldReader;
import ai.domainassist.finance.model.CaseQuery;
import ai.domainassist.finance.model.SimilarCase;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Retriever;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.finance.internal.ClaimJudge;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.rules.internal.ExclusionLexicon;
import ai.domainassist.finance.rules.internal.HospitalList;
import ai.domainassist.finance.rules.internal.MaterialReader;
import ai.domainassist.finance.rules.internal.RuleData;
import ai.domainassist.finance.rules.internal.RuleTable;
import ai.domainassist.finance.rules.internal.Tsv;
import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.Registration;
import ai.domainassist.finance.registry.Sighting;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The insurer's claims desk assistant: structures claim materials (OCR text or OCR key-value JSON),
 * checks them against the policy and the risk rules, estimates what is payable and recommends a
 * decision, with evidence for every statement.
 *
 * <pre>{@code
 * try (ClaimsAssistant assistant = ClaimsAssistant.builder()
 *         .invoiceRegistry(InvoiceRegistry.inDirectory(Path.of("/var/lib/claims/invoices")))
 *         .build()) {
 *     Result<ClaimAssessment> r = assistant.assess(bundle, policy);
 *     r.value().recommendation();   // PAY / PAY_PARTIALLY / REQUEST_DOCUMENTS / REFER_TO_HUMAN / DECLINE
 *     r.flags();                    // the alerts, most severe first, each with its evidence
 * }
 * }</pre>
 *
 * <p>With no model configured the assistant runs its offline engine (patterns, lexicons, rule tables)
 * and says so ({@code Mode.OFFLINE}). With a model it runs hybrid by default: the rules read every
 * document first, the model reads it too (structured output, every value quoting the document),
 * values whose quote is not in the document are flagged {@code UNGROUNDED} and dropped, values the
 * two read differently are flagged {@code CONFLICT} and the rules' stand; if the model fails, the
 * rules' reading is used and the result says {@code Mode.DEGRADED}. The checks, the payable
 * estimate and the recommendation are the same code whichever engine read the documents. Immutable and thread-safe: build one and share it. Closing it
 * closes the invoice registry if the builder opened it.
 */
public final class ClaimsAssistant implements AutoCloseable {
    /** How many clauses a terms answer about one product cites. */
    public static final int TERMS_CITED = 5;
    private final MaterialReader reader;
    private final ClaimJudge judge;
    private final InvoiceRegistry registry;
    private final boolean ownsRegistry;
    private final ModelClient model;
    private final Mode mode;
    private final ModelExtraction modelExtraction;
    private final ClaimCaseLibrary cases;
    private final TermsAnswerer terms;
    private final ModelTermsAnswerer modelTerms;
    private final TaskEvents events;
    private final Builder settings;

    private ClaimsAssistant(Builder b, RuleData data, InvoiceRegistry registry, boolean owns) {
        this.settings = b.copy();
        this.events = TaskEvents.of(b.listeners);
        this.reader = new MaterialReader(data);
        this.judge = new ClaimJudge(data, registry, b.earlyClaimDays, b.clock);
        this.registry = registry;
        this.ownsRegistry = owns;
        this.model = b.model;
        this.mode = b.model == null ? Mode.OFFLINE : b.mode;
        Prompts prompts = new Prompts();
        this.modelExtraction = b.model == null ? null
                : new ModelExtraction(data, reader, new StructuredFieldReader(b.model, prompts));
        this.cases = b.cases;
        this.terms = b.terms == null ? null : new TermsAnswerer(b.terms);
        this.modelTerms = b.terms == null || b.model == null ? null : new ModelTermsAnswerer(b.model, terms, prompts);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this assistant's settings, to build a variant:
     * {@code assistant.toBuilder().mode(Mode.MODEL).build()}. Each setting may be replaced once on
     * it. A registry the caller gave is shared; one the assistant opened from a folder is not: the
     * variant opens its own on the same folder when it first needs it, so close this assistant
     * first (or give both an {@link Builder#invoiceRegistry} you own). User tables given as files
     * are read again.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * Classifies one document (its declared type wins when given).
     *
     * @param document the document
     * @return its type, {@link DocumentType#UNKNOWN} when not recognised
     * @throws InvalidClaimDocumentException if an OCR JSON document is malformed
     */
    public DocumentType classify(ClaimDocument document) {
        return reader.classify(Objects.requireNonNull(document, "document"));
    }

    /**
     * Classifies and extracts one document.
     *
     * @param document the document
     * @return the typed record, every value with evidence; flagged when not recognised
     * @throws InvalidClaimDocumentException if an OCR JSON document is malformed
     */
    public Result<ClaimMaterial> extract(ClaimDocument document) {
        return events.task("claims.extract", () -> extractTask(document));
    }

    private Result<ClaimMaterial> extractTask(ClaimDocument document) {
        ClaimMaterial m = reader.read(document, classify(document));
        return Result.offline(m, ClaimJudge.materialFlags(new ClaimMaterials(List.of(m))));
    }

    /**
     * Classifies and extracts every document of a bundle.
     *
     * @param bundle the bundle
     * @return the materials, in submission order
     * @throws InvalidClaimDocumentException if an OCR JSON document is malformed
     */
    public Result<ClaimMaterials> extract(ClaimBundle bundle) {
        return events.task("claims.extract", () -> extractTask(bundle));
    }

    private Result<ClaimMaterials> extractTask(ClaimBundle bundle) {
        if (modelExtraction == null) {
            ClaimMaterials materials = extractOffline(bundle);
            return Result.offline(materials, ClaimJudge.materialFlags(materials));
        }
        ModelExtraction.Outcome o = modelExtraction.extract(bundle, mode);
        List<ReviewFlag> flags = new ArrayList<>(o.flags());
        flags.addAll(ClaimJudge.materialFlags(o.materials()));
        return new Result<>(o.materials(), flags, o.mode(), o.usage(), null);
    }

    private ClaimMaterials extractOffline(ClaimBundle bundle) {
        List<ClaimMaterial> out = new ArrayList<>();
        for (ClaimDocument d : Objects.requireNonNull(bundle, "bundle").documents()) {
            out.add(reader.read(d, reader.classify(d)));
        }
        return new ClaimMaterials(out);
    }

    /**
     * Assesses a claim: extracts the materials, runs every risk rule (registering the claim's
     * invoices in the invoice registry), estimates the payable amount and recommends a decision.
     *
     * @param bundle the claim
     * @param policy the policy it is made under
     * @return the assessment; its flags are the alerts plus extraction problems
     * @throws InvalidClaimDocumentException if an OCR JSON document is malformed
     * @throws IllegalArgumentException if the policy names an exclusion category the lexicon does not know
     * @throws ai.domainassist.finance.registry.RegistryException if the invoice registry fails
     */
    public Result<ClaimAssessment> assess(ClaimBundle bundle, InsurancePolicy policy) {
        return events.task("claims.assess", () -> assessTask(bundle, policy));
    }

    private Result<ClaimAssessment> assessTask(ClaimBundle bundle, InsurancePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Extracted e = extractFor(bundle);
        return judged(e, judge.assess(bundle, e.materials(), policy));
    }

    /**
     * Assesses a batch of claims so that its flags do not depend on scheduling: every claim's
     * materials are extracted and its invoices registered first, then each claim is judged. Which
     * claim of the batch is first for a shared invoice is the registry's rule (earliest filing date,
     * then claim id), and the later claims' {@code DUPLICATE_INVOICE} alerts name it; the same batch
     * gives the same flags whether it is assessed here, split across threads or processes that each
     * call this method before the others judge, or assessed again. (Claims assessed one by one with
     * {@link #assess} in parallel cannot promise that: a claim judged before an earlier-filed claim
     * registers is told it is first; the earlier claim's assessment then names it.)
     *
     * @param bundles the claims, with distinct claim ids
     * @param policyOf the policy each claim is made under
     * @return one result per claim, in the order given
     * @throws IllegalArgumentException if two bundles share a claim id, or as {@link #assess}
     * @throws InvalidClaimDocumentException if an OCR JSON document is malformed
     * @throws ai.domainassist.finance.registry.RegistryException if the invoice registry fails
     *     (registering the batch again is safe)
     */
    public List<Result<ClaimAssessment>> assessAll(List<ClaimBundle> bundles, Function<ClaimBundle, InsurancePolicy> policyOf) {
        Objects.requireNonNull(policyOf, "policyOf");
        Set<String> ids = new HashSet<>();
        for (ClaimBundle b : bundles) {
            if (!ids.add(b.claimId())) {
                throw new IllegalArgumentException("two claims of the batch share the id " + b.claimId());
            }
        }
        List<Extracted> extracted = new ArrayList<>();
        List<InsurancePolicy> policies = new ArrayList<>();
        for (ClaimBundle b : bundles) {
            InsurancePolicy p = Objects.requireNonNull(policyOf.apply(b), "policy of " + b.claimId());
            Extracted e = extractFor(b);
            judge.register(b, e.materials(), p);
            extracted.add(e);
            policies.add(p);
        }
        List<Result<ClaimAssessment>> out = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            out.add(judged(extracted.get(i), judge.assess(bundles.get(i), extracted.get(i).materials(), policies.get(i), ids)));
        }
        return out;
    }

    private Extracted extractFor(ClaimBundle bundle) {
        if (modelExtraction == null) {
            return new Extracted(extractOffline(bundle), null);
        }
        ModelExtraction.Outcome o = modelExtraction.extract(Objects.requireNonNull(bundle, "bundle"), mode);
        return new Extracted(o.materials(), o);
    }

    private static Result<ClaimAssessment> judged(Extracted e, ClaimAssessment a) {
        if (e.model() == null) {
            return Result.offline(a, ClaimJudge.flags(a));
        }
        List<ReviewFlag> flags = new ArrayList<>(e.model().flags());
        flags.addAll(ClaimJudge.flags(a));
        return new Result<>(a, flags, e.model().mode(), e.model().usage(), null);
    }

    /** Materials and, on the model path, how the model extracted them. */
    private record Extracted(ClaimMaterials materials, ModelExtraction.Outcome model) {
    }

    /**
     * Finds decided past claims similar to an assessed claim (same diagnoses and treatments, a
     * similar amount, the same cover item), to show as precedents.
     *
     * @param assessment the assessed claim
     * @param k how many, 1 to 100
     * @return the precedents, most similar first
     * @throws IllegalStateException if no case library is configured
     * @throws IllegalArgumentException if the claim shows neither a diagnosis nor a treatment, or k is out of range
     */
    public List<SimilarCase> similarCases(ClaimAssessment assessment, int k) {
        return similarCases(CaseQuery.of(assessment), k);
    }

    /**
     * Finds decided past claims similar to a query.
     *
     * @param query the claim type, diagnoses, treatments and amount
     * @param k how many, 1 to 100
     * @return the precedents, most similar first
     * @throws IllegalStateException if no case library is configured
     * @throws IllegalArgumentException if k is out of range
     */
    public List<SimilarCase> similarCases(CaseQuery query, int k) {
        if (cases == null) {
            throw new IllegalStateException("no case library configured (ClaimsAssistant.Builder#caseLibrary)");
        }
        return cases.similar(Objects.requireNonNull(query, "query"), k);
    }

    /**
     * Answers a question about the terms of the customer's own policy: the normal way to ask, since most
     * questions (什么是被保险人？犹豫期多长？) have near-identical answers in every product and only the
     * customer's own terms are the answer. Searches only the clauses tagged with the policy's product
     * ({@link InsurancePolicy#product()}, {@link #productTag}).
     *
     * @param policy the customer's policy, naming its product
     * @param question the question
     * @return as {@link #answerTerms(String, String)}
     * @throws IllegalStateException if no terms library is configured
     * @throws IllegalArgumentException if the policy names no product, or the question is blank
     */
    public Result<TermsAnswer> answerTerms(InsurancePolicy policy, String question) {
        String product = Objects.requireNonNull(policy, "policy").product().orElseThrow(() -> new IllegalArgumentException(
                "policy " + policy.number() + " names no product (InsurancePolicy.Builder#product)"));
        return answerTerms(product, question);
    }

    /**
     * Answers a question about one product's terms, searching only the clauses tagged with that product
     * ({@link #productTag}). With a model, its answer with every citation verified against the clause text and
     * every sentence checked against the cited clauses; offline (or when the model fails or its answer does not
     * follow from its citations), the best clause itself as the answer. When the product's clauses do not answer
     * the question, the answer is empty and a {@code NO_ANSWER} flag says so (its evidence the nearest clauses);
     * when they answer it only in part, a {@code LOW_CONFIDENCE} flag.
     *
     * @param product the product's code, as its clauses are tagged
     * @param question the question
     * @return the answer with its citations (the {@value #TERMS_CITED} best clauses), or no answer
     * @throws IllegalStateException if no terms library is configured
     * @throws IllegalArgumentException if the product or question is blank
     */
    public Result<TermsAnswer> answerTerms(String product, String question) {
        if (Objects.requireNonNull(product, "product").isBlank()) {
            throw new IllegalArgumentException("blank product");
        }
        return answer(question, TERMS_CITED, Filter.builder().tags(productTag(product.strip())).build(), true);
    }

    /**
     * Answers a question about policy terms over the whole terms library, with no product given. When the
     * clauses that answer it come from several products, no product's clause is given as the answer: the
     * result lists the {@link TermsAnswer#candidates() candidate products} (each with its best clause) and a
     * {@code MISSING} flag on {@code product} asks for the customer's product; ask again with
     * {@link #answerTerms(String, String)}. When no clause answers it (a {@code NO_ANSWER} flag, say a question in
     * everyday words the clauses do not use) but the best clauses of several products cover several of its words
     * about equally, the result keeps {@code NO_ANSWER} and its empty answer and lists those candidate products too,
     * with the {@code MISSING} flag on {@code product}: nothing is asserted, the product is asked for. Otherwise as
     * {@link #answerTerms(String, String)}.
     *
     * @param question the question
     * @param k how many clauses to retrieve and cite, 1 to 1000
     * @return the answer with its citations, the candidate products, or no answer
     * @throws IllegalStateException if no terms library is configured
     * @throws IllegalArgumentException if the question is blank or k out of range
     */
    public Result<TermsAnswer> answerTerms(String question, int k) {
        return answerTerms(question, k, Filter.none());
    }

    /**
     * Answers a question about policy terms, searching only the clauses a filter admits (terms valid on a date,
     * a product line). As {@link #answerTerms(String, int)}: a filter that admits several products' clauses
     * may give candidate products instead of an answer.
     *
     * @param question the question
     * @param k how many clauses to retrieve and cite, 1 to 1000
     * @param filter the search filter
     * @return the answer with its citations, the candidate products, or no answer
     * @throws IllegalStateException if no terms library is configured
     * @throws IllegalArgumentException if the question is blank or k out of range
     */
    public Result<TermsAnswer> answerTerms(String question, int k, Filter filter) {
        return answer(question, k, Objects.requireNonNull(filter, "filter"), false);
    }

    /**
     * The tag that marks a clause of the terms library as a product's: add it to the metadata of each
     * document of the product's terms ({@code DocumentMetadata.builder().tags(productTag("TK-2022-106"))}).
     *
     * @param product the product's code
     * @return {@code product:} followed by the code
     * @throws IllegalArgumentException if the code is blank
     */
    public static String productTag(String product) {
        if (Objects.requireNonNull(product, "product").isBlank()) {
            throw new IllegalArgumentException("blank product");
        }
        return TermsAnswerer.PRODUCT_TAG + product.strip();
    }

    private Result<TermsAnswer> answer(String question, int k, Filter filter, boolean productGiven) {
        return events.task("claims.terms", () -> answerTask(question, k, filter, productGiven));
    }

    private Result<TermsAnswer> answerTask(String question, int k, Filter filter, boolean productGiven) {
        if (terms == null) {
            throw new IllegalStateException("no terms library configured (ClaimsAssistant.Builder#termsLibrary)");
        }
        if (Objects.requireNonNull(question, "question").isBlank()) {
            throw new IllegalArgumentException("blank question");
        }
        if (k < 1 || k > SearchRequest.MAX_TOP_K) {
            throw new IllegalArgumentException("k must be 1.." + SearchRequest.MAX_TOP_K + ", was " + k);
        }
        return modelTerms != null ? modelTerms.answer(question, k, filter, productGiven)
                : terms.extractive(question, k, filter, productGiven);
    }

    /** @return the model client, when one is configured */
    public Optional<ModelClient> model() {
        return Optional.ofNullable(model);
    }

    /** Closes the invoice registry if the builder opened it. Idempotent. */
    @Override
    public void close() {
        if (ownsRegistry) {
            registry.close();
        }
    }

    /**
     * Builds a {@link ClaimsAssistant}. Every setter checks its argument at once; each setting may
     * be set once (a second call throws {@link IllegalStateException}), except {@link #listener},
     * which adds. Not thread-safe; may build more than once.
     */
    public static final class Builder {
        private ModelClient model;
        private Mode mode = Mode.HYBRID;
        private ClaimCaseLibrary cases;
        private Retriever terms;
        private InvoiceRegistry registry;
        private Path registryDirectory;
        private Table hospitals;
        private Table exclusions;
        private Table riskRules;
        private int earlyClaimDays = 90;
        private Clock clock = Clock.systemUTC();
        private final List<ModelCallListener> listeners = new ArrayList<>();
        private final SetOnce options = new SetOnce();

        /** A user table: a file read at each build, or its text. */
        private record Table(Path file, String text) {
            Reader open() throws IOException {
                return file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : new StringReader(text);
            }
        }

        private Builder() {
        }

        /** A copy with the same settings, none of them set on it yet (each may be replaced once). */
        private Builder copy() {
            Builder b = new Builder();
            b.model = model;
            b.mode = mode;
            b.cases = cases;
            b.terms = terms;
            b.registry = registry;
            b.registryDirectory = registryDirectory;
            b.hospitals = hospitals;
            b.exclusions = exclusions;
            b.riskRules = riskRules;
            b.earlyClaimDays = earlyClaimDays;
            b.clock = clock;
            b.listeners.addAll(listeners);
            return b;
        }

        private void once(String option) {
            options.mark(option);
        }

        /**
         * Tells a listener when each task starts and ends ({@code claims.extract},
         * {@code claims.assess}, {@code claims.terms}, with the result's mode and flags), for
         * metrics and traces; the model client's own listeners see the model calls. May be called
         * more than once: every listener is told.
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
         * Uses a model for the model-backed steps (without this call the offline engine runs).
         *
         * @param model the model client (not closed by the assistant)
         * @return this
         * @throws NullPointerException if {@code model} is {@code null} (leave the call out for the offline engine)
         * @throws IllegalStateException if a model was already set on this builder
         */
        public Builder model(ModelClient model) {
            Objects.requireNonNull(model, "model");
            once("model");
            this.model = model;
            return this;
        }

        /**
         * How a configured model is used: {@link Mode#HYBRID} (default: the rules read first, the
         * model fills what they missed, the rules stand where the two disagree) or {@link Mode#MODEL}
         * (the model's verified values stand, the rules fill the rest). Without a model the assistant
         * runs offline whatever this says.
         *
         * @param mode HYBRID or MODEL
         * @return this
         * @throws IllegalArgumentException for another mode
         * @throws IllegalStateException if a mode was already set on this builder
         */
        public Builder mode(Mode mode) {
            if (mode != Mode.HYBRID && mode != Mode.MODEL) {
                throw new IllegalArgumentException("mode must be HYBRID or MODEL, was " + mode);
            }
            once("mode");
            this.mode = mode;
            return this;
        }

        /**
         * Uses a case library for {@link ClaimsAssistant#similarCases} (not closed by the assistant).
         *
         * @param library the case library
         * @return this
         * @throws NullPointerException if {@code library} is {@code null}
         * @throws IllegalStateException if a case library was already set on this builder
         */
        public Builder caseLibrary(ClaimCaseLibrary library) {
            Objects.requireNonNull(library, "library");
            once("caseLibrary");
            this.cases = library;
            return this;
        }

        /**
         * Uses a library of policy clauses for {@link ClaimsAssistant#answerTerms} (a
         * {@code DocumentLibrary} of sdk-retrieval, or any {@code Retriever}; not closed by the assistant).
         *
         * @param library the terms library
         * @return this
         * @throws NullPointerException if {@code library} is {@code null}
         * @throws IllegalStateException if a terms library was already set on this builder
         */
        public Builder termsLibrary(Retriever library) {
            Objects.requireNonNull(library, "library");
            once("termsLibrary");
            this.terms = library;
            return this;
        }

        /**
         * Uses an invoice registry the caller owns (not closed by the assistant), instead of a
         * registry folder ({@link #registryDirectory}).
         *
         * @param registry the registry
         * @return this
         * @throws NullPointerException if {@code registry} is {@code null}
         * @throws IllegalStateException if a registry was already set on this builder
         */
        public Builder invoiceRegistry(InvoiceRegistry registry) {
            Objects.requireNonNull(registry, "registry");
            once("invoiceRegistry");
            this.registry = registry;
            this.registryDirectory = null;
            return this;
        }

        /**
         * Keeps the embedded file-backed registry in a folder (closed with the assistant), instead
         * of a registry the caller owns ({@link #invoiceRegistry}). The
         * registry is opened, and the folder created, when a claim is first assessed, not at
         * build. The default, when neither this nor {@link #invoiceRegistry} is set, is
         * {@code ~/.domainassist/invoice-registry}, opened the same way.
         *
         * @param directory the folder
         * @return this
         * @throws NullPointerException if {@code directory} is {@code null}
         * @throws IllegalStateException if a registry folder was already set on this builder
         */
        public Builder registryDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            once("registryDirectory");
            this.registryDirectory = directory;
            this.registry = null;
            return this;
        }

        /**
         * Replaces the built-in hospital list with the insurer's (same format as
         * {@code rules/hospitals.tsv}, UTF-8), read at each {@link #build()}.
         *
         * @param file the table file
         * @return this
         * @throws NullPointerException if {@code file} is {@code null}
         * @throws IllegalStateException if a hospital list was already set on this builder
         */
        public Builder hospitals(Path file) {
            return hospitals(new Table(Objects.requireNonNull(file, "file"), null));
        }

        /**
         * Replaces the built-in hospital list with the insurer's, given as its text.
         *
         * @param table the table text (same format as {@code rules/hospitals.tsv})
         * @return this
         * @throws NullPointerException if {@code table} is {@code null}
         * @throws IllegalStateException if a hospital list was already set on this builder
         */
        public Builder hospitalsText(String table) {
            return hospitals(new Table(null, Objects.requireNonNull(table, "table")));
        }

        private Builder hospitals(Table t) {
            once("hospitals");
            this.hospitals = t;
            return this;
        }

        /**
         * Replaces the built-in exclusion lexicon (same format as {@code rules/exclusions.tsv},
         * UTF-8), read at each {@link #build()}.
         *
         * @param file the table file
         * @return this
         * @throws NullPointerException if {@code file} is {@code null}
         * @throws IllegalStateException if an exclusion lexicon was already set on this builder
         */
        public Builder exclusions(Path file) {
            return exclusions(new Table(Objects.requireNonNull(file, "file"), null));
        }

        /**
         * Replaces the built-in exclusion lexicon, given as its text.
         *
         * @param table the table text (same format as {@code rules/exclusions.tsv})
         * @return this
         * @throws NullPointerException if {@code table} is {@code null}
         * @throws IllegalStateException if an exclusion lexicon was already set on this builder
         */
        public Builder exclusionsText(String table) {
            return exclusions(new Table(null, Objects.requireNonNull(table, "table")));
        }

        private Builder exclusions(Table t) {
            once("exclusions");
            this.exclusions = t;
            return this;
        }

        /**
         * Replaces the risk rule table (same format as {@code rules/risk-rules.tsv}, UTF-8), read
         * at each {@link #build()}: an insurer may re-grade a rule's severity or the decision it
         * calls for; every built-in rule id must stay.
         *
         * @param file the table file
         * @return this
         * @throws NullPointerException if {@code file} is {@code null}
         * @throws IllegalStateException if a risk rule table was already set on this builder
         */
        public Builder riskRules(Path file) {
            return riskRules(new Table(Objects.requireNonNull(file, "file"), null));
        }

        /**
         * Replaces the risk rule table, given as its text.
         *
         * @param table the table text (same format as {@code rules/risk-rules.tsv})
         * @return this
         * @throws NullPointerException if {@code table} is {@code null}
         * @throws IllegalStateException if a risk rule table was already set on this builder
         */
        public Builder riskRulesText(String table) {
            return riskRules(new Table(null, Objects.requireNonNull(table, "table")));
        }

        private Builder riskRules(Table t) {
            once("riskRules");
            this.riskRules = t;
            return this;
        }

        /**
         * Sets the early-claim window: treatment within this many days of the policy start (and
         * outside the waiting period) raises {@code EARLY_CLAIM}. Default 90.
         *
         * @param days the window, {@code >= 0}
         * @return this
         * @throws IllegalArgumentException if negative
         * @throws IllegalStateException if the window was already set on this builder
         */
        public Builder earlyClaimDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("early-claim window must not be negative");
            }
            once("earlyClaimDays");
            this.earlyClaimDays = days;
            return this;
        }

        /**
         * Sets the clock used for registry timestamps (tests).
         *
         * @param clock the clock
         * @return this
         * @throws NullPointerException if {@code clock} is {@code null}
         * @throws IllegalStateException if a clock was already set on this builder
         */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            once("clock");
            this.clock = clock;
            return this;
        }

        /**
         * Builds the assistant: reads and checks the rule tables. Nothing is written or created
         * on disk: a registry folder is opened when a claim is first assessed. The builder may
         * build again (user tables given as files are read again).
         *
         * @return the assistant
         * @throws IllegalStateException if a rule table is malformed or a replaced rule table lacks a built-in rule
         * @throws UncheckedIOException if a user table cannot be read
         */
        public ClaimsAssistant build() {
            HospitalList hl;
            ExclusionLexicon ex;
            RuleTable rt;
            try {
                rt = riskRules == null ? RuleTable.builtIn() : new RuleTable(read(riskRules, 5, "risk rule table"));
                hl = hospitals == null ? HospitalList.builtIn() : new HospitalList(read(hospitals, 4, "hospital list"));
                ex = exclusions == null ? ExclusionLexicon.builtIn()
                        : new ExclusionLexicon(read(exclusions, 3, "exclusion lexicon"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a user rule table", e);
            }
            RuleData data = RuleData.load(hl, ex, rt);
            if (registry != null) {
                return new ClaimsAssistant(this, data, registry, false);
            }
            Path dir = registryDirectory != null ? registryDirectory
                    : Path.of(System.getProperty("user.home"), ".domainassist", "invoice-registry");
            return new ClaimsAssistant(this, data, new LazyRegistry(dir), true);
        }

        private static List<String[]> read(Table t, int columns, String what) throws IOException {
            try (Reader r = t.open()) {
                return Tsv.read(r, columns, what);
            }
        }
    }

    /**
     * The file-backed registry of a folder, opened (and the folder created) on first use, so that
     * an assistant that never assesses a claim leaves the disk alone. Thread-safe.
     */
    private static final class LazyRegistry implements InvoiceRegistry {
        private final Path directory;
        private InvoiceRegistry open; // guarded by this
        private boolean closed;

        LazyRegistry(Path directory) {
            this.directory = directory;
        }

        private synchronized InvoiceRegistry registry() {
            if (closed) {
                throw new IllegalStateException("the claims assistant is closed");
            }
            if (open == null) {
                open = InvoiceRegistry.inDirectory(directory);
            }
            return open;
        }

        @Override
        public Registration submit(String claimId, List<InvoiceKey> keys, Instant submittedAt) {
            return registry().submit(claimId, keys, submittedAt);
        }

        @Override
        public List<Sighting> claims(InvoiceKey key) {
            return registry().claims(key);
        }

        @Override
        public Optional<Sighting> lookup(InvoiceKey key) {
            return registry().lookup(key);
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (open != null) {
                open.close();
            }
        }
    }
}
