package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.opensearch.OpenSearchLibrary;
import ai.domainassist.retrieval.opensearch.OpenSearchNode;
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
 * The same indexing as {@link RetrievalIndexingBenchmark} (10,000 synthetic regulations, 100,000
 * chunks, 1,000 documents per call) into an {@link OpenSearchLibrary} on a single OpenSearch 2.19.6
 * node started in the benchmark JVM (one shard, no replica, refresh after each bulk request): the
 * chunking in the client, the bulk requests over HTTP on 127.0.0.1, the node's indexing. Client and
 * node share the machine's cores, as on a developer's machine; a real cluster has its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class OpenSearchIndexingBenchmark {
    private List<Document> documents;
    private int round;

    @Setup(Level.Trial)
    public void corpus() {
        documents = new SyntheticCorpus().documents(RetrievalIndexingBenchmark.DOCUMENTS, 1L);
        OpenSearchNode.get();
    }

    @TearDown(Level.Iteration)
    public void cleanUp() throws Exception {
        OpenSearchIndex.delete("bench-index-" + round);
    }

    @Benchmark
    public int index100kChunks() {
        round++;
        try (OpenSearchLibrary library = OpenSearchIndex.build("bench-index-" + round, documents)) {
            return library.count();
        }
    }
}
