package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput: the time to chunk and index 10,000 synthetic regulations (100,000 chunks)
 * into a fresh library, in batches of 1,000 documents per commit, BM25 only (no embedder).
 * Throughput in chunks per second is 100,000 divided by the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RetrievalIndexingBenchmark {
    static final int DOCUMENTS = 10_000;

    @Param({"memory", "disk"})
    public String storage;

    private List<Document> documents;
    private Path directory;

    @Setup(Level.Trial)
    public void corpus() {
        documents = new SyntheticCorpus().documents(DOCUMENTS, 1L);
    }

    @Setup(Level.Iteration)
    public void directory() throws IOException {
        directory = "disk".equals(storage) ? Files.createTempDirectory("da-bench-index") : null;
    }

    @TearDown(Level.Iteration)
    public void cleanUp() {
        Index.delete(directory);
    }

    @Benchmark
    public int index100kChunks() {
        try (DocumentLibrary library = Index.build(directory, documents)) {
            return library.count();
        }
    }
}
