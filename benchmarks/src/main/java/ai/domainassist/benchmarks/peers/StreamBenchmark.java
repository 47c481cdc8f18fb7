package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import ai.domainassist.benchmarks.server.ServerProcess;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Workload 2: a streamed chat answer of {@code bench.stream.chunks} (500) content chunks, each
 * event written by the server on its own, read to completion by each client on one caller. The
 * score is the time to completion; {@link FirstText} adds up the time to the first text delta, so
 * the mean time to first token is {@code firstTextNanos / streams}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 4, time = 1)
@Threads(1)
public class StreamBenchmark {
    /** The client under test (see {@link Drivers}). */
    @Param({Drivers.RAW, Drivers.OURS, Drivers.OURS_ALL, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA})
    public String client;

    private ServerProcess server;
    private Driver driver;
    private String prompt;

    /** Time to first text, summed over an iteration (JMH adds the sums of the iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class FirstText {
        /** Nanoseconds from each call to its first text delta, added up. */
        public long firstTextNanos;
        /** Streams completed. */
        public long streams;

        /** Resets the sums (JMH does not). */
        @Setup(Level.Iteration)
        public void reset() {
            firstTextNanos = 0;
            streams = 0;
        }
    }

    /** Starts the server and the client, and checks the client assembles the server's stream. */
    @Setup(Level.Trial)
    public void setUp() {
        server = ServerProcess.start();
        driver = Drivers.create(client, server.baseUrl());
        prompt = Payloads.prompt();
        Drivers.checkStream(client, driver.stream(prompt), ServerProcess.STREAM_CHUNKS);
    }

    /** Closes the client and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
        server.close();
    }

    /**
     * @param first the time-to-first-text sums
     * @return the assembled answer
     */
    @Benchmark
    public String stream(FirstText first) {
        Driver.Streamed s = driver.stream(prompt);
        first.firstTextNanos += s.firstTextNanos();
        first.streams++;
        return s.text();
    }
}
