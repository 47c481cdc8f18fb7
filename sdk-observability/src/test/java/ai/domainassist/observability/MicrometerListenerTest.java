package ai.domainassist.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.testkit.FakeOpenAiServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters of calls and tasks against the test kit's fake OpenAI server. */
class MicrometerListenerTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerListener listener = new MicrometerListener(registry);

    @Test
    void aRetriedCallIsOneTimedOperationWithItsTokensARetryAndTheTaskWithItsFlags() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.enqueueError(503, "server_error", null, "overloaded");
            server.enqueueChat("好的", Usage.of(30, 4));
            try (ModelClient client = Fixture.client(server, listener)) {
                Fixture.task(listener, client);
            }
        }
        Timer duration = registry.get("gen_ai.client.operation.duration").tag("gen_ai.provider.name", "fakeai")
                .tag("gen_ai.request.model", "qwen-plus").tag("gen_ai.operation.name", "chat").tag("error.type", "none")
                .timer();
        assertThat(duration.count()).isEqualTo(1);
        assertThat(duration.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        DistributionSummary input = registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input").summary();
        DistributionSummary output = registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output").summary();
        assertThat(input.totalAmount()).isEqualTo(30);
        assertThat(output.totalAmount()).isEqualTo(4);
        assertThat(registry.get("domainassist.client.retries").tag("error.type", "ServerException").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("domainassist.task.duration").tag("domainassist.task", "medical.structure")
                .tag("domainassist.task.mode", "hybrid").timer().count()).isEqualTo(1);
        Counter missing = registry.get("domainassist.task.flags").tag("domainassist.flag.kind", "missing").counter();
        assertThat(missing.count()).isEqualTo(1);
        assertThat(registry.find("gen_ai.client.operation.time_to_first_chunk").timer()).isNull();
    }

    @Test
    void failedCallsAreCountedByErrorTypeAndStreamsGetTheirTimeToFirstChunk() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            for (int i = 0; i < 3; i++) {
                server.enqueueError(503, "server_error", null, "overloaded");
            }
            server.enqueueStream(List.of("一", "二"), Usage.of(3, 2));
            try (ModelClient client = Fixture.client(server, listener)) {
                assertThatThrownBy(() -> client.chat(ChatRequest.of(Fixture.PROMPT))).isInstanceOf(ServerException.class);
                client.stream(ChatRequest.of("问"), e -> { }).completion().get();
            }
        }
        assertThat(registry.get("gen_ai.client.operation.duration").tag("error.type", "ServerException").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("gen_ai.client.operation.duration").tag("error.type", "none").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("gen_ai.client.operation.time_to_first_chunk").timer().count()).isEqualTo(1);
        for (Meter m : registry.getMeters()) {
            assertThat(m.getId().toString()).doesNotContain(Fixture.PROMPT).doesNotContain(Fixture.KEY);
        }
    }

    @Test
    void wantsNeitherAttemptsNorChunks() {
        assertThat(listener.wants(ai.domainassist.core.observe.ModelCallEvent.Kind.ATTEMPT_STARTED)).isFalse();
        assertThat(listener.wants(ai.domainassist.core.observe.ModelCallEvent.Kind.STREAM_CHUNK)).isFalse();
        assertThat(listener.wants(ai.domainassist.core.observe.ModelCallEvent.Kind.CALL_SUCCEEDED)).isTrue();
    }
}
