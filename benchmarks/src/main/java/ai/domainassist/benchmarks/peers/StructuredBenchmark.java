package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
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
 * Workload 3: structured output into the {@link VisitSummary} record (nested record, list, enum)
 * with each library's own support: the raw floor sends a hand-written json_schema and binds the
 * answer with Jackson; LangChain4j through an AI service; openai-java through
 * {@code responseFormat(Class)}; ours through {@code ModelClient.extract}. One caller.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 4, time = 1)
@Threads(1)
public class StructuredBenchmark {
    /** The client under test (see {@link Drivers}). */
    @Param({Drivers.RAW, Drivers.OURS, Drivers.OURS_ALL, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA})
    public String client;

    private ServerProcess server;
    private Driver driver;
    private String prompt;

    /** Starts the server and the client, and checks the client extracts the server's record. */
    @Setup(Level.Trial)
    public void setUp() {
        server = ServerProcess.start();
        driver = Drivers.create(client, server.baseUrl());
        prompt = Payloads.structuredPrompt();
        Drivers.checkExtract(client, driver.extract(prompt));
    }

    /** Closes the client and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
        server.close();
    }

    /** @return the record */
    @Benchmark
    public VisitSummary extract() {
        return driver.extract(prompt);
    }
}
