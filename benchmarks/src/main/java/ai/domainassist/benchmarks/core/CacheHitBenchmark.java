package ai.domainassist.benchmarks.core;

import ai.domainassist.benchmarks.peers.Drivers;
import ai.domainassist.benchmarks.peers.OurClients;
import ai.domainassist.benchmarks.server.Payloads;
import ai.domainassist.benchmarks.server.ServerProcess;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.cache.CacheStats;
import ai.domainassist.core.chat.ChatRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Workload 4: a chat call answered from our response cache. The request (1 KiB prompt, marked
 * cacheable) is built anew for every call, as an application would; the first call in set-up
 * fills the cache and the check makes sure later calls are hits that never reach the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 4, time = 1)
@Threads(1)
public class CacheHitBenchmark {
    /** Our client: defaults, or every decorator on. */
    @Param({Drivers.OURS, Drivers.OURS_ALL})
    public String client;

    private ServerProcess server;
    private ModelClient model;
    private Path audit;
    private String prompt;

    /** Starts the server and the client, fills the cache and checks that the next call is a hit. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = ServerProcess.start();
        if (client.equals(Drivers.OURS_ALL)) {
            audit = Files.createTempFile("bench-audit-", ".jsonl");
            model = OurClients.everyDecorator(server.baseUrl(), audit);
        } else {
            model = OurClients.defaults(server.baseUrl());
        }
        prompt = Payloads.prompt();
        Drivers.checkChat(client, hit());
        Drivers.checkChat(client, hit());
        CacheStats stats = model.cacheStats().orElseThrow(() -> new IllegalStateException("no cache configured"));
        if (stats.hits() != 1 || stats.misses() != 1) {
            throw new IllegalStateException("the second call was not a cache hit: " + stats);
        }
    }

    /** Closes the client, stops the server, deletes the audit file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        model.close();
        server.close();
        if (audit != null) {
            Files.deleteIfExists(audit);
        }
    }

    /** @return the cached answer */
    @Benchmark
    public String hit() {
        return model.chat(ChatRequest.builder().model(Payloads.CHAT_MODEL).user(prompt).cacheable(true).build())
                .content();
    }
}
