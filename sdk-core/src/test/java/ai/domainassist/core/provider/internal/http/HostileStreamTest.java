package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.HostileServer;
import ai.domainassist.core.testing.RecordingHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * A stream whose server never stops sending, or whose reading fails with an {@link Error}: the
 * stream still ends, with exactly one terminal event, and the client stops reading at a bound.
 */
class HostileStreamTest {
    private static final int MIB = 1024 * 1024;

    private static ModelClient client(String url) {
        return Fixtures.adapterOnly(ModelClient.builder())
                .provider(Providers.openAiCompatible(url, "k").toBuilder().defaultChatModel("m").build()).build();
    }

    /** A line that never ends: {@code data: aaaa...} up to {@code bytes}, then the server waits. */
    private static HostileServer endlessLine(long bytes, AtomicLong written) throws Exception {
        return new HostileServer(ex -> {
            ex.startUnframedBody("text/event-stream");
            ex.write("data: ");
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            while (written.get() < bytes) {
                ex.write(chunk);
                written.addAndGet(chunk.length);
            }
            ex.awaitClientClose(20_000);
            ex.close();
        });
    }

    @Test
    void aLineThatNeverEndsFailsTheStreamAtTheLineLimit() throws Exception {
        AtomicLong written = new AtomicLong();
        try (HostileServer server = endlessLine(64L * MIB, written); ModelClient client = client(server.url())) {
            RecordingHandler recorder = new RecordingHandler();
            client.stream(ChatRequest.of("Hi"), recorder);

            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(10));

            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("line").hasMessageContaining("maxStreamLineBytes");
            assertThat(recorder.terminalCount()).isEqualTo(1);
            // the client stopped reading near the default 1 MiB line limit (plus socket buffers)
            assertThat(written.get()).isLessThan(16L * MIB);
        }
    }

    /** The server writes {@code piece} over and over (up to 64 MiB), then waits for the client to go. */
    private static HostileServer endless(String contentType, String head, String piece, AtomicLong written)
            throws Exception {
        return new HostileServer(ex -> {
            ex.startUnframedBody(contentType);
            ex.write(head);
            byte[] chunk = piece.repeat(Math.max(1, 16 * 1024 / piece.length()))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            while (written.get() < 64L * MIB) {
                ex.write(chunk);
                written.addAndGet(chunk.length);
            }
            ex.awaitClientClose(20_000);
            ex.close();
        });
    }

    private static ModelClient limited(String url, long body, int line, int event) {
        return Fixtures.adapterOnly(ModelClient.builder()).maxResponseBytes(body).maxStreamLineBytes(line)
                .maxStreamEventBytes(event)
                .provider(Providers.openAiCompatible(url, "k").toBuilder().defaultChatModel("m").build()).build();
    }

    /** Streams from an endless server and checks the stream failed, typed, naming the setting that bounds it. */
    private static void assertStreamStopsAt(String piece, long body, String setting) throws Exception {
        AtomicLong written = new AtomicLong();
        try (HostileServer server = endless("text/event-stream", "", piece, written);
             ModelClient client = limited(server.url(), body, 4096, 64 * 1024)) {
            RecordingHandler recorder = new RecordingHandler();
            client.stream(ChatRequest.of("Hi"), recorder);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(10));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining(setting);
            assertThat(written.get()).isLessThan(16L * MIB);
        }
    }

    @Test
    void anEventThatNeverEndsFailsAtTheEventLimit() throws Exception {
        assertStreamStopsAt("data: " + "x".repeat(1000) + "\n", 64L * MIB, "maxStreamEventBytes");
    }

    @Test
    void endlessKeepAlivesFailAtTheBodyLimit() throws Exception {
        assertStreamStopsAt(": keep-alive\n\n", MIB, "maxResponseBytes");
    }

    @Test
    void aJsonBodyThatNeverEndsFailsAtTheBodyLimit() throws Exception {
        AtomicLong written = new AtomicLong();
        try (HostileServer server = endless("application/json", "{\"id\":\"", "abcdefgh", written);
             ModelClient client = limited(server.url(), MIB, 4096, 64 * 1024)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                    .isInstanceOf(MalformedResponseException.class).hasMessageContaining("maxResponseBytes");
            assertThat(written.get()).isLessThan(16L * MIB);
        }
    }

    @Test
    void leadingWhitespaceCountsTowardsTheBodyLimit() throws Exception {
        AtomicLong written = new AtomicLong();
        try (HostileServer server = endless("application/json", "", "        ", written);
             ModelClient client = limited(server.url(), MIB, 4096, 64 * 1024)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.chat(ChatRequest.of("Hi")))
                    .isInstanceOf(MalformedResponseException.class).hasMessageContaining("maxResponseBytes");
        }
    }

    @Test
    void theLimitsAreCheckedWhenSet() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelClient.builder().maxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelClient.builder().maxStreamLineBytes(-1))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelClient.builder().maxStreamEventBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorWhileReadingStillEndsTheStreamWithOneFailedEvent() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                    .body(Fixtures.wire("openai/stream.sse")).build());
            OkHttpClient http = new OkHttpClient();
            try {
                RecordingHandler recorder = new RecordingHandler();
                CallContext ctx = new CallContext("p", "m", Scrubber.NONE);
                StreamSession session = new StreamSession(recorder, (event, acc, id) -> {
                    throw new StackOverflowError("deep");
                }, ctx, Clock.systemUTC());
                session.start(http.newCall(new Request.Builder().url(server.url("/v1/chat/completions"))
                        .post(RequestBody.create("{}", MediaType.get("application/json"))).build()));

                StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(5));

                ModelException error = ((StreamEvent.Failed) last).error();
                assertThat(error).hasCauseInstanceOf(StackOverflowError.class).hasMessageContaining("StackOverflowError");
                assertThat(error.isRetryable()).isFalse();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.completion().get(1, TimeUnit.SECONDS))
                        .hasCauseReference(error);
                Thread.sleep(50);
                assertThat(recorder.terminalCount()).isEqualTo(1);
            } finally {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        }
    }
}
