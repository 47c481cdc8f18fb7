package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.ServerProcess;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One embedding of a short text ({@code bench.embedding.dimensions}, 1536 floats) through each
 * client, one caller. Each call embeds a different text (a counter is appended), since our client
 * caches embeddings by default and a repeated text would measure its cache. Each client asks in its
 * default encoding: JSON floats, except openai-java, which asks for base64 (the server answers in
 * kind), so the bodies differ in size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 4, time = 1)
@Threads(1)
public class EmbeddingBenchmark {
    /** The client under test (see {@link Drivers}). */
    @Param({Drivers.RAW, Drivers.OURS, Drivers.OURS_ALL, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA})
    public String client;

    private static final String TEXT = "急性上呼吸道感染 acute upper respiratory infection";

    private ServerProcess server;
    private Driver driver;

    /** Starts the server and the client, and checks the client gets the server's vector. */
    @Setup(Level.Trial)
    public void setUp() {
        server = ServerProcess.start();
        driver = Drivers.create(client, server.baseUrl());
        Drivers.checkEmbedding(client, driver.embed(TEXT), ServerProcess.EMBEDDING_DIMENSIONS);
    }

    /** Closes the client and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
        server.close();
    }

    /** A per-thread counter that makes every text new. */
    @State(Scope.Thread)
    public static class Texts {
        private long n;

        /** @return the next text */
        String next() {
            return TEXT + " #" + n++;
        }
    }

    /**
     * @param texts the caller's texts
     * @return the vector
     */
    @Benchmark
    public Object embed(Texts texts) {
        return driver.embed(texts.next());
    }
}
