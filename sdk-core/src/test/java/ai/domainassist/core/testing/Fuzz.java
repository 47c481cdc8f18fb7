package ai.domainassist.core.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Seeded random testing of a parser: generates inputs, runs a check on each, and fails on the
 * first input whose check throws (an undocumented exception, a broken invariant) or that runs
 * longer than a per-input limit (a hang). Input {@code i} is generated from its own
 * {@code Random(seed * 1_000_003 + i)}, so one failing input can be regenerated alone.
 *
 * <p>The budget is set by system properties, which the build passes to the tests:
 * <ul>
 *   <li>{@code da.fuzz.inputs}: inputs per parser (default 10,000, the CI budget);</li>
 *   <li>{@code da.fuzz.seed}: the seed (default 18); {@code time} for a new seed each run, printed;</li>
 *   <li>{@code da.fuzz.hangMillis}: the longest one input may run (default 10,000 ms).</li>
 * </ul>
 * The {@code fuzz-nightly} Maven profile runs 500,000 inputs per parser with a new seed.
 *
 * <p>Each run prints one line: parser, inputs, seed, wall and CPU time (the CPU time of the
 * fuzzing thread says what the run costs even on a loaded machine), the slowest input and what
 * the inputs gave.
 */
public final class Fuzz {
    private Fuzz() {
    }

    /** What one input gave: {@code ok}, or the simple name of a documented exception. */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * @param input the input
         * @return an outcome label for the summary ({@code "ok"}, an exception's name)
         * @throws Exception for an undocumented outcome: the run fails
         */
        String run(T input) throws Exception;
    }

    /** The summary of a run. */
    public record Summary(String parser, int inputs, long seed, Duration time, Duration cpu, Duration slowest,
                          int slowestInput, Map<String, Integer> outcomes, Map<String, Long> outcomeMillis) {
        @Override
        public String toString() {
            StringBuilder each = new StringBuilder();
            outcomes.forEach((k, v) -> each.append(each.length() == 0 ? "" : ", ").append(k).append('=').append(v)
                    .append(" (").append(outcomeMillis.getOrDefault(k, 0L)).append(" ms CPU)"));
            return "fuzz " + parser + ": " + inputs + " inputs in " + time.toMillis() + " ms (" + cpu.toMillis()
                    + " ms CPU; seed " + seed + "), slowest input #" + slowestInput + " " + slowest.toMillis()
                    + " ms, outcomes {" + each + "}";
        }
    }

    /** @return inputs per parser for this run */
    public static int inputs() {
        return Integer.parseInt(property("da.fuzz.inputs", "10000"));
    }

    /** @return the seed of this run */
    public static long seed() {
        return Holder.SEED;
    }

    /** One seed per JVM, so that every parser of a run reports the same one. */
    private static final class Holder {
        static final long SEED = parseSeed(property("da.fuzz.seed", "18"));

        private static long parseSeed(String s) {
            return s.equals("time") ? System.currentTimeMillis() : Long.parseLong(s);
        }
    }

    private static String property(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.strip();
    }

    /**
     * Runs a parser over generated inputs.
     *
     * @param parser the parser's name, for the summary
     * @param generator makes one input from its random source
     * @param check runs the parser on one input and checks what it gave
     * @param <T> the input type
     * @return the summary (already printed)
     * @throws AssertionError on the first failing or hanging input, with how to regenerate it
     */
    public static <T> Summary run(String parser, Function<Random, T> generator, Check<T> check) {
        int n = inputs();
        long seed = seed();
        long hangNanos = Duration.ofMillis(Long.parseLong(property("da.fuzz.hangMillis", "10000"))).toNanos();
        AtomicInteger current = new AtomicInteger(-1);
        AtomicReference<Object> currentInput = new AtomicReference<>();
        AtomicLong startedAt = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger slowestInput = new AtomicInteger(-1);
        AtomicLong cpu = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Long> outcomeNanos = new TreeMap<>();
        long t0 = System.nanoTime();
        Thread worker = new Thread(() -> {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                T input = generator.apply(new Random(seed * 1_000_003L + i));
                currentInput.set(input);
                long cpuBefore = mx.getCurrentThreadCpuTime();
                startedAt.set(System.nanoTime());
                current.set(i);
                try {
                    String outcome = check.run(input);
                    long spent = mx.getCurrentThreadCpuTime() - cpuBefore;
                    synchronized (outcomes) {
                        outcomes.merge(outcome, 1, Integer::sum);
                        outcomeNanos.merge(outcome, spent, Long::sum);
                    }
                } catch (Throwable e) {
                    failure.set(new AssertionError(parser + ": input " + i + " of seed " + seed + " failed (saved as "
                            + save(parser, seed, i, input) + "; regenerate it with new Random(" + seed + " * 1_000_003L + "
                            + i + ") or rerun with -Dda.fuzz.seed=" + seed + " -Dda.fuzz.inputs=" + (i + 1) + "): " + e, e));
                    return;
                }
                long took = System.nanoTime() - startedAt.get();
                if (took > slowest.get()) {
                    slowest.set(took);
                    slowestInput.set(i);
                }
            }
            cpu.set(mx.getCurrentThreadCpuTime() - cpu0);
            current.set(n);
        }, "fuzz-" + parser);
        worker.setDaemon(true);
        worker.start();
        try {
            while (worker.isAlive()) {
                worker.join(50);
                int i = current.get();
                if (worker.isAlive() && i >= 0 && i < n && System.nanoTime() - startedAt.get() > hangNanos) {
                    StringBuilder where = new StringBuilder();
                    for (StackTraceElement frame : worker.getStackTrace()) {
                        where.append("\n\tat ").append(frame);
                    }
                    throw new AssertionError(parser + ": input " + i + " of seed " + seed + " still running after "
                            + Duration.ofNanos(hangNanos).toMillis() + " ms (a hang; saved as "
                            + save(parser, seed, i, currentInput.get()) + "; regenerate it with new Random(" + seed
                            + " * 1_000_003L + " + i + ")); it is running:" + where);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw (AssertionError) failure.get();
        }
        Summary s = new Summary(parser, n, seed, Duration.ofNanos(System.nanoTime() - t0), Duration.ofNanos(cpu.get()),
                Duration.ofNanos(slowest.get()), slowestInput.get(), outcomes, millis(outcomeNanos));
        System.out.println(s);
        return s;
    }

    private static Map<String, Long> millis(Map<String, Long> nanos) {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    /** Writes a failing input to {@code target/fuzz-failures/} (bytes as they are, anything else as text). */
    private static String save(String parser, long seed, int i, Object input) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "fuzz-failures");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path file = dir.resolve(parser.replaceAll("[^A-Za-z0-9+_-]", "_") + "-" + seed + "-" + i + ".bin");
            byte[] bytes = input instanceof byte[] b ? b
                    : String.valueOf(input).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.write(file, bytes);
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "(not saved: " + e + ")";
        }
    }

    // ------------------------------------------------------------------ building blocks for generators

    /**
     * @param r the random source
     * @param choices the choices
     * @param <T> their type
     * @return one of them
     */
    @SafeVarargs
    public static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }

    /**
     * Mutates a text the way hostile or careless input does: characters deleted, duplicated,
     * replaced by characters that matter to parsers (line ends, quotes, brackets, digits, wide
     * and control characters, lone surrogates), pieces cut off or repeated many times.
     *
     * @param r the random source
     * @param text the text to mutate
     * @param edits how many edits at most
     * @return the mutated text
     */
    public static String mutate(Random r, String text, int edits) {
        StringBuilder sb = new StringBuilder(text);
        int k = 1 + r.nextInt(Math.max(1, edits));
        for (int e = 0; e < k; e++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(9)) {
                case 0 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 1 -> sb.insert(at, pick(r, "\n", "\r\n", "\r", "\n\n", " ", "\u3000", "\t", "\u00A0"));
                case 2 -> sb.insert(at, pick(r, "\"", "{", "}", "[", "]", ":", "：", ",", "，", "。", "\\", "#", "<", ">",
                        "&", "-", "·", "（", "）", "【", "】", "〔", "〕"));
                case 3 -> sb.insert(at, (char) ('0' + r.nextInt(10)));
                case 4 -> sb.insert(at, pick(r, "\u0000", "\u0007", "\uFEFF", "\uD800", "\uDC00", "\uFFFD", "\u202E",
                        "\u200B", "🌏"));
                case 5 -> {
                    if (at < sb.length()) {
                        sb.setLength(at); // cut off
                    }
                }
                case 6 -> {
                    int len = Math.min(sb.length() - Math.min(at, sb.length()), 1 + r.nextInt(40));
                    String piece = sb.substring(Math.min(at, sb.length()), Math.min(at, sb.length()) + len);
                    sb.insert(at, piece.repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 4)));
                }
                case 7 -> sb.insert(at, (char) (0x4E00 + r.nextInt(0x51A5)));
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) r.nextInt(0x3000));
                    }
                }
            }
        }
        return sb.toString();
    }
}
