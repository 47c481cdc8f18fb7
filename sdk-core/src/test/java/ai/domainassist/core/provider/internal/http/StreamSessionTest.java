package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Cancellation, handler failures and deadlines of a running stream. */
class StreamSessionTest {

    /**
     * A raw HTTP server that sends one SSE event and then holds the stream open, recording when
     * the client closes the connection: MockWebServer cannot tell us that moment.
     */
    static final class HangingSseServer implements AutoCloseable {
        final ServerSocket socket;
        final CompletableFuture<Long> closedAtNanos = new CompletableFuture<>();
        private final Thread thread;

        HangingSseServer() throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "hanging-sse");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }

        private void serve() {
            try (Socket s = socket.accept()) {
                InputStream in = s.getInputStream();
                readRequest(in);
                OutputStream out = s.getOutputStream();
                String event = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"first\"}}]}\n\n";
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(event.length()) + "\r\n" + event + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    while (in.read() != -1) {
                        // wait for the client to close
                    }
                } catch (IOException reset) {
                    // a reset also means closed
                }
                closedAtNanos.complete(System.nanoTime());
            } catch (IOException e) {
                closedAtNanos.completeExceptionally(e);
            }
        }

        private static void readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b == -1) {
                    throw new IOException("request ended early");
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            int at = headers.indexOf("content-length:");
            int length = Integer.parseInt(headers.substring(at + 15, headers.indexOf('\r', at)).strip());
            in.readNBytes(length);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void cancelClosesTheConnectionWithin100MsAndEndsWithOneCancelledEvent() throws Exception {
        try (HangingSseServer server = new HangingSseServer();
             ModelClient client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.openAiCompatible(server.url(), "k")
                     .toBuilder().defaultChatModel("m").build()).build()) {
            CountDownLatch firstDelta = new CountDownLatch(1);
            RecordingHandler recorder = new RecordingHandler();
            StreamHandle handle = client.stream(ChatRequest.of("Hi"), event -> {
                recorder.onEvent(event);
                if (event instanceof StreamEvent.TextDelta) {
                    firstDelta.countDown();
                }
            });
            assertThat(firstDelta.await(5, TimeUnit.SECONDS)).isTrue();

            long cancelledAt = System.nanoTime();
            handle.cancel();
            handle.cancel();

            long closedAt = server.closedAtNanos.get(2, TimeUnit.SECONDS);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(2));
            assertThat(Duration.ofNanos(closedAt - cancelledAt)).isLessThan(Duration.ofMillis(100));
            assertThat(Duration.ofNanos(recorder.terminalNanos() - cancelledAt)).isLessThan(Duration.ofMillis(100));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(CancelledException.class);
            assertThat(handle.isCancelled()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> handle.completion().get(1, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(CancelledException.class);
            Thread.sleep(50);
            assertThat(recorder.terminalCount()).isEqualTo(1);
            assertThat(recorder.events()).containsExactly(new StreamEvent.TextDelta("first"), last);
        }
    }

    @Test
    void aHandlerThatThrowsEndsTheStreamWithOneFailedEvent() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                    .body(Fixtures.wire("openai/stream.sse")).build());
            RecordingHandler recorder = new RecordingHandler();
            try (ModelClient client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.openAiCompatible(server.url("/v1").toString(),
                    null).toBuilder().defaultChatModel("m").build()).build()) {
                StreamHandle handle = client.stream(ChatRequest.of("Hi"), event -> {
                    recorder.onEvent(event);
                    if (event instanceof StreamEvent.TextDelta) {
                        throw new IllegalStateException("handler bug");
                    }
                });
                StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(5));
                assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(CancelledException.class)
                        .hasMessageContaining("handler threw").hasRootCauseMessage("handler bug");
                assertThat(recorder.events()).hasSize(2);
                assertThat(handle.isCancelled()).isTrue();
            }
        }
    }

    @Test
    void cancellingBeforeTheAnswerStillEndsWithExactlyOneEvent() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS)
                    .setHeader("Content-Type", "text/event-stream").body(Fixtures.wire("openai/stream.sse")).build());
            RecordingHandler recorder = new RecordingHandler();
            try (ModelClient client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.openAiCompatible(server.url("/v1").toString(),
                    null).toBuilder().defaultChatModel("m").build()).build()) {
                StreamHandle handle = client.stream(ChatRequest.of("Hi"), recorder);
                handle.cancel();
                StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(1));
                assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(CancelledException.class);
                assertThat(recorder.events()).hasSize(1);
            }
        }
    }

    @Test
    void theWholeCallDeadlineCoversTheStream() throws Exception {
        try (HangingSseServer server = new HangingSseServer();
             ModelClient client = ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(Providers.openAiCompatible(server.url(), "k")
                     .toBuilder().defaultChatModel("m").build()).build()) {
            RecordingHandler recorder = new RecordingHandler();
            long start = System.nanoTime();
            client.stream(ChatRequest.builder().user("Hi").timeout(Duration.ofMillis(300)).build(), recorder);
            StreamEvent last = recorder.awaitTerminal(Duration.ofSeconds(3));
            assertThat(((StreamEvent.Failed) last).error()).isInstanceOf(ModelTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofMillis(2000));
            assertThat(recorder.deltas()).containsExactly(new StreamEvent.TextDelta("first"));
        }
    }
}
