package ai.domainassist.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of JMH's JSON result format. */
    private static String run(String method, String client, int threads, double score, double error, String unit,
                              double cpuNs, double allocBytes, String extra) {
        return """
                {"benchmark":"ai.domainassist.benchmarks.peers.%s","mode":"x","threads":%d,"params":{"client":"%s"},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"%s"},
                 "secondaryMetrics":{"cpu.time.norm":{"score":%s,"scoreError":"NaN","scoreUnit":"ns/op"},
                   "gc.alloc.rate.norm":{"score":%s,"scoreError":1.0,"scoreUnit":"B/op"}%s}}
                """.formatted(method, threads, client, score, Double.isNaN(error) ? "\"NaN\"" : error, unit, cpuNs,
                allocBytes, extra);
    }

    private static Path results(Path dir) throws IOException {
        String ttft = ",\"firstTextNanos\":{\"score\":%s,\"scoreError\":\"NaN\",\"scoreUnit\":\"#\"},"
                + "\"streams\":{\"score\":100,\"scoreError\":\"NaN\",\"scoreUnit\":\"#\"}";
        String json = "[" + String.join(",",
                run("ChatBenchmark.oneCaller", "raw", 1, 10000, 100, "ops/s", 50000, 16000, ""),
                run("ChatBenchmark.oneCaller", "ours", 1, 9000, Double.NaN, "ops/s", 60000, 18000, ""),
                run("ChatBenchmark.oneCaller", "langchain4j", 1, 3000, 10, "ops/s", 200000, 50000, ""),
                run("ChatBenchmark.oneCaller", "openai-java", 1, 4000, 10, "ops/s", 150000, 55000, ""),
                run("StreamBenchmark.stream", "ours", 1, 3000, 10, "us/op", 2_000_000, 3_000_000,
                        ttft.formatted(100 * 1000_000.0)),
                run("StreamBenchmark.stream", "langchain4j", 1, 6000, 10, "us/op", 3_000_000, 2_500_000,
                        ttft.formatted(100 * 2000_000.0))) + "]";
        Path file = dir.resolve("jmh.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void ratiosAreOursCostOverTheOthersAndThroughputIsInverted(@TempDir Path dir) throws IOException {
        PeerReport report = new PeerReport(Measurements.read(results(dir)), 500);
        PeerReport.Metric calls = metric("chat1.throughput");
        PeerReport.Metric cpu = metric("chat1.cpu");
        assertThat(report.ratio(calls, Drivers.OURS, Drivers.RAW)).hasValueSatisfying(r ->
                assertThat(r).isCloseTo(10000.0 / 9000, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(report.ratio(cpu, Drivers.OURS, Drivers.LANGCHAIN4J)).contains(60000.0 / 200000);
        assertThat(report.betterPeer(cpu)).contains(Drivers.OPENAI_JAVA);
        assertThat(report.betterPeer(calls)).contains(Drivers.OPENAI_JAVA);
        assertThat(report.ratio(cpu, Drivers.OURS_ALL, Drivers.RAW)).isEmpty();
    }

    @Test
    void streamMetricsAreDerivedPerChunkAndFromTheFirstTokenSums(@TempDir Path dir) throws IOException {
        PeerReport report = new PeerReport(Measurements.read(results(dir)), 500);
        assertThat(report.value(metric("stream.firstToken"), Drivers.OURS)).hasValueSatisfying(v ->
                assertThat(v.score()).isEqualTo(1000.0)); // 1e8 ns over 100 streams, in µs
        assertThat(report.value(metric("stream.timePerChunk"), Drivers.OURS)).hasValueSatisfying(v ->
                assertThat(v.score()).isEqualTo((3000.0 - 1000.0) / 499));
        assertThat(report.value(metric("stream.cpuPerChunk"), Drivers.OURS)).hasValueSatisfying(v ->
                assertThat(v.score()).isEqualTo(4.0));
        assertThat(report.value(metric("stream.allocPerChunk"), Drivers.LANGCHAIN4J)).hasValueSatisfying(v ->
                assertThat(v.score()).isEqualTo(5000.0));
    }

    @Test
    void writesJsonAndMarkdownWithGoalsCheckedAndMissingClientsLeftOut(@TempDir Path dir) throws IOException {
        PeerReport report = new PeerReport(Measurements.read(results(dir)), 500);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("load average", "0.50, 0.40, 0.30");
        report.write(dir, env);

        String md = Files.readString(dir.resolve("peers.md"));
        assertThat(md).contains("- load average: 0.50, 0.40, 0.30")
                .contains("| chat, 1 caller | calls/s | 10,000 ± 100 | 9,000 | 3,000 ± 10 | 4,000 ± 10 |")
                .contains("| chat, 1 caller: time per call within 1.2x of the raw floor | ours | raw OkHttp+Jackson | 1.11 | 1.20 | met |")
                .contains("| chat, 1 caller: CPU per call at most 0.5x the better peer's | ours | openai-java 4.0.0 | 0.40 | 0.50 | met |")
                .contains("| stream: allocation per chunk at most the better peer's | ours | LangChain4j 1.19.0 | 1.20 | 1.00 | **not met** |")
                .doesNotContain("ours, all decorators |") // not measured: no column
                .doesNotContain("chat, 16 callers"); // not measured: no rows

        JsonNode json = JSON.readTree(dir.resolve("peers.json").toFile());
        assertThat(json.at("/environment/load average").asText()).isEqualTo("0.50, 0.40, 0.30");
        JsonNode first = json.get("metrics").get(0);
        assertThat(first.get("id").asText()).isEqualTo("chat1.throughput");
        assertThat(first.at("/values/raw").asDouble()).isEqualTo(10000.0);
        assertThat(first.at("/errors/raw").asDouble()).isEqualTo(100.0);
        assertThat(first.at("/errors").has("ours")).isFalse(); // NaN error: left out
        assertThat(first.at("/ratios/ours~1raw").asDouble()).isCloseTo(1.111, org.assertj.core.data.Offset.offset(0.001));
        assertThat(json.get("goals")).anySatisfy(g -> {
            assertThat(g.get("goal").asText()).startsWith("chat, 1 caller: allocation");
            assertThat(g.get("against").asText()).isEqualTo(Drivers.LANGCHAIN4J); // 50,000 B beats 55,000 B
            assertThat(g.get("ratio").asDouble()).isEqualTo(0.36);
            assertThat(g.get("met").asBoolean()).isTrue();
        }).anySatisfy(g -> {
            assertThat(g.get("goal").asText()).startsWith("stream: allocation");
            assertThat(g.get("met").asBoolean()).isFalse();
        });
    }

    private static PeerReport.Metric metric(String id) {
        return PeerReport.metrics(500).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
