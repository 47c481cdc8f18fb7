package ai.domainassist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final AuditRecord OK = new AuditRecord(Instant.parse("2025-03-01T08:00:00.123456Z"),
            "6f1c2a9e-3b7d-4c11-9a2e-0d5b8f7e6a41", 1, "deepseek", "deepseek-chat", "chat", "理赔.提取",
            "claims.assess#0a1b2c3d", 120, 35, 155, 64, Duration.ofMillis(812), AuditRecord.Outcome.SUCCESS, null, 0,
            "a".repeat(64), "b".repeat(64));
    private static final AuditRecord FAILED = new AuditRecord(Instant.parse("2025-03-01T08:00:01Z"),
            "6f1c2a9e-3b7d-4c11-9a2e-0d5b8f7e6a41", 2, "p\"\\\n\u0001", null, "stream", null, null, 0, 0, 0, 0,
            Duration.ofSeconds(3), AuditRecord.Outcome.FAILURE, "RateLimitedException", 429, null, null);

    /** The line as the sink wrote it before it used a generator: a Jackson tree written as a string. */
    private static String asTree(AuditRecord r) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", r.time().toString());
        n.put("callId", r.callId());
        n.put("attempt", r.attempt());
        n.put("provider", r.provider());
        n.put("model", r.model());
        n.put("operation", r.operation());
        n.put("task", r.task());
        n.put("auditId", r.auditId());
        n.put("promptTokens", r.promptTokens());
        n.put("completionTokens", r.completionTokens());
        n.put("totalTokens", r.totalTokens());
        n.put("cachedPromptTokens", r.cachedPromptTokens());
        n.put("latencyMs", r.latency().toMillis());
        n.put("outcome", r.outcome().name());
        n.put("errorType", r.errorType());
        n.put("httpStatus", r.httpStatus());
        n.put("promptSha256", r.promptSha256());
        n.put("answerSha256", r.answerSha256());
        return JSON.writeValueAsString(n);
    }

    @Test
    void aRecordsLineIsTheSameTextTheTreeGave() throws Exception {
        assertThat(JsonLinesAuditSink.toJson(OK)).isEqualTo(asTree(OK));
        assertThat(JsonLinesAuditSink.toJson(FAILED)).isEqualTo(asTree(FAILED));
        assertThat(JSON.readTree(JsonLinesAuditSink.toJson(FAILED)).get("provider").asText()).isEqualTo("p\"\\\n\u0001");
        assertThat(JSON.readTree(JsonLinesAuditSink.toJson(FAILED)).get("model").isNull()).isTrue();
    }

    @Test
    void theFileHoldsOneUtf8LinePerRecordAndIsAppendedToWhenOpenedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditSink sink = new JsonLinesAuditSink(file)) {
            sink.write(OK);
            sink.write(FAILED);
            // flushed after each record: readable before the sink closes
            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2);
        }
        try (JsonLinesAuditSink sink = new JsonLinesAuditSink(file)) {
            sink.write(OK);
        }
        String expected = asTree(OK) + "\n" + asTree(FAILED) + "\n" + asTree(OK) + "\n";
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).extracting(l -> JSON.readTree(l).get("attempt").asInt())
                .isEqualTo(List.of(1, 2, 1));
    }

    @Test
    void writesFromManyThreadsNeverInterleave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditSink sink = new JsonLinesAuditSink(file)) {
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 200; i++) {
                        sink.write(i % 2 == 0 ? OK : FAILED);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(800).allSatisfy(l -> assertThat(l).isIn(asTree(OK), asTree(FAILED)));
    }

    @Test
    void everyLineIsInTheFileWhenTheWritingCallsHaveReturnedAndEachThreadsOrderIsKept(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditSink sink = new JsonLinesAuditSink(file)) {
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String thread = "t" + t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 300; i++) {
                        sink.write(new AuditRecord(OK.time(), thread + "-" + i, 1, "p", "m", "chat", null, null, 0, 0, 0, 0,
                                Duration.ZERO, AuditRecord.Outcome.SUCCESS, null, 0, null, null));
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            // read before close: no line may wait for a later call or for close()
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(8 * 300);
            java.util.Map<String, Integer> last = new java.util.HashMap<>();
            for (String l : lines) {
                String[] id = JSON.readTree(l).path("callId").asText().split("-");
                int i = Integer.parseInt(id[1]);
                assertThat(i).as("line order of thread " + id[0]).isEqualTo(last.getOrDefault(id[0], -1) + 1);
                last.put(id[0], i);
            }
        }
    }

    @Test
    void aWriteAfterCloseIsRefused(@TempDir Path dir) {
        JsonLinesAuditSink sink = new JsonLinesAuditSink(dir.resolve("audit.jsonl"));
        sink.close();
        sink.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sink.write(OK))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void theTimeIsWrittenAsInstantToStringWritesIt() {
        java.util.Random random = new java.util.Random(11);
        int[] nanos = {0, 1, 999_999_999, 5_000_000, 120_000_000, 7_000, 123_456_000, 123_456_789, 100};
        long[] seconds = {0, 59, 60, 86_399, 86_400, 951_782_400L /* 2000-02-29 */, 253_402_300_799L, 253_402_300_800L,
            -1, -86_401, Instant.MAX.getEpochSecond(), Instant.MIN.getEpochSecond()};
        for (long s : seconds) {
            for (int n : nanos) {
                Instant t = Instant.ofEpochSecond(s, n);
                assertThat(JsonLinesAuditSink.isoInstant(t)).isEqualTo(t.toString());
            }
        }
        for (int i = 0; i < 20_000; i++) {
            long s = random.nextLong(-100_000_000_000L, 300_000_000_000L);
            int n = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(s, n);
            assertThat(JsonLinesAuditSink.isoInstant(t)).isEqualTo(t.toString());
        }
    }
}
