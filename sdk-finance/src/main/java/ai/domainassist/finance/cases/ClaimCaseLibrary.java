package ai.domainassist.finance.cases;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.model.CaseQuery;
import ai.domainassist.finance.model.ClaimCase;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.model.SimilarCase;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim-case library: decided past claims, found again by diagnosis, treatment and amount and
 * shown as precedents. Each case is one document of a {@link DocumentLibrary} (BM25 over its
 * diagnoses and treatments); candidates are re-ranked by a similarity that also weighs the amount
 * (log-ratio) and the claim type.
 *
 * <p>Thread-safe (as the underlying library). Closing it closes a library it created.
 */
public final class ClaimCaseLibrary implements AutoCloseable {
    private static final String DX = "诊断：";
    private static final String TX = "治疗：";
    private static final String SEP = "；";
    private static final String TAG = "claim-case";
    private static final double W_TEXT = 0.6;
    private static final double W_AMOUNT = 0.25;
    private static final double W_TYPE = 0.15;

    private final DocumentLibrary library;
    private final boolean owned;

    private ClaimCaseLibrary(DocumentLibrary library, boolean owned) {
        this.library = library;
        this.owned = owned;
    }

    /** @return a library in memory */
    public static ClaimCaseLibrary inMemory() {
        return new ClaimCaseLibrary(DocumentLibrary.builder().inMemory().build(), true);
    }

    /**
     * A library persisted in a directory.
     *
     * @param directory the index directory
     * @return the library
     * @throws ai.domainassist.retrieval.RetrievalException if the index cannot be opened
     */
    public static ClaimCaseLibrary inDirectory(Path directory) {
        return new ClaimCaseLibrary(DocumentLibrary.builder().directory(directory).build(), true);
    }

    /**
     * A case library over a document library the caller owns (not closed with this one).
     *
     * @param library the document library holding only case records written by this class
     * @return the case library
     */
    public static ClaimCaseLibrary over(DocumentLibrary library) {
        return new ClaimCaseLibrary(Objects.requireNonNull(library, "library"), false);
    }

    /**
     * Adds (or replaces) a case.
     *
     * @param c the case
     */
    public void add(ClaimCase c) {
        Document d = toDocument(c);
        if (library.get(d.id()).isPresent()) {
            library.replace(d);
        } else {
            library.add(d);
        }
    }

    /**
     * Adds (or replaces) cases.
     *
     * @param cases the cases
     */
    public void addAll(List<ClaimCase> cases) {
        List<Document> fresh = new ArrayList<>();
        for (ClaimCase c : cases) {
            Document d = toDocument(c);
            if (library.get(d.id()).isPresent()) {
                library.replace(d);
            } else {
                fresh.add(d);
            }
        }
        library.addAll(fresh);
    }

    /** @return the number of cases */
    public int size() {
        return library.count();
    }

    /**
     * The past cases most similar to a claim.
     *
     * @param query the claim's type, diagnoses, treatments and amount
     * @param k how many, 1 to 100
     * @return up to {@code k} precedents, most similar first
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public List<SimilarCase> similar(CaseQuery query, int k) {
        if (k < 1 || k > 100) {
            throw new IllegalArgumentException("k must be 1..100, was " + k);
        }
        String text = String.join(" ", query.diagnoses()) + " " + String.join(" ", query.treatments());
        List<Hit> hits = library.search(SearchRequest.of(text.strip(), Math.min(SearchRequest.MAX_TOP_K, Math.max(30, 5 * k)))
                .withMode(SearchMode.KEYWORD).withFilter(Filter.builder().tags(TAG).build()));
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit h : hits) {
            best.putIfAbsent(h.documentId(), h);
        }
        double top = best.values().stream().mapToDouble(Hit::score).max().orElse(1);
        List<SimilarCase> out = new ArrayList<>();
        for (Hit h : best.values()) {
            Optional<ClaimCase> c = library.get(h.documentId()).map(ClaimCaseLibrary::fromDocument);
            if (c.isEmpty()) {
                continue;
            }
            ClaimCase cc = c.get();
            double sim = W_TEXT * (top > 0 ? h.score() / top : 0) + W_AMOUNT * amountSimilarity(query.amount(), cc.amount())
                    + W_TYPE * (query.claimType() == cc.claimType() ? 1 : 0);
            out.add(new SimilarCase(cc, Math.min(1, sim), shared(query.diagnoses(), cc.diagnoses()),
                    h.citation().toEvidence()));
        }
        out.sort(Comparator.comparingDouble(SimilarCase::similarity).reversed());
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    static double amountSimilarity(BigDecimal a, BigDecimal b) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            return 0;
        }
        double r = Math.abs(Math.log(a.doubleValue() / b.doubleValue())) / Math.log(10);
        return r >= 1 ? 0 : 1 - r;
    }

    private static List<String> shared(List<String> query, List<String> cs) {
        List<String> out = new ArrayList<>();
        for (String q : query) {
            String fq = NormalizedText.of(q).folded();
            if (cs.stream().anyMatch(c -> NormalizedText.of(c).folded().equals(fq))) {
                out.add(q);
            }
        }
        return out;
    }

    static Document toDocument(ClaimCase c) {
        String text = DX + String.join(SEP, c.diagnoses()) + "\n" + TX + String.join(SEP, c.treatments()) + "\n"
                + "类型：" + c.claimType().name() + "\n金额：" + c.amount().toPlainString() + "\n决定：" + c.decision().name()
                + "\n赔付：" + c.payout().toPlainString() + "\n理由：" + c.reason().replace('\n', ' ') + "\n";
        DocumentMetadata md = DocumentMetadata.builder().documentNumber(c.caseId()).issueDate(c.decidedOn())
                .tags(TAG, "type:" + c.claimType().name(), "decision:" + c.decision().name()).build();
        return new Document(c.caseId(), "理赔案例 " + c.caseId(), text, md);
    }

    static ClaimCase fromDocument(Document d) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : d.text().split("\n")) {
            int at = line.indexOf('：');
            if (at > 0) {
                lines.put(line.substring(0, at), line.substring(at + 1));
            }
        }
        return new ClaimCase(d.id(), ClaimType.valueOf(lines.get("类型")), split(lines.get("诊断")),
                split(lines.get("治疗")), new BigDecimal(lines.get("金额")), Decision.valueOf(lines.get("决定")),
                new BigDecimal(lines.get("赔付")), lines.getOrDefault("理由", ""),
                d.metadata().issueDate().orElse(LocalDate.EPOCH));
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.of(s.split(SEP));
    }

    /** Closes the document library if this class created it. */
    @Override
    public void close() {
        if (owned) {
            library.close();
        }
    }
}
