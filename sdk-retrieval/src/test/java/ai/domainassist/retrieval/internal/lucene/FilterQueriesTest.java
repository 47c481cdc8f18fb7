package ai.domainassist.retrieval.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene translation of filters and whitelists agrees with the plain-Java semantics of
 * {@link Filter#matches} and {@link SourceWhitelist#allows}, over random metadata and random filters.
 */
class FilterQueriesTest {
    private static final String[] SOURCES = {"gov.example", "https://www.gov.example/a", "https://www.gov.example/b", "insurer.example"};
    private static final String[] AUTHORITIES = {"国务院", "国务院办公厅", "财政部", "某市人民政府"};
    private static final String[] TAGS = {"税收", "小微企业", "社保", "意外险"};

    @Test
    void luceneFiltersMatchTheJavaSemantics() {
        Random r = new Random(7);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            docs.add(new Document("d" + i, "通知" + i, "关于落实政策的通知，第" + i + "号。", randomMetadata(r)));
        }
        int nonEmpty = 0;
        try (DocumentLibrary all = DocumentLibrary.builder().build()) {
            all.addAll(docs);
            for (int f = 0; f < 200; f++) {
                Filter filter = randomFilter(r);
                Set<String> expected = ids(docs, filter);
                assertThat(found(all, filter)).as("%s", filter).isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonEmpty).as("most random filters select something").isGreaterThan(100);
    }

    @Test
    void whitelistQueryShowsExactlyTheAllowedSources(@TempDir Path dir) {
        Random r = new Random(11);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            DocumentMetadata m = r.nextInt(5) == 0 ? DocumentMetadata.none()
                    : DocumentMetadata.builder().source(SOURCES[r.nextInt(SOURCES.length)]).build();
            docs.add(new Document("d" + i, "t", "政策文件正文。", m));
        }
        SourceWhitelist whitelist = SourceWhitelist.of("gov.example", "https://www.gov.example/*");
        try (DocumentLibrary open = DocumentLibrary.builder().directory(dir).build()) {
            open.addAll(docs);
        }
        try (DocumentLibrary guarded = DocumentLibrary.builder().directory(dir).sourceWhitelist(whitelist).build()) {
            Set<String> expected = docs.stream().filter(d -> whitelist.allows(d.metadata())).map(Document::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(expected).isNotEmpty().hasSizeLessThan(docs.size());
            assertThat(found(guarded, Filter.none())).isEqualTo(expected);
            assertThat(guarded.count()).isEqualTo(expected.size());
        }
    }

    private static Set<String> ids(List<Document> docs, Filter filter) {
        return docs.stream().filter(d -> filter.matches(d.id(), d.metadata())).map(Document::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> found(DocumentLibrary library, Filter filter) {
        List<Hit> hits = library.search(new SearchRequest("政策", 1000, filter, SearchMode.KEYWORD));
        return hits.stream().map(Hit::documentId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static DocumentMetadata randomMetadata(Random r) {
        DocumentMetadata.Builder b = DocumentMetadata.builder();
        if (r.nextInt(4) > 0) {
            b.source(SOURCES[r.nextInt(SOURCES.length)]);
        }
        if (r.nextInt(4) > 0) {
            b.issuingAuthority(AUTHORITIES[r.nextInt(AUTHORITIES.length)]);
        }
        if (r.nextInt(4) > 0) {
            b.issueDate(LocalDate.of(2090, 1, 1).plusDays(r.nextInt(3000)));
        }
        LocalDate effective = null;
        if (r.nextInt(3) > 0) {
            effective = LocalDate.of(2090, 1, 1).plusDays(r.nextInt(3000));
            b.effectiveDate(effective);
        }
        if (r.nextInt(3) == 0) {
            b.expiryDate((effective == null ? LocalDate.of(2090, 1, 1) : effective).plusDays(r.nextInt(2000)));
        }
        b.validity(Validity.values()[r.nextInt(3)]);
        for (String t : TAGS) {
            if (r.nextInt(3) == 0) {
                b.tags(t);
            }
        }
        return b.build();
    }

    private static Filter randomFilter(Random r) {
        Filter.Builder f = Filter.builder();
        if (r.nextInt(4) == 0) {
            f.documentIds("d" + r.nextInt(120), "d" + r.nextInt(120), "d" + r.nextInt(120));
        }
        if (r.nextInt(3) == 0) {
            f.sources(SOURCES[r.nextInt(SOURCES.length)]);
        }
        if (r.nextInt(3) == 0) {
            f.authorities(AUTHORITIES[r.nextInt(AUTHORITIES.length)], AUTHORITIES[r.nextInt(AUTHORITIES.length)]);
        }
        if (r.nextInt(3) == 0) {
            f.validities(Validity.values()[r.nextInt(3)]);
        }
        if (r.nextInt(3) == 0) {
            f.tags(TAGS[r.nextInt(TAGS.length)]);
        }
        if (r.nextInt(3) == 0) {
            LocalDate from = r.nextBoolean() ? LocalDate.of(2090, 1, 1).plusDays(r.nextInt(1500)) : null;
            LocalDate to = r.nextBoolean() ? LocalDate.of(2094, 1, 1).plusDays(r.nextInt(1500)) : null;
            f.issuedBetween(from, to);
        }
        if (r.nextInt(3) == 0) {
            f.effectiveOn(LocalDate.of(2090, 1, 1).plusDays(r.nextInt(5000)));
        }
        return f.build();
    }
}
