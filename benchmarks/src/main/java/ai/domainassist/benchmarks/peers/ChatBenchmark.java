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
 * Workload 1: a non-streamed chat call, 1 KiB prompt and 1 KiB answer, through each client,
 * against the benchmark server in its own process. Throughput with one caller and with 16
 * concurrent callers sharing one client; CPU and allocation per call come from
 * {@link CpuProfiler} and JMH's {@code gc} profiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 14, time = 1)
@Measurement(iterations = 4, time = 1)
public class ChatBenchmark {
    /** The client under test (see {@link Drivers}). */
    @Param({Drivers.RAW, Drivers.OURS, Drivers.OURS_ALL, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA})
    public String client;

    private ServerProcess server;
    private Driver driver;
    private String prompt;

    /** Starts the server and the client, and checks the client gets the server's answer. */
    @Setup(Level.Trial)
    public void setUp() {
        server = ServerProcess.start();
        driver = Drivers.create(client, server.baseUrl());
        prompt = Payloads.prompt();
        Drivers.checkChat(client, driver.chat(prompt));
    }

    /** Closes the client and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
        server.close();
    }

    /** @return the answer, one caller */
    @Benchmark
    @Threads(1)
    public String oneCaller() {
        return driver.chat(prompt);
    }

    /**
     * 16 concurrent callers on the machine's cores. Warmed up 40 one-second iterations, not the class's 14: with
     * 16 busy callers on 2 cores HotSpot's compiler threads get a small share of the CPU, and the client with
     * every decorator (more code to compile) reached 90 % of its steady throughput only at warm-up 28-31 (raw
     * at 15-18; quiet machine, 2026-12-06), so 14 warm-ups measured compilation, not the pipeline
     * (docs/bench-history.md, "Issue 19: 16 callers, every decorator").
     *
     * @return the answer
     */
    @Benchmark
    @Threads(16)
    @Warmup(iterations = 40, time = 1)
    public String sixteenCallers() {
        return driver.chat(prompt);
    }
}
