package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.HostileServer;
import ai.domainassist.core.testing.RecordingHandler;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A body the server cuts off (the connection closes in the middle of an event or of the JSON,
 * with no length or chunk framing to tell the client it is short) is a network fault: a
 * {@link NetworkException}, retried while nothing has reached the caller; never a
 * {@link MalformedResponseException}, which would not be retried.
 */
class CutBodyTest {

    enum Protocol {
        OPENAI("openai/chat.json", "Hello! How can I assist you today?", "openai/stream.sse", "\"Hello\"",
                "，世界 🌏!", "Hello，世界 🌏!"),
        ANTHROPIC("anthropic/message.json", "Hi! My name is Claude.", "anthropic/stream.sse",
                "\"message_start\", \"message\"", "！你好", "Hello！你好");

        final String chat;
        final String chatText;
        final String stream;
        /** Cut in the middle of the first event that gives the caller something. */
        final String beforeFirstDelta;
        /** Cut in the middle of an event after some text has reached the caller. */
        final String afterFirstDelta;
        final String text;

        Protocol(String chat, String chatText, String stream, String beforeFirstDelta, String afterFirstDelta,
                 String text) {
            this.chat = chat;
            this.chatText = chatText;
            this.stream = stream;
            this.beforeFirstDelta = beforeFirstDelta;
            this.afterFirstDelta = afterFirstDelta;
            this.text = text;
        }

        ProviderSpec spec(String url) {
            ProviderSpec s = this == OPENAI ? Providers.openAiCompatible(url, "k") : Providers.anthropicCompatible(url, "k");
            return s.toBuilder().defaultChatModel("m").build();
        }
    }

    /** The first request gets {@code body} cut in the middle of {@code marker}; later ones the whole body. */
    private static HostileServer cutOnce(String contentType, String body, String marker) throws Exception {
        int at = body.indexOf(marker);
        assertThat(at).as("marker in fixture").isPositive();
        String cut = body.substring(0, at + marker.length() / 2);
        return new HostileServer(ex -> {
            ex.startUnframedBody(contentType);
            ex.write(ex.index() == 1 ? cut : body);
            ex.close();
        });
    }

    private static ModelClient client(Protocol p, HostileServer server, TestClock clock) {
        return ModelClient.builder().provider(p.spec(server.url())).redactor(null).cache(null).circuitBreaker(null)
                .clock(clock).retry(RetryPolicy.builder().maxAttempts(3).sleeper(clock.sleeper()).build()).build();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aChatBodyCutMidJsonIsANetworkFaultAndRetried(Protocol p) throws Exception {
        String body = Fixtures.wire(p.chat);
        try (HostileServer server = cutOnce("application/json", body, p.chatText);
             ModelClient client = client(p, server, new TestClock())) {
            ChatResponse answer = client.chat(ChatRequest.of("Hi"));
            assertThat(answer.content()).isEqualTo(p.chatText);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aChatBodyCutMidJsonFailsAsANetworkErrorWithoutRetries(Protocol p) throws Exception {
        String body = Fixtures.wire(p.chat);
        try (HostileServer server = cutOnce("application/json", body, p.chatText);
             ModelClient client = Fixtures.adapterOnly(ModelClient.builder()).provider(p.spec(server.url())).build()) {
            assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi"))).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("cut off");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aStreamCutMidEventBeforeAnythingReachedTheCallerIsRetried(Protocol p) throws Exception {
        try (HostileServer server = cutOnce("text/event-stream", Fixtures.wire(p.stream), p.beforeFirstDelta);
             ModelClient client = client(p, server, new TestClock())) {
            RecordingHandler recorder = new RecordingHandler();
            client.stream(ChatRequest.of("Hi"), recorder);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(5));
            assertThat(last).isInstanceOf(StreamEvent.Completed.class);
            assertThat(((StreamEvent.Completed) last).response().content()).isEqualTo(p.text);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aStreamCutMidEventAfterTextReachedTheCallerFailsAsANetworkError(Protocol p) throws Exception {
        try (HostileServer server = cutOnce("text/event-stream", Fixtures.wire(p.stream), p.afterFirstDelta);
             ModelClient client = client(p, server, new TestClock())) {
            RecordingHandler recorder = new RecordingHandler();
            client.stream(ChatRequest.of("Hi"), recorder);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(5));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(NetworkException.class)
                    .hasMessageContaining("cut off");
            assertThat(recorder.terminalCount()).isEqualTo(1);
            assertThat(server.requests()).isEqualTo(1);
        }
    }
}
