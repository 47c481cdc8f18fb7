package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.Validity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Query latency over an on-disk library of 100,000 chunks (10,000 synthetic regulations): BM25
 * top 10 with citations, with and without a metadata filter. Sample mode, so the results carry
 * the p50 and p99 latencies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class RetrievalQueryBenchmark {
    private DocumentLibrary library;
    private Path directory;
    private String[] queries;
    private int next;
    private final Filter filter = Filter.builder().validities(Validity.IN_FORCE)
            .issuedBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31)).build();

    @Setup(Level.Trial)
    public void build() throws IOException {
        List<Document> docs = new SyntheticCorpus().documents(RetrievalIndexingBenchmark.DOCUMENTS, 1L);
        directory = Files.createTempDirectory("da-bench-query");
        library = Index.build(directory, docs);
        queries = new SyntheticCorpus().queries(1024, 2L).toArray(new String[0]);
        System.out.printf("%nlibrary: %d documents, about %d chunks%n", library.count(), Index.chunkCount(library, docs));
    }

    @TearDown(Level.Trial)
    public void close() {
        library.close();
        Index.delete(directory);
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
