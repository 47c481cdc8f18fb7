package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.peers.Measurements.Run;
import ai.domainassist.benchmarks.peers.Measurements.Value;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a JMH run of the peer benchmarks into {@code peers.json} and {@code peers.md}: every
 * metric per client, the ratios of ours (defaults, and with every decorator on) to the raw floor
 * and to each peer, and the goals checked. Every metric is a cost except throughput;
 * every ratio is ours' cost over the other's, so below 1 means ours costs less (for throughput,
 * the other's calls per second over ours).
 */
final class PeerReport {
    /** Clients in column order. */
    static final List<String> CLIENTS = List.of(Drivers.RAW, Drivers.OURS, Drivers.OURS_ALL, Drivers.LANGCHAIN4J,
            Drivers.OPENAI_JAVA);
    static final List<String> PEERS = List.of(Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA);
    static final List<String> SUBJECTS = List.of(Drivers.OURS, Drivers.OURS_ALL);

    private static final Map<String, String> LABELS = Map.of(Drivers.RAW, "raw OkHttp+Jackson", Drivers.OURS, "ours",
            Drivers.OURS_ALL, "ours, all decorators", Drivers.LANGCHAIN4J, "LangChain4j 1.19.0",
            Drivers.OPENAI_JAVA, "openai-java 4.0.0");

    /**
     * One row of the tables.
     *
     * @param id a stable key for the JSON
     * @param workload the workload's label
     * @param label the metric's label with its unit
     * @param benchmark the JMH class and method it comes from
     * @param higherIsBetter true for throughput
     * @param decimals digits after the point
     * @param value the metric from a run, in the label's unit
     */
    record Metric(String id, String workload, String label, String benchmark, boolean higherIsBetter, int decimals,
                  Function<Run, Optional<Value>> value) {
    }

    /**
     * A goal of the issue.
     *
     * @param text what it says
     * @param metric the metric's id
     * @param against {@code raw}, or {@code peer} for the better (cheaper) peer
     * @param limit the largest cost ratio that meets it
     */
    record Goal(String text, String metric, String against, double limit) {
    }

    private final Measurements measurements;
    private final List<Metric> metrics;
    private final List<Goal> goals;

    PeerReport(Measurements measurements, int streamChunks) {
        this.measurements = measurements;
        this.metrics = metrics(streamChunks);
        this.goals = goals();
    }

    static List<Metric> metrics(int chunks) {
        List<Metric> m = new ArrayList<>();
        for (String[] w : new String[][] {{"chat1", "ChatBenchmark.oneCaller", "chat, 1 caller"},
                {"chat16", "ChatBenchmark.sixteenCallers", "chat, 16 callers"}}) {
            callMetrics(m, w[0], w[2], w[1]);
        }
        String stream = "StreamBenchmark.stream";
        String sw = "stream, " + chunks + " chunks";
        m.add(new Metric("stream.firstToken", sw, "time to first token, µs", stream, false, 0, r -> firstToken(r)));
        m.add(new Metric("stream.completion", sw, "time to completion, µs", stream, false, 0,
                r -> Optional.of(r.primary())));
        m.add(new Metric("stream.timePerChunk", sw, "time per chunk after the first, µs", stream, false, 2,
                r -> firstToken(r).map(f -> new Value((r.primary().score() - f.score()) / (chunks - 1), Double.NaN, "us"))));
        m.add(new Metric("stream.cpuPerChunk", sw, "CPU per chunk, µs", stream, false, 2,
                r -> r.secondary("cpu.time.norm").map(v -> v.dividedBy(1000.0 * chunks))));
        m.add(new Metric("stream.allocPerChunk", sw, "allocated per chunk, bytes", stream, false, 0,
                r -> r.secondary("gc.alloc.rate.norm").map(v -> v.dividedBy(chunks))));
        callMetrics(m, "structured", "structured output", "StructuredBenchmark.extract");
        callMetrics(m, "embedding", "embedding, 1536 floats", "EmbeddingBenchmark.embed");
        m.add(new Metric("cache.time", "cache hit (chat)", "time per hit, µs", "CacheHitBenchmark.hit", false, 2,
                r -> Optional.of(r.primary())));
        m.add(new Metric("cache.cpu", "cache hit (chat)", "CPU per hit, µs", "CacheHitBenchmark.hit", false, 2,
                r -> r.secondary("cpu.time.norm").map(v -> v.dividedBy(1000.0))));
        m.add(new Metric("cache.alloc", "cache hit (chat)", "allocated per hit, KiB", "CacheHitBenchmark.hit", false, 2,
                r -> r.secondary("gc.alloc.rate.norm").map(v -> v.dividedBy(1024.0))));
        return m;
    }

    private static void callMetrics(List<Metric> m, String id, String workload, String benchmark) {
        m.add(new Metric(id + ".throughput", workload, "calls/s", benchmark, true, 0, r -> Optional.of(r.primary())));
        m.add(new Metric(id + ".cpu", workload, "CPU per call, µs", benchmark, false, 1,
                r -> r.secondary("cpu.time.norm").map(v -> v.dividedBy(1000.0))));
        m.add(new Metric(id + ".alloc", workload, "allocated per call, KiB", benchmark, false, 1,
                r -> r.secondary("gc.alloc.rate.norm").map(v -> v.dividedBy(1024.0))));
    }

    private static Optional<Value> firstToken(Run r) {
        Optional<Value> sum = r.secondary("firstTextNanos");
        Optional<Value> count = r.secondary("streams");
        if (sum.isEmpty() || count.isEmpty() || count.get().score() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Value(sum.get().score() / count.get().score() / 1000.0, Double.NaN, "us"));
    }

    static List<Goal> goals() {
        List<Goal> g = new ArrayList<>();
        for (String c : new String[] {"chat1", "chat16"}) {
            String who = c.equals("chat1") ? "1 caller" : "16 callers";
            g.add(new Goal("chat, " + who + ": time per call within 1.2x of the raw floor", c + ".throughput", "raw", 1.2));
            g.add(new Goal("chat, " + who + ": CPU per call at most 0.5x the better peer's", c + ".cpu", "peer", 0.5));
            g.add(new Goal("chat, " + who + ": allocation per call at most 0.5x the better peer's", c + ".alloc", "peer", 0.5));
        }
        g.add(new Goal("stream: time per chunk at most the better peer's", "stream.timePerChunk", "peer", 1.0));
        g.add(new Goal("stream: CPU per chunk at most the better peer's", "stream.cpuPerChunk", "peer", 1.0));
        g.add(new Goal("stream: allocation per chunk at most the better peer's", "stream.allocPerChunk", "peer", 1.0));
        return g;
    }

    /**
     * @param metric the metric
     * @param client the client
     * @return its value, if that client ran that benchmark
     */
    Optional<Value> value(Metric metric, String client) {
        return measurements.find(metric.benchmark(), client).flatMap(metric.value());
    }

    /**
     * @param metric the metric
     * @param subject ours or ours-all
     * @param other the client compared with
     * @return subject's cost over other's, if both were measured
     */
    Optional<Double> ratio(Metric metric, String subject, String other) {
        Optional<Value> a = value(metric, subject);
        Optional<Value> b = value(metric, other);
        if (a.isEmpty() || b.isEmpty() || a.get().score() == 0 || b.get().score() == 0) {
            return Optional.empty();
        }
        double r = metric.higherIsBetter() ? b.get().score() / a.get().score() : a.get().score() / b.get().score();
        return Optional.of(r);
    }

    /**
     * @param metric the metric
     * @return the peer that costs least on it, if any was measured
     */
    Optional<String> betterPeer(Metric metric) {
        String best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (String p : PEERS) {
            Optional<Value> v = value(metric, p);
            if (v.isPresent() && v.get().score() > 0) {
                double cost = metric.higherIsBetter() ? 1 / v.get().score() : v.get().score();
                if (cost < bestCost) {
                    bestCost = cost;
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<String> presentClients() {
        return CLIENTS.stream().filter(c -> measurements.runs().stream().anyMatch(r -> r.client().equals(c))).toList();
    }

    private Metric metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Writes {@code peers.json} and {@code peers.md}.
     *
     * @param dir the results directory
     * @param environment what the run was measured on (shown first, in order)
     * @throws IOException if a file cannot be written
     */
    void write(Path dir, Map<String, String> environment) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("peers.md"), markdown(environment), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("peers.json"), json.writeValueAsString(json(json, environment)) + "\n",
                StandardCharsets.UTF_8);
    }

    ObjectNode json(ObjectMapper mapper, Map<String, String> environment) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode env = root.putObject("environment");
        environment.forEach(env::put);
        ArrayNode rows = root.putArray("metrics");
        for (Metric m : metrics) {
            ObjectNode row = mapper.createObjectNode();
            row.put("id", m.id()).put("workload", m.workload()).put("metric", m.label()).put("benchmark", m.benchmark());
            ObjectNode values = row.putObject("values");
            ObjectNode errors = row.putObject("errors");
            for (String c : CLIENTS) {
                value(m, c).ifPresent(v -> {
                    values.put(c, v.score());
                    if (!Double.isNaN(v.error())) {
                        errors.put(c, v.error());
                    }
                });
            }
            ObjectNode ratios = row.putObject("ratios");
            for (String s : SUBJECTS) {
                for (String o : List.of(Drivers.RAW, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA)) {
                    ratio(m, s, o).ifPresent(r -> ratios.put(s + "/" + o, r));
                }
            }
            if (!values.isEmpty()) {
                rows.add(row);
            }
        }
        ArrayNode goalRows = root.putArray("goals");
        for (Goal g : goals) {
            for (String s : SUBJECTS) {
                goalResult(g, s).ifPresent(r -> goalRows.addObject().put("goal", g.text()).put("subject", s)
                        .put("against", r.against()).put("ratio", r.ratio()).put("limit", g.limit()).put("met", r.met()));
            }
        }
        return root;
    }

    record GoalResult(String against, double ratio, boolean met) {
    }

    Optional<GoalResult> goalResult(Goal goal, String subject) {
        Metric m = metric(goal.metric());
        Optional<String> against = goal.against().equals("raw") ? Optional.of(Drivers.RAW) : betterPeer(m);
        return against.flatMap(a -> ratio(m, subject, a).map(r -> new GoalResult(a, r, r <= goal.limit())));
    }

    String markdown(Map<String, String> environment) {
        List<String> clients = presentClients();
        StringBuilder md = new StringBuilder();
        md.append("# Peer benchmarks: results\n\n");
        for (Map.Entry<String, String> e : environment.entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        md.append("\n## Measured\n\n");
        md.append("Mean of the measurement iterations; ± is JMH's 99.9% confidence half-width where it has one. "
                + "CPU is the benchmark JVM's process CPU time (all its threads) per call; allocation is JMH's "
                + "`gc.alloc.rate.norm` (all threads).\n\n");
        md.append("| workload | metric |");
        clients.forEach(c -> md.append(' ').append(LABELS.get(c)).append(" |"));
        md.append("\n| --- | --- |");
        clients.forEach(c -> md.append(" ---: |"));
        md.append('\n');
        for (Metric m : metrics) {
            if (clients.stream().noneMatch(c -> value(m, c).isPresent())) {
                continue;
            }
            md.append("| ").append(m.workload()).append(" | ").append(m.label()).append(" |");
            for (String c : clients) {
                md.append(' ').append(value(m, c).map(v -> format(v, m.decimals())).orElse("n/a")).append(" |");
            }
            md.append('\n');
        }
        ratioTable(md);
        goalTable(md);
        return md.toString();
    }

    private void ratioTable(StringBuilder md) {
        List<String[]> columns = new ArrayList<>();
        for (String s : SUBJECTS) {
            for (String o : List.of(Drivers.RAW, Drivers.LANGCHAIN4J, Drivers.OPENAI_JAVA)) {
                boolean any = metrics.stream().anyMatch(m -> ratio(m, s, o).isPresent());
                if (any) {
                    columns.add(new String[] {s, o});
                }
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        md.append("\n## Ratios\n\nOurs' cost over the other's: below 1.00 ours costs less. "
                + "For calls/s, the other's throughput over ours.\n\n| workload | metric |");
        columns.forEach(c -> md.append(' ').append(LABELS.get(c[0])).append(" ÷ ").append(LABELS.get(c[1])).append(" |"));
        md.append("\n| --- | --- |");
        columns.forEach(c -> md.append(" ---: |"));
        md.append('\n');
        for (Metric m : metrics) {
            if (columns.stream().noneMatch(c -> ratio(m, c[0], c[1]).isPresent())) {
                continue;
            }
            md.append("| ").append(m.workload()).append(" | ").append(m.label()).append(" |");
            for (String[] c : columns) {
                md.append(' ').append(ratio(m, c[0], c[1]).map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("n/a"))
                        .append(" |");
            }
            md.append('\n');
        }
    }

    private void goalTable(StringBuilder md) {
        StringBuilder rows = new StringBuilder();
        for (Goal g : goals) {
            for (String s : SUBJECTS) {
                goalResult(g, s).ifPresent(r -> rows.append("| ").append(g.text()).append(" | ").append(LABELS.get(s))
                        .append(" | ").append(LABELS.get(r.against())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", r.ratio())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", g.limit())).append(" | ")
                        .append(r.met() ? "met" : "**not met**").append(" |\n"));
            }
        }
        if (rows.length() > 0) {
            md.append("\n## Goals (issue 9)\n\n| goal | client | compared with | ratio | limit | |\n"
                    + "| --- | --- | --- | ---: | ---: | --- |\n").append(rows);
        }
    }

    private static String format(Value v, int decimals) {
        String f = "%,." + decimals + "f";
        String s = String.format(Locale.ROOT, f, v.score());
        if (!Double.isNaN(v.error()) && !Double.isInfinite(v.error())) {
            s += " ± " + String.format(Locale.ROOT, f, v.error());
        }
        return s;
    }
}
