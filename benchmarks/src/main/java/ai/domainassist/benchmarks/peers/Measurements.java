package ai.domainassist.benchmarks.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a JMH run (its JSON result file) as the report needs them: per benchmark method
 * and client, the primary score and the secondary results (CPU, allocation, time to first text).
 * Immutable and thread-safe.
 */
final class Measurements {
    private final List<Run> runs;

    private Measurements(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /**
     * One benchmark method with one client.
     *
     * @param benchmark the class and method, e.g. {@code ChatBenchmark.oneCaller}
     * @param client the {@code client} parameter, or {@code ours} for benchmarks without it
     * @param threads the threads that called the method
     * @param primary the score
     * @param secondary the secondary results by name ({@code cpu.time.norm}, {@code gc.alloc.rate.norm} ...)
     */
    record Run(String benchmark, String client, int threads, Value primary, Map<String, Value> secondary) {
        /**
         * @param name a secondary result's name
         * @return its value, if the run has it
         */
        Optional<Value> secondary(String name) {
            return Optional.ofNullable(secondary.get(name));
        }
    }

    /**
     * A score with its error (half the 99.9% confidence interval; NaN with a single iteration).
     *
     * @param score the score
     * @param error its error
     * @param unit JMH's unit
     */
    record Value(double score, double error, String unit) {
        /**
         * @param divisor what to divide by
         * @return score and error divided
         */
        Value dividedBy(double divisor) {
            return new Value(score / divisor, error / divisor, unit);
        }
    }

    /**
     * Reads JMH's JSON result file.
     *
     * @param jmhJson the file written with {@code -rf json}
     * @return the runs in it
     * @throws IOException if it cannot be read or is not JMH's JSON
     */
    static Measurements read(Path jmhJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(jmhJson.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(jmhJson + " is not a JMH JSON result file");
        }
        List<Run> runs = new ArrayList<>();
        for (JsonNode r : root) {
            String full = r.path("benchmark").asText();
            String[] parts = full.split("\\.");
            String benchmark = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
            String client = r.path("params").path("client").asText(Drivers.OURS);
            Map<String, Value> secondary = new LinkedHashMap<>();
            r.path("secondaryMetrics").fields().forEachRemaining(e -> secondary.put(e.getKey(), value(e.getValue())));
            runs.add(new Run(benchmark, client, r.path("threads").asInt(1), value(r.path("primaryMetric")), secondary));
        }
        return new Measurements(runs);
    }

    private static Value value(JsonNode metric) {
        return new Value(number(metric.path("score")), number(metric.path("scoreError")),
                metric.path("scoreUnit").asText(""));
    }

    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asText("NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * @param benchmark class and method
     * @param client the client
     * @return that run, if measured
     */
    Optional<Run> find(String benchmark, String client) {
        return runs.stream().filter(r -> r.benchmark().equals(benchmark) && r.client().equals(client)).findFirst();
    }

    /** @return every run, in file order */
    List<Run> runs() {
        return runs;
    }
}
