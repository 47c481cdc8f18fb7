package ai.domainassist.core.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.audit.JsonLinesAuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.resilience.internal.RetryingProvider;
import ai.domainassist.core.routing.internal.FailoverRouter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditingProviderTest {
    private final TestClock clock = new TestClock();
    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final AuditingProvider.Tracker tracker = new AuditingProvider.Tracker();
    private final ChatRequest request = ChatRequest.builder().user("患者张三").task("claims.extract").build();

    @Test
    void writesOneRecordPerAttemptWithTheSameCallId() {
        ScriptedProvider p = new ScriptedProvider("p")
                .thenFail(new ServerException("503", ErrorDetails.of("p", "m").withResponse(503, null, null)))
                .thenAnswer("ok");
        var pipeline = RetryingProvider.wrap(AuditingProvider.wrap(p, sink, tracker, clock),
                RetryPolicy.builder().sleeper(clock.sleeper()).clock(clock).build());

        pipeline.chat(request);

        List<AuditRecord> records = sink.records();
        assertThat(records).hasSize(2);
        assertThat(records).extracting(AuditRecord::attempt).containsExactly(1, 2);
        assertThat(records).extracting(AuditRecord::callId).containsOnly(records.get(0).callId());
        AuditRecord failed = records.get(0);
        assertThat(failed.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
        assertThat(failed.errorType()).isEqualTo("ServerException");
        assertThat(failed.httpStatus()).isEqualTo(503);
        assertThat(failed.answerSha256()).isNull();
        AuditRecord ok = records.get(1);
        assertThat(ok.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS);
        assertThat(ok.totalTokens()).isEqualTo(15);
        assertThat(ok.task()).isEqualTo("claims.extract");
        assertThat(ok.promptSha256()).matches("[0-9a-f]{64}").isEqualTo(failed.promptSha256());
        assertThat(ok.answerSha256()).matches("[0-9a-f]{64}");
        assertThat(ok.toString()).doesNotContain("张三");
    }

    @Test
    void aFailoverKeepsTheCallIdAndCountsAttemptsPerProvider() {
        ScriptedProvider a = new ScriptedProvider("a").thenFail(new ServerException("503", ErrorDetails.of("a", null)));
        ScriptedProvider b = new ScriptedProvider("b").thenAnswer("ok");
        FailoverRouter router = FailoverRouter.of(List.of(AuditingProvider.wrap(a, sink, tracker, clock),
                AuditingProvider.wrap(b, sink, tracker, clock)));

        router.chat(request);

        assertThat(sink.records()).extracting(AuditRecord::provider).containsExactly("a", "b");
        assertThat(sink.records()).extracting(AuditRecord::attempt).containsExactly(1, 1);
        assertThat(sink.records().get(0).callId()).isEqualTo(sink.records().get(1).callId());
    }

    @Test
    void aFailoverThatComesBackCountsOnFromTheFirstProvidersAttempts() {
        AuditingProvider.Tracker t = new AuditingProvider.Tracker();
        assertThat(t.nextAttempt(request, "a")).isEqualTo(1);
        assertThat(t.nextAttempt(request, "b")).isEqualTo(1);
        assertThat(t.nextAttempt(request, "a")).isEqualTo(2);
        assertThat(t.nextAttempt(request, "c")).isEqualTo(1);
        assertThat(t.nextAttempt(request, "b")).isEqualTo(2);
    }

    @Test
    void requestsAreToldApartByIdentityNotByEquality() {
        ChatRequest same = ChatRequest.builder().user("患者张三").task("claims.extract").build();
        ChatRequest other = ChatRequest.builder().user("患者张三").task("claims.extract").build();
        assertThat(same).isEqualTo(other);
        AuditingProvider.Tracker t = new AuditingProvider.Tracker();

        assertThat(t.callId(same)).isNotEqualTo(t.callId(other)).isEqualTo(t.callId(same));
        assertThat(t.nextAttempt(same, "p")).isEqualTo(1);
        assertThat(t.nextAttempt(other, "p")).isEqualTo(1);
        assertThat(t.nextAttempt(same, "p")).isEqualTo(2);
    }

    @Test
    void theEntriesOfCollectedRequestsGoAway() throws InterruptedException {
        AuditingProvider.Tracker t = new AuditingProvider.Tracker();
        for (int i = 0; i < 1_000; i++) {
            t.nextAttempt(new Object(), "p");
        }
        Object kept = new Object();
        String keptId = t.callId(kept);
        // collection of weak references is up to the JVM: ask a bounded number of times
        for (int i = 0; i < 50 && t.size() > 1; i++) {
            System.gc();
            Thread.sleep(10);
            t.callId(kept);
        }
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.callId(kept)).isEqualTo(keptId);
    }

    @Test
    void theHashesAreTheSha256OfRequestAndAnswerAsSentAndReceived() throws Exception {
        ChatRequest r = ChatRequest.builder().model("m").system("s").user("患者张三").build();
        // the request's parts joined with separator bytes, as the record's documentation says
        String joined = "m\u0000SYSTEM\u0001s\u0001null\u0000USER\u0001患者张三\u0001null\u0000null";
        assertThat(AuditingProvider.hash(r)).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(AuditingProvider.sha256("ok"))
                .isEqualTo("2689367b205c16ce32ed4200942b8b8b1e262dfc70d9bc9fbc77c49699a4f1df");
        // long text, 2-, 3- and 4-byte characters and a lone surrogate hash as their UTF-8 bytes do
        String text = "é患者😀\uD800x".repeat(300);
        ChatRequest long1 = ChatRequest.builder().model("m").user(text).build();
        String expected = "m\u0000USER\u0001" + text + "\u0001null\u0000null";
        assertThat(AuditingProvider.hash(long1)).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void theHashIsTheUtf8BytesHashWhereverASurrogatePairOrALoneSurrogateMeetsAChunkEdge() throws Exception {
        // the digest encodes in chunks of characters: every position of a pair, a lone high and a
        // lone low surrogate around the chunk edges, and texts ending in a lone high surrogate
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"a", "é", "患", "😀", "\uD800", "\uDC00"};
        for (int length = 250; length < 780; length++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < length) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            ChatRequest r = ChatRequest.builder().model("m").user(text).build();
            String expected = "m\u0000USER\u0001" + text + "\u0001null\u0000null";
            assertThat(AuditingProvider.hash(r)).as("length %d", length).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Test
    void withoutAHashReadingSinkNoHashesAreComputedButEverythingElseIsRecorded() {
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("ok");
        AuditingProvider.wrap(p, sink, tracker, clock, false).chat(request);
        assertThat(sink.records()).singleElement().satisfies(r -> {
            assertThat(r.promptSha256()).isNull();
            assertThat(r.answerSha256()).isNull();
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS);
            assertThat(r.callId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        });
    }

    @Test
    void aFailingSinkNeverFailsTheCall() {
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("ok");
        AuditSink broken = r -> {
            throw new IllegalStateException("disk full");
        };
        assertThat(AuditingProvider.wrap(p, broken, tracker, clock).chat(request).content()).isEqualTo("ok");
    }

    @Test
    void streamsAreRecordedAtTheirTerminalEvent() {
        ScriptedProvider p = new ScriptedProvider("p");
        p.thenStream(new StreamEvent.TextDelta("o"), new StreamEvent.Completed(p.answer("o")));
        AuditingProvider.wrap(p, sink, tracker, clock).stream(request, new RecordingHandler());
        assertThat(sink.records()).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("stream");
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCESS);
        });
    }

    @Test
    void theErrorOfACallIsStillThrown() {
        ScriptedProvider p = new ScriptedProvider("p").thenFail(new ServerException("x", ErrorDetails.UNKNOWN));
        assertThatThrownBy(() -> AuditingProvider.wrap(p, sink, tracker, clock).chat(request))
                .isInstanceOf(ServerException.class);
        assertThat(sink.records()).hasSize(1);
    }

    @Test
    void theJsonLinesSinkAppendsOneObjectPerLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditSink jsonl = new JsonLinesAuditSink(file)) {
            ScriptedProvider p = new ScriptedProvider("p").thenAnswer("a").thenAnswer("b");
            AuditingProvider audited = AuditingProvider.wrap(p, jsonl, tracker, clock);
            audited.chat(request);
            audited.chat(ChatRequest.of("again"));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        var first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("provider").asText()).isEqualTo("p");
        assertThat(first.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(first.get("totalTokens").asLong()).isEqualTo(15);
        assertThat(first.get("time").asText()).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(lines.get(0)).doesNotContain("张三");
    }
}
