package ai.domainassist.retrieval.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.Validity;
import ai.domainassist.retrieval.eval.EvalData;
import ai.domainassist.retrieval.eval.InsQa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The same questions against the embedded Lucene library and the OpenSearch library hold the same
 * documents: the helpers give the same citations, and the top 5 hits agree (the overlap is printed
 * and written to {@code target/backend-parity.txt}).
 */
class BackendParityTest {
    private static final Path GOV_SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples", "gov", "library");
    private static final List<String> GOV_QUESTIONS = List.of("个人不按规定分类投放生活垃圾怎么处罚？", "电动自行车充电服务费有什么标准？",
            "餐厨垃圾由谁收运？", "垃圾分类工作的目标是什么？", "充电设施的安全管理", "违反规定的单位罚款多少");
    /**
     * Example questions the offline answer checks decline although the library answers them: none since issue 17's
     * round 2 (违反规定的单位罚款多少 was declined until the answer lexicon read 违反 as 未按, 单位未按规定分类投放的，
     * 处5000元罚款).
     */
    private static final List<String> DECLINED_TODAY = List.of();

    private static List<ReviewFlag.Kind> kinds(Result<?> r) {
        return r.flags().stream().map(ReviewFlag::kind).sorted().toList();
    }

    @Test
    void policyAssistantAnswersTheExampleQuestionsWithTheSameCitationsOnBothBackends() throws Exception {
        try (PolicyLibrary lucene = load(null); PolicyLibrary opensearch = load(OpenSearchLibrary.builder()
                .url(OpenSearchNode.get().url()).index("parity-gov").replicas(0).chunker(PolicyLibrary.chunker()).build())) {
            PolicyAssistant onLucene = PolicyAssistant.builder().library(lucene).build();
            PolicyAssistant onOpenSearch = PolicyAssistant.builder().library(opensearch).build();
            int overlap = 0;
            int total = 0;
            List<String> declined = new ArrayList<>();
            for (String q : GOV_QUESTIONS) {
                Result<PolicyAnswer> a = onLucene.ask(q);
                if (a.value().citations().isEmpty()) {
                    declined.add(q);
                    assertThat(kinds(a)).as(q).contains(ReviewFlag.Kind.NO_ANSWER);
                }
                Result<PolicyAnswer> b = onOpenSearch.ask(q);
                assertThat(b.value().citations()).as(q).isEqualTo(a.value().citations());
                assertThat(b.value().answer()).as(q).isEqualTo(a.value().answer());
                assertThat(kinds(b)).as(q).isEqualTo(kinds(a));
                List<String> la = lucene.search(ai.domainassist.gov.library.PolicyQuery.of(q).limit(5)).stream()
                        .map(h -> h.policy().id() + h.clause().span().start()).toList();
                List<String> lb = opensearch.search(ai.domainassist.gov.library.PolicyQuery.of(q).limit(5)).stream()
                        .map(h -> h.policy().id() + h.clause().span().start()).toList();
                overlap += intersection(la, lb);
                total += Math.max(la.size(), lb.size());
            }
            // each question is answered with citations, or abstains (NO_ANSWER, no citation), the same on both
            // backends; the example questions the answer checks currently decline are listed by name, so a
            // change either way fails here and is looked at
            assertThat(declined).isEqualTo(DECLINED_TODAY);
            report("gov sample library, " + GOV_QUESTIONS.size() + " questions: top-5 overlap " + overlap + "/" + total);
        }
    }

    @Test
    void insQaContractsGiveTheSameTop5OnBothBackendsAndTermsQaTheSameCitations() throws Exception {
        InsQa data = InsQa.load(EvalData.require("finance/insqa-clause-subjective.json"));
        try (DocumentLibrary lucene = DocumentLibrary.builder().inMemory().build();
                DocumentLibrary opensearch = OpenSearchLibrary.builder().url(OpenSearchNode.get().url())
                        .index("parity-insqa").replicas(0).build()) {
            lucene.addAll(data.documents);
            opensearch.addAll(data.documents);
            int overlap = 0;
            int total = 0;
            int sameOrder = 0;
            for (InsQa.Question q : data.questions) {
                List<String> a = ids(lucene.search(q.text(), 5));
                List<String> b = ids(opensearch.search(q.text(), 5));
                overlap += intersection(a, b);
                total += Math.max(a.size(), b.size());
                sameOrder += a.equals(b) ? 1 : 0;
            }
            report(String.format("InsQABench, %d contracts, %d questions: top-5 overlap %d/%d (%.3f); identical top-5 lists"
                    + " in order %d/%d", data.documents.size(), data.questions.size(), overlap, total,
                    overlap / (double) total, sameOrder, data.questions.size()));
            assertThat(overlap).isEqualTo(total);

            try (ClaimsAssistant onLucene = ClaimsAssistant.builder().termsLibrary(lucene).registryDirectory(
                    Files.createTempDirectory("reg-a")).build();
                    ClaimsAssistant onOpenSearch = ClaimsAssistant.builder().termsLibrary(opensearch).registryDirectory(
                            Files.createTempDirectory("reg-b")).build()) {
                for (InsQa.Question q : data.questions.subList(0, 20)) {
                    Result<TermsAnswer> a = onLucene.answerTerms(q.text(), 3);
                    Result<TermsAnswer> b = onOpenSearch.answerTerms(q.text(), 3);
                    assertThat(b.value()).as(q.text()).isEqualTo(a.value());
                }
            }
        }
    }

    @Test
    void vectorSearchIsTheExactCosineTop5AndItsAgreementWithLuceneIsMeasured() throws Exception {
        InsQa data = InsQa.load(EvalData.require("finance/insqa-clause-subjective.json"));
        Embedder embedder = Embedder.hashing(256);
        try (DocumentLibrary lucene = DocumentLibrary.builder().inMemory().embedder(embedder).build();
                DocumentLibrary opensearch = OpenSearchLibrary.builder().url(OpenSearchNode.get().url())
                        .index("parity-insqa-vectors").replicas(0).embedder(embedder).build()) {
            lucene.addAll(data.documents);
            opensearch.addAll(data.documents);
            // every chunk and its vector, to compute the exact cosine ranking here
            List<String> chunkIds = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (Document d : data.documents) {
                for (Chunk c : Chunker.structural().chunk(d)) {
                    chunkIds.add(d.id() + "#" + c.index());
                    vectors.add(embedder.embed(List.of(VectorSearchText.of(d.title(), c))).get(0));
                }
            }
            int exact = 0;
            for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.HYBRID)) {
                int overlap = 0;
                int total = 0;
                int sameOrder = 0;
                for (InsQa.Question q : data.questions) {
                    List<String> a = ids(lucene.search(SearchRequest.of(q.text(), 5).withMode(mode)));
                    List<Hit> hits = opensearch.search(SearchRequest.of(q.text(), 5).withMode(mode));
                    List<String> b = ids(hits);
                    overlap += intersection(a, b);
                    total += Math.max(a.size(), b.size());
                    sameOrder += a.equals(b) ? 1 : 0;
                    if (mode == SearchMode.VECTOR) {
                        float[] qv = embedder.embed(List.of(q.text())).get(0);
                        double fifth = hits.get(hits.size() - 1).score();
                        for (int i = 0; i < chunkIds.size(); i++) {
                            double s = (1 + cosine(qv, vectors.get(i))) / 2;
                            // no chunk outside the top 5 scores above the fifth hit
                            if (!b.contains(chunkIds.get(i))) {
                                assertThat(s).as(q.text() + " " + chunkIds.get(i)).isLessThanOrEqualTo(fifth + 1e-6);
                            } else {
                                assertThat(hits.get(b.indexOf(chunkIds.get(i))).score()).isCloseTo(s, within(1e-5));
                            }
                        }
                        exact++;
                    }
                }
                report(String.format("InsQABench, %s with Embedder.hashing(256), Lucene (HNSW, approximate) vs OpenSearch"
                        + " (exact script_score): top-5 overlap %d/%d (%.3f); identical top-5 lists in order %d/%d",
                        mode, overlap, total, overlap / (double) total, sameOrder, data.questions.size()));
            }
            assertThat(exact).isEqualTo(data.questions.size());
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The text the libraries embed for a chunk (title, heading path, text). */
    private static final class VectorSearchText {
        static String of(String title, Chunk c) {
            return ai.domainassist.retrieval.opensearch.internal.VectorSearch.embeddingText(title, c);
        }
    }

    private static PolicyLibrary load(DocumentLibrary store) throws Exception {
        List<String[]> rows = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String line : Files.readAllLines(GOV_SAMPLES.resolve("library.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                rows.add(f);
                sources.add(f[4]);
            }
        }
        String[] allowed = sources.toArray(String[]::new);
        PolicyLibrary lib = store == null ? PolicyLibrary.whitelisting(allowed) : PolicyLibrary.on(store, allowed);
        for (String[] f : rows) {
            if (lib.get(f[1]).isEmpty()) {
                lib.addFile(GOV_SAMPLES.resolve(f[0]), new PolicyMetadata(f[1], f[4], Validity.valueOf(f[2]), f[3]));
            }
        }
        return lib;
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.documentId() + "#" + h.chunkIndex()).toList();
    }

    private static int intersection(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.retainAll(b);
        return s.size();
    }

    private static synchronized void report(String line) throws Exception {
        System.out.println(line);
        Path out = Path.of("target", "backend-parity.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
