package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every peer benchmark (and the core cache-hit benchmark) with the GC and CPU profilers and
 * writes {@code jmh-peers.json} (JMH's own result), {@code peers.json} and {@code peers.md}. Each
 * benchmark fork starts its own benchmark server in a child JVM and stops it (see
 * {@link ServerProcess}). The documented command is {@code mvn -B -Dquick -DskipTests -pl benchmarks
 * -am verify -Ppeers} (see docs/bench.md).
 *
 * <p>Options: {@code --quick} (one 1 s warm-up and one 1 s measurement per benchmark: a smoke
 * test, not numbers to quote), {@code --include REGEX} (JMH benchmark regex), {@code --out DIR}
 * (default {@code results}). System properties {@code bench.stream.chunks},
 * {@code bench.stream.flushEvery} and {@code bench.embedding.dimensions} are passed to the forks.
 */
public final class PeerBench {
    /** Every benchmark of this suite. */
    public static final String DEFAULT_INCLUDE = "ai\\.domainassist\\.benchmarks\\.(peers|core)\\..*";

    private PeerBench() {
    }

    /**
     * @param args see the class comment
     * @throws Exception if JMH or the report fails (a benchmark that fails fails the run)
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        String include = DEFAULT_INCLUDE;
        Path out = Path.of("results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--include" -> include = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --quick, --include REGEX, --out DIR)");
            }
        }
        Files.createDirectories(out);
        Path jmhJson = out.resolve("jmh-peers.json");

        Map<String, String> env = new LinkedHashMap<>();
        env.put("command", "mvn -B -Dquick -DskipTests -pl benchmarks -am verify -Ppeers"
                + (args.length == 0 ? "" : " -Dpeers.args=\"" + String.join(" ", args) + "\""));
        env.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        env.put("commit", git());
        env.put("machine", machine());
        env.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + ", forks with -Xms1g -Xmx1g (default GC)");
        env.put("load average (1, 5, 15 min) at start", loadAverage());

        // Iterations come from each benchmark's annotations: 1 s each, four measured after six warm-ups,
        // ten for structured output, fourteen for chat (on 2 shared cores the JIT falls behind and our
        // pipeline, having more code, reaches its steady state last: about 20 s at 16 callers under load).
        // --quick: one and one.
        env.put("settings", "JMH 1.37, 1 fork per benchmark and client, "
                + (quick ? "1 x 1 s warm-up, 1 x 1 s measurement (QUICK SMOKE RUN: not numbers to quote)"
                        : "6 x 1 s warm-up (10 for structured output, 14 for chat), 4 x 1 s measurement")
                + "; profilers gc and " + CpuProfiler.class.getSimpleName() + "; server in its own JVM, "
                + ServerProcess.STREAM_CHUNKS + " stream chunks, " + ServerProcess.FLUSH_EVERY
                + " event(s) per server write");

        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dbench.stream.chunks=" + ServerProcess.STREAM_CHUNKS,
                        "-Dbench.stream.flushEvery=" + ServerProcess.FLUSH_EVERY,
                        "-Dbench.embedding.dimensions=" + ServerProcess.EMBEDDING_DIMENSIONS)
                .addProfiler(GCProfiler.class).addProfiler(CpuProfiler.class)
                .resultFormat(ResultFormatType.JSON).result(jmhJson.toString())
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        awaitOtherJmhRuns();
        long start = System.nanoTime();
        new Runner(options.build()).run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        env.put("load average (1, 5, 15 min) at end", loadAverage());
        env.put("JMH run time", took.toMinutesPart() + " min " + took.toSecondsPart() + " s");
        new PeerReport(Measurements.read(jmhJson), ServerProcess.STREAM_CHUNKS).write(out, env);
        System.out.println("wrote " + out.resolve("peers.md") + " and " + out.resolve("peers.json"));
    }

    /**
     * Waits (up to 30 minutes) while another JMH run holds JMH's lock file: two benchmark runs at
     * once would measure each other. JMH itself would give up at once.
     */
    private static void awaitOtherJmhRuns() throws IOException, InterruptedException {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        boolean told = false;
        while (true) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.tryLock()) {
                if (held != null) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                return; // let JMH report the lock itself
            }
            if (!told) {
                System.out.println("another JMH run holds " + lock + "; waiting for it to finish");
                told = true;
            }
            Thread.sleep(5_000);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep unknown
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB, %s %s", Runtime.getRuntime().availableProcessors(),
                cpu, memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static String git() {
        try {
            Process p = new ProcessBuilder(List.of("git", "describe", "--always", "--dirty")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
