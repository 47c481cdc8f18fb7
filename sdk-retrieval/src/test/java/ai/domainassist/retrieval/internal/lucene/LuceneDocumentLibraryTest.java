package ai.domainassist.retrieval.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentExistsException;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.DocumentNotFoundException;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.TextAnalysis;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneDocumentLibraryTest {

    private static final String REGULATION = "城市供水用水管理条例\n第一章　总则\n第一条　为了加强城市供水用水管理，制定本条例。\n"
            + "第二章　节约用水\n第二条　用水单位应当采用节水型工艺和设备，提高水的重复利用率。\n第三条　禁止盗用城市公共供水。";
    private static final String INSURANCE = "团体意外伤害保险条款\n2.1 意外身故保险金 被保险人因意外伤害身故的，我们按基本保险金额给付意外身故保险金。\n"
            + "2.2 责任免除 被保险人酒后驾驶机动车导致身故的，我们不承担给付保险金的责任。";

    private static DocumentMetadata meta(String source, String authority, Validity validity, String... tags) {
        return DocumentMetadata.builder().source(source).issuingAuthority(authority).validity(validity).tags(tags)
                .documentNumber("示例〔2099〕1号").issueDate(LocalDate.of(2099, 1, 1)).build();
    }

    private static Document regulation() {
        return new Document("reg-1", "城市供水用水管理条例", REGULATION, meta("gov.example", "某市人民政府", Validity.IN_FORCE, "供水"));
    }

    private static Document insurance() {
        return new Document("ins-1", "团体意外伤害保险条款", INSURANCE, meta("insurer.example", "示例保险公司", Validity.IN_FORCE, "意外险"));
    }

    @Test
    void addGetListCountAndCitedSearch() {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            library.add(regulation());
            library.add(insurance());

            assertThat(library.count()).isEqualTo(2);
            assertThat(library.get("reg-1")).contains(regulation());
            assertThat(library.get("nope")).isEmpty();
            assertThat(library.list()).extracting(Document::id).containsExactly("ins-1", "reg-1");

            List<Hit> hits = library.search("盗用公共供水", 3);
            assertThat(hits).isNotEmpty();
            Hit top = hits.get(0);
            assertThat(top.documentId()).isEqualTo("reg-1");
            assertThat(top.citation().heading()).isEqualTo("第二章 > 第三条");
            assertThat(top.citation().documentNumber()).isEqualTo("示例〔2099〕1号");
            assertThat(top.citation().title()).isEqualTo("城市供水用水管理条例");
            assertThat(REGULATION.substring(top.citation().start(), top.citation().end())).isEqualTo(top.text());
            assertThat(top.text()).isEqualTo("第三条　禁止盗用城市公共供水。");
            assertThat(top.metadata()).isEqualTo(regulation().metadata());
            assertThat(top.chunkIndex()).isEqualTo(library.chunks("reg-1").stream()
                    .filter(c -> c.text().equals(top.text())).findFirst().orElseThrow().index());

            Hit drunk = library.search("喝酒后开车出事保险赔不赔", 1).get(0);
            assertThat(drunk.citation().heading()).isEqualTo("2.2 责任免除");
            assertThat(drunk.citation().reference()).isEqualTo("《团体意外伤害保险条款》（示例〔2099〕1号）2.2 责任免除");
        }
    }

    @Test
    void aQueryWithoutSearchableTermsFindsNothing() {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            library.add(regulation());
            assertThat(library.search("，。！？", 5)).isEmpty();
        }
    }

    @Test
    void replaceAndDelete() {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            library.add(regulation());
            assertThatThrownBy(() -> library.add(regulation())).isInstanceOf(DocumentExistsException.class)
                    .hasMessageContaining("reg-1");
            assertThatThrownBy(() -> library.replace(insurance())).isInstanceOf(DocumentNotFoundException.class)
                    .hasMessageContaining("ins-1");

            Document amended = new Document("reg-1", "城市供水用水管理条例（修订）", REGULATION.replace("盗用", "擅自取用"),
                    regulation().metadata().toBuilder().validity(Validity.AMENDED).supersededBy("reg-2").build());
            library.replace(amended);
            assertThat(library.get("reg-1")).contains(amended);
            assertThat(library.count()).isEqualTo(1);
            assertThat(library.search("盗用", 5)).isEmpty();
            Hit hit = library.search("擅自取用", 5).get(0);
            assertThat(hit.metadata().validity()).isEqualTo(Validity.AMENDED);
            assertThat(hit.citation().title()).isEqualTo("城市供水用水管理条例（修订）");

            assertThat(library.delete("reg-1")).isTrue();
            assertThat(library.delete("reg-1")).isFalse();
            assertThat(library.count()).isZero();
            assertThat(library.chunks("reg-1")).isEmpty();
            assertThat(library.search("供水", 5)).isEmpty();
        }
    }

    @Test
    void addAllWritesAllOrNone() {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            library.add(regulation());
            assertThatThrownBy(() -> library.addAll(List.of(insurance(), regulation())))
                    .isInstanceOf(DocumentExistsException.class);
            assertThat(library.count()).isEqualTo(1);
            assertThatThrownBy(() -> library.addAll(List.of(insurance(), insurance())))
                    .isInstanceOf(DocumentExistsException.class);
            assertThat(library.get("ins-1")).isEmpty();
        }
    }

    @Test
    void survivesCloseAndReopenOnDisk(@TempDir Path dir) {
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            library.add(regulation());
            library.add(insurance());
            library.delete("ins-1");
        }
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            assertThat(library.count()).isEqualTo(1);
            assertThat(library.get("reg-1")).contains(regulation());
            assertThat(library.search("节水型工艺", 1).get(0).citation().heading()).isEqualTo("第二章 > 第二条");
            library.add(insurance());
        }
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            assertThat(library.list()).extracting(Document::id).containsExactly("ins-1", "reg-1");
        }
    }

    @Test
    void refusesAnIndexBuiltWithOtherSettingsOrAlreadyOpen(@TempDir Path dir) {
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            library.add(regulation());
            assertThatThrownBy(() -> DocumentLibrary.builder().directory(dir).build())
                    .isInstanceOf(RetrievalException.class).hasMessageContaining("open in another library");
        }
        assertThatThrownBy(() -> DocumentLibrary.builder().directory(dir).analysis(TextAnalysis.SMART_CHINESE).build())
                .isInstanceOf(RetrievalException.class).hasMessageContaining("CJK_BIGRAM");
        assertThatThrownBy(() -> DocumentLibrary.builder().directory(dir).embedder(Embedder.hashing(64)).build())
                .isInstanceOf(RetrievalException.class).hasMessageContaining("hashing-64");
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            assertThat(library.count()).as("a refused open leaves the index intact").isEqualTo(1);
        }
    }

    @Test
    void whitelistIsEnforcedAtIngestionAndAtQueryTime(@TempDir Path dir) {
        SourceWhitelist gov = SourceWhitelist.of("gov.example", "https://www.gov.example/*");
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).sourceWhitelist(gov).build()) {
            assertThatThrownBy(() -> library.add(insurance())).isInstanceOf(SourceNotAllowedException.class)
                    .hasMessageContaining("insurer.example");
            assertThatThrownBy(() -> library.add(Document.of("nosource", "t", "没有来源的文本。")))
                    .isInstanceOf(SourceNotAllowedException.class).hasMessageContaining("no source");
            assertThatThrownBy(() -> library.addAll(List.of(regulation(), insurance())))
                    .isInstanceOf(SourceNotAllowedException.class);
            assertThat(library.count()).as("a refused batch writes nothing").isZero();
            library.add(regulation());
            library.add(new Document("web-1", "网页通知", "关于城市供水价格调整的通知。",
                    DocumentMetadata.builder().source("https://www.gov.example/zhengce/1.html").build()));
            assertThat(library.count()).isEqualTo(2);
        }
        // The same index, opened without a whitelist, gets an insurance document...
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).build()) {
            library.add(insurance());
            assertThat(library.search("保险金", 5)).isNotEmpty();
        }
        // ...which a library with the whitelist never shows, whatever the query or filter.
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).sourceWhitelist(gov).build()) {
            assertThat(library.search("保险金 意外 身故 酒后驾驶", 10)).isEmpty();
            assertThat(library.search(new SearchRequest("保险金", 10,
                    ai.domainassist.retrieval.Filter.builder().sources("insurer.example").build(), SearchMode.KEYWORD))).isEmpty();
            assertThat(library.get("ins-1")).isEmpty();
            assertThat(library.chunks("ins-1")).isEmpty();
            assertThat(library.count()).isEqualTo(2);
            assertThat(library.list()).extracting(Document::id).containsExactly("reg-1", "web-1");
            assertThat(library.search("供水", 10)).extracting(Hit::documentId).containsOnly("reg-1", "web-1");
        }
    }

    @Test
    void concurrentReadersSeeConsistentResultsWhileOneWriterWrites() throws Exception {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            Map<String, String> texts = new ConcurrentHashMap<>();
            int writes = 40;
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(4);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    readers.add(pool.submit(() -> {
                        started.countDown();
                        int lastCount = 0;
                        while (!done.get()) {
                            int count = library.count();
                            assertThat(count).as("documents are only added").isGreaterThanOrEqualTo(lastCount);
                            lastCount = count;
                            for (Hit h : library.search("供水 管理 第三条", 20)) {
                                String text = texts.get(h.documentId());
                                assertThat(text).as("a hit's document was added before it was visible").isNotNull();
                                assertThat(text.substring(h.citation().start(), h.citation().end())).isEqualTo(h.text());
                            }
                            searches.incrementAndGet();
                        }
                        return null;
                    }));
                }
                started.await();
                for (int i = 0; i < writes; i++) {
                    String id = "doc-" + i;
                    String text = "第" + (i + 1) + "号通知\n第三条　城市供水管理第" + i + "项规定，自公布之日起施行。";
                    texts.put(id, text);
                    library.add(Document.of(id, "通知" + i, text));
                    if (i % 5 == 0) {
                        library.replace(Document.of(id, "通知" + i, text));
                    }
                }
                done.set(true);
                for (Future<?> f : readers) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(library.count()).isEqualTo(writes);
            assertThat(searches.get()).as("readers ran alongside the writer").isGreaterThan(4);
        }
    }

    @Test
    void aClosedLibraryRefusesWork() {
        DocumentLibrary library = DocumentLibrary.builder().build();
        library.add(regulation());
        library.close();
        library.close();
        assertThatThrownBy(library::count).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> library.search("供水", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> library.add(insurance())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void vectorAndHybridSearchWithAnEmbedder() {
        CountingEmbedder counting = new CountingEmbedder(Embedder.hashing(128));
        try (DocumentLibrary library = DocumentLibrary.builder().embedder(counting).build()) {
            library.add(regulation());
            library.add(insurance());
            int afterIndexing = counting.texts.get();
            assertThat(afterIndexing).as("one embedding per chunk").isEqualTo(
                    library.chunks("reg-1").size() + library.chunks("ins-1").size());

            Hit vector = library.search(SearchRequest.of("意外身故保险金给付", 1).withMode(SearchMode.VECTOR)).get(0);
            assertThat(vector.citation().heading()).isEqualTo("2.1 意外身故保险金");
            Hit hybrid = library.search("意外身故保险金给付", 1).get(0);
            assertThat(hybrid.citation().heading()).isEqualTo("2.1 意外身故保险金");
            assertThat(hybrid.score()).as("an RRF score").isLessThanOrEqualTo(2.0 / 61);

            library.search("意外身故保险金给付", 1);
            assertThat(counting.texts.get()).as("the query's vector is cached").isEqualTo(afterIndexing + 1);
            library.replace(insurance());
            assertThat(counting.texts.get()).as("unchanged chunks are not embedded again").isEqualTo(afterIndexing + 1);
        }
    }

    @Test
    void vectorSearchWithoutAnEmbedderIsRefused() {
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            library.add(regulation());
            assertThatThrownBy(() -> library.search(SearchRequest.of("供水").withMode(SearchMode.HYBRID)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedder");
        }
    }

    @Test
    void embedderWithTheWrongDimensionsIsRefused(@TempDir Path dir) {
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).embedder(Embedder.hashing(64)).build()) {
            library.add(regulation());
        }
        Embedder sameIdOtherSize = new Embedder() {
            private final Embedder inner = Embedder.hashing(32);

            @Override
            public String id() {
                return "hashing-64";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return inner.embed(texts);
            }
        };
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).embedder(sameIdOtherSize).build()) {
            assertThatThrownBy(() -> library.add(insurance())).isInstanceOf(RetrievalException.class)
                    .hasMessageContaining("32 dimensions").hasMessageContaining("64");
            assertThat(library.count()).isEqualTo(1);
        }
    }

    @Test
    void aChunkerThatBreaksTheSpanRuleIsCaught() {
        Chunker broken = d -> List.of(new Chunk(d.id(), 0, List.of(), 0, 3, "别的字"));
        try (DocumentLibrary library = DocumentLibrary.builder().chunker(broken).build()) {
            assertThatThrownBy(() -> library.add(regulation())).isInstanceOf(RetrievalException.class)
                    .hasMessageContaining("not the span");
            assertThat(library.count()).isZero();
        }
    }

    /** A real embedder that counts the texts it embeds. */
    private static final class CountingEmbedder implements Embedder {
        final Embedder inner;
        final AtomicInteger texts = new AtomicInteger();

        CountingEmbedder(Embedder inner) {
            this.inner = inner;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public List<float[]> embed(List<String> batch) {
            texts.addAndGet(batch.size());
            return inner.embed(batch);
        }
    }
}
