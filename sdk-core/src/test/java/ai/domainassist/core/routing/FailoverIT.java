package ai.domainassist.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.LlamaPeer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Failover from a dead endpoint (nothing listens on its port) to the live llama-peer server. */
class FailoverIT {

    private static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aDeadEndpointFailsOverToTheLiveServer() throws Exception {
        TestClock clock = new TestClock();
        InMemoryAuditSink audit = new InMemoryAuditSink();
        try (ModelClient client = ModelClient.builder()
                .provider(Providers.openAiCompatible("http://127.0.0.1:" + deadPort() + "/v1", null).toBuilder()
                        .name("dead").defaultChatModel(LlamaPeer.MODEL).build())
                .provider(LlamaPeer.provider())
                .retry(RetryPolicy.builder().maxAttempts(2).sleeper(clock.sleeper()).build())
                .auditSink(audit)
                .callTimeout(Duration.ofSeconds(120)).build()) {

            ChatResponse answer = client.chat(ChatRequest.builder().user("Hi").maxTokens(16).build());
            assertThat(answer.provider()).isEqualTo("llama-peer");
            assertThat(answer.content()).startsWith("Hello");

            RecordingHandler h = new RecordingHandler();
            ChatResponse streamed = client.stream(ChatRequest.builder().user("Hi").maxTokens(16).build(), h)
                    .completion().get(120, TimeUnit.SECONDS);
            assertThat(streamed.provider()).isEqualTo("llama-peer");
            assertThat(h.text()).startsWith("Hello");
        }
        assertThat(audit.records()).extracting(AuditRecord::provider, AuditRecord::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dead", AuditRecord.Outcome.FAILURE),
                org.assertj.core.groups.Tuple.tuple("dead", AuditRecord.Outcome.FAILURE),
                org.assertj.core.groups.Tuple.tuple("llama-peer", AuditRecord.Outcome.SUCCESS),
                org.assertj.core.groups.Tuple.tuple("dead", AuditRecord.Outcome.FAILURE),
                org.assertj.core.groups.Tuple.tuple("dead", AuditRecord.Outcome.FAILURE),
                org.assertj.core.groups.Tuple.tuple("llama-peer", AuditRecord.Outcome.SUCCESS));
        assertThat(audit.records().get(0).errorType()).isEqualTo("NetworkException");
    }
}
