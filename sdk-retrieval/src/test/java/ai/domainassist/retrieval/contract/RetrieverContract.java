package ai.domainassist.retrieval.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentExistsException;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.DocumentNotFoundException;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.Retriever;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DocumentLibrary} (and so every {@link Retriever}) keeps, run against each
 * implementation: the embedded Lucene library ({@code LuceneLibraryContractTest}) and the OpenSearch
 * library ({@code sdk-retrieval-opensearch}). A subclass says how to make an empty library.
 */
public abstract class RetrieverContract {
    private static final String COMMON = "本规定所称公共服务";

    /**
     * An empty library for one test.
     *
     * @param whitelist the source whitelist
     * @param embedder the embedder, or {@code null} for keyword search only
     * @return the library (closed by the test)
     */
    protected abstract DocumentLibrary newLibrary(SourceWhitelist whitelist, Embedder embedder);

    private DocumentLibrary newLibrary(SourceWhitelist whitelist) {
        return newLibrary(whitelist, null);
    }

    /** @return the three real-shaped texts (notice, regulation, insurance terms) shipped with the tests */
    protected static List<Document> realTexts() {
        List<Document> out = new ArrayList<>();
        for (String name : List.of("notice", "regulation", "insurance")) {
            out.add(new Document(name, "样例" + name, text("/texts/" + name + ".txt"),
                    DocumentMetadata.builder().source("国务院公报").issuingAuthority("国务院办公厅").build()));
        }
        return out;
    }

    private static String text(String resource) {
        try (InputStream in = RetrieverContract.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyHitCitesTheExactSpanAndHeadingPathTheChunkerMade() {
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.allowAll())) {
            List<Document> docs = realTexts();
            lib.addAll(docs);
            Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
            for (String q : List.of("审批时限", "保险责任", "罚款", "第十二条", "申请材料 办理")) {
                List<Hit> hits = lib.search(q, 10);
                assertThat(hits).as(q).isNotEmpty();
                for (Hit h : hits) {
                    Citation c = h.citation();
                    Document d = byId.get(c.documentId());
                    assertThat(d.text().substring(c.start(), c.end())).isEqualTo(c.quote());
                    Chunk chunk = Chunker.structural().chunk(d).get(h.chunkIndex());
                    assertThat(c.headingPath()).isEqualTo(chunk.headingPath());
                    assertThat(c.start()).isEqualTo(chunk.start());
                    assertThat(c.title()).isEqualTo(d.title());
                    assertThat(h.metadata()).isEqualTo(d.metadata());
                }
            }
            assertThat(lib.chunks("regulation")).isEqualTo(Chunker.structural().chunk(byId.get("regulation")));
        }
    }

    @Test
    void atMostTopKHitsBestFirst() {
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.allowAll())) {
            lib.addAll(realTexts());
            for (int k : new int[] {1, 3, 7}) {
                List<Hit> hits = lib.search("保险 责任 申请", k);
                assertThat(hits).hasSizeLessThanOrEqualTo(k).isNotEmpty();
                for (int i = 1; i < hits.size(); i++) {
                    assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
                }
            }
            assertThat(lib.search("，。！？", 5)).isEmpty();
            assertThat(lib.search("鲸鱼潜艇", 5)).isEmpty();
        }
    }

    @Test
    void filtersHaveTheSemanticsOfFilterMatches() {
        Random rnd = new Random(42);
        List<Document> docs = new ArrayList<>();
        String[] sources = {"国务院公报", "https://www.gov.cn/a", "https://www.gov.cn/b", "北京市人民政府"};
        String[] authorities = {"国务院办公厅", "财政部", "教育部"};
        for (int i = 0; i < 40; i++) {
            DocumentMetadata.Builder m = DocumentMetadata.builder().source(sources[rnd.nextInt(sources.length)])
                    .validity(Validity.values()[rnd.nextInt(Validity.values().length)]);
            if (rnd.nextInt(4) > 0) {
                m.issuingAuthority(authorities[rnd.nextInt(authorities.length)]);
            }
            if (rnd.nextBoolean()) {
                m.issueDate(LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(1500)));
            }
            if (rnd.nextBoolean()) {
                m.effectiveDate(LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(700)));
            }
            if (rnd.nextBoolean()) {
                m.expiryDate(LocalDate.of(2023, 6, 1).plusDays(rnd.nextInt(700)));
            }
            List<String> tags = new ArrayList<>();
            for (String t : List.of("营商环境", "教育", "财政")) {
                if (rnd.nextBoolean()) {
                    tags.add(t);
                }
            }
            m.tags(tags);
            docs.add(new Document("d" + i, "文件" + i, COMMON + "的事项第" + i + "项。", m.build()));
        }
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.of("国务院公报", "https://www.gov.cn/*"))) {
            List<Document> allowed = docs.stream().filter(d -> !d.metadata().source().orElseThrow().startsWith("北京")).toList();
            lib.addAll(allowed);
            for (int round = 0; round < 60; round++) {
                Filter.Builder f = Filter.builder();
                if (rnd.nextInt(4) == 0) {
                    f.documentIds("d" + rnd.nextInt(40), "d" + rnd.nextInt(40));
                }
                if (rnd.nextInt(4) == 0) {
                    f.sources(sources[rnd.nextInt(sources.length)]);
                }
                if (rnd.nextInt(3) == 0) {
                    f.authorities(authorities[rnd.nextInt(authorities.length)]);
                }
                if (rnd.nextInt(3) == 0) {
                    f.validities(Validity.values()[rnd.nextInt(Validity.values().length)]);
                }
                if (rnd.nextInt(3) == 0) {
                    f.tags(List.of("营商环境", "教育", "财政").get(rnd.nextInt(3)));
                }
                if (rnd.nextInt(3) == 0) {
                    LocalDate from = LocalDate.of(2020, 6, 1).plusDays(rnd.nextInt(600));
                    f.issuedBetween(from, from.plusDays(rnd.nextInt(600)));
                }
                if (rnd.nextInt(3) == 0) {
                    f.effectiveOn(LocalDate.of(2021, 6, 1).plusDays(rnd.nextInt(900)));
                }
                Filter filter = f.build();
                Set<String> expected = allowed.stream().filter(d -> filter.matches(d.id(), d.metadata()))
                        .map(Document::id).collect(Collectors.toCollection(TreeSet::new));
                Set<String> got = lib.search(new SearchRequest(COMMON, 100, filter, SearchMode.KEYWORD)).stream()
                        .map(Hit::documentId).collect(Collectors.toCollection(TreeSet::new));
                assertThat(got).as(filter.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theWhitelistIsEnforcedOnAddAndOnEveryRead() {
        Document beijing = new Document("bj", "北京文件", COMMON + "北京。", DocumentMetadata.builder().source("北京市人民政府").build());
        Document noSource = new Document("none", "无来源", COMMON + "。", DocumentMetadata.none());
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.of("国务院公报"))) {
            assertThatThrownBy(() -> lib.add(beijing)).isInstanceOf(SourceNotAllowedException.class);
            assertThatThrownBy(() -> lib.addAll(List.of(realTexts().get(0), noSource)))
                    .isInstanceOf(SourceNotAllowedException.class);
            assertThat(lib.count()).isZero();
            lib.addAll(realTexts());
            assertThat(lib.count()).isEqualTo(3);
            assertThat(lib.search(COMMON, 10)).allSatisfy(h -> assertThat(h.metadata().source()).contains("国务院公报"));
        }
    }

    @Test
    void writesAreVisibleWhenTheyReturn() {
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.allowAll())) {
            List<Document> docs = realTexts();
            lib.add(docs.get(0));
            assertThatThrownBy(() -> lib.add(docs.get(0))).isInstanceOf(DocumentExistsException.class);
            assertThat(lib.get("notice")).contains(docs.get(0));
            assertThat(lib.get("missing")).isEmpty();
            Document shorter = new Document("notice", "样例notice", "一、总体要求\n压缩审批时限到五个工作日。",
                    docs.get(0).metadata());
            lib.replace(shorter);
            assertThat(lib.chunks("notice")).isEqualTo(Chunker.structural().chunk(shorter));
            assertThat(lib.search("审批时限", 10)).singleElement().satisfies(h -> assertThat(h.text()).contains("五个工作日"));
            assertThatThrownBy(() -> lib.replace(docs.get(1))).isInstanceOf(DocumentNotFoundException.class);
            assertThat(lib.delete("notice")).isTrue();
            assertThat(lib.delete("notice")).isFalse();
            assertThat(lib.search("审批时限", 10)).isEmpty();
            assertThat(lib.list()).isEmpty();
            assertThatThrownBy(() -> lib.search(SearchRequest.of("审批").withMode(SearchMode.VECTOR)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void withAnEmbedderVectorAndHybridRankingKeepCitationsAndFilters() {
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.allowAll(), Embedder.hashing(64))) {
            List<Document> docs = realTexts();
            lib.addAll(docs);
            Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
            for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.HYBRID)) {
                List<Hit> hits = lib.search(SearchRequest.of("保险责任免除", 6).withMode(mode));
                assertThat(hits).as(mode.name()).hasSize(6);
                for (int i = 0; i < hits.size(); i++) {
                    Citation c = hits.get(i).citation();
                    assertThat(byId.get(c.documentId()).text().substring(c.start(), c.end())).isEqualTo(c.quote());
                    if (i > 0) {
                        assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
                    }
                }
                Filter onlyNotice = Filter.builder().documentIds("notice").build();
                assertThat(lib.search(new SearchRequest("保险责任免除", 6, onlyNotice, mode)))
                        .isNotEmpty().allSatisfy(h -> assertThat(h.documentId()).isEqualTo("notice"));
            }
            assertThat(lib.search(SearchRequest.of("保险责任免除", 6)))
                    .isEqualTo(lib.search(SearchRequest.of("保险责任免除", 6).withMode(SearchMode.HYBRID)));
            assertThat(lib.search(SearchRequest.of("保险责任免除", 6).withMode(SearchMode.VECTOR)))
                    .allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void concurrentSearchesGiveTheSameHits() throws Exception {
        try (DocumentLibrary lib = newLibrary(SourceWhitelist.allowAll())) {
            lib.addAll(realTexts());
            List<Hit> expected = lib.search("保险责任 免除", 5);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Hit>>> fs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    fs.add(pool.submit(() -> lib.search("保险责任 免除", 5)));
                }
                for (Future<List<Hit>> f : fs) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
