package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.Validity;
import ai.domainassist.retrieval.opensearch.OpenSearchLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The queries of {@link RetrievalQueryBenchmark} (BM25 top 10 with citations, with and without a
 * filter, over 100,000 chunks) against an {@link OpenSearchLibrary} on a single OpenSearch 2.19.6
 * node in the benchmark JVM: the time includes the HTTP round trip on 127.0.0.1 and reading the hits'
 * JSON. Sample mode, so the results carry p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class OpenSearchQueryBenchmark {
    private OpenSearchLibrary library;
    private String[] queries;
    private int next;
    private final Filter filter = Filter.builder().validities(Validity.IN_FORCE)
            .issuedBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31)).build();

    @Setup(Level.Trial)
    public void build() throws Exception {
        List<Document> docs = new SyntheticCorpus().documents(RetrievalIndexingBenchmark.DOCUMENTS, 1L);
        OpenSearchIndex.delete("bench-query");
        library = OpenSearchIndex.build("bench-query", docs);
        queries = new SyntheticCorpus().queries(1024, 2L).toArray(new String[0]);
        System.out.printf("%nOpenSearch library: %d documents, about %d chunks%n", library.count(),
                Index.chunkCount(library, docs));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        library.close();
        OpenSearchIndex.delete("bench-query");
    }

    @Benchmark
    public List<Hit> keywordTop10() {
        return library.search(new SearchRequest(queries[next++ & 1023], 10, Filter.none(), SearchMode.KEYWORD));
    }

    @Benchmark
    public List<Hit> keywordTop10Filtered() {
        return library.search(new SearchRequest(queries[next++ & 1023], 10, filter, SearchMode.KEYWORD));
    }
}
