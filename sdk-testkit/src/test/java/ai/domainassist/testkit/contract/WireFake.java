package ai.domainassist.testkit.contract;

import ai.domainassist.testkit.ModelProviderContract;
import ai.domainassist.testkit.ModelProviderContract.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 that plays one contract scenario in the OpenAI or Anthropic wire
 * format, for the adapters' contract tests. It exists beside the test kit's
 * {@code FakeOpenAiServer} for what that one cannot do: speak Anthropic Messages, and notice that
 * the client went away from a stalled stream (the server's next write fails), which is how the
 * contract sees a cancel reach the wire.
 */
final class WireFake implements AutoCloseable {
    /** The wire format. */
    enum Wire { OPENAI, ANTHROPIC }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wire-fake");
        t.setDaemon(true);
        return t;
    });
    private final Wire wire;
    private final Scenario scenario;
    private volatile boolean clientGone;

    WireFake(Wire wire, Scenario scenario) throws IOException {
        this.wire = wire;
        this.scenario = scenario;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return the base URL: {@code /v1} for OpenAI, the root for Anthropic (the adapter adds {@code /v1/messages}) */
    String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return wire == Wire.OPENAI ? root + "/v1" : root;
    }

    /** @return whether a stalled stream's client closed the connection */
    boolean clientGone() {
        return clientGone;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
            boolean stream = body.path("stream").asBoolean(false);
            if (scenario == Scenario.FAIL) {
                String error = wire == Wire.OPENAI
                        ? "{\"error\":{\"message\":\"the contract's invalid request\",\"type\":\"invalid_request_error\"}}"
                        : "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"the contract's invalid request\"}}";
                send(x, 400, "application/json", error);
                return;
            }
            if (!stream) {
                send(x, 200, "application/json", wire == Wire.OPENAI ? openAiAnswer() : anthropicAnswer());
                return;
            }
            x.getResponseHeaders().set("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            if (scenario == Scenario.ANSWER) {
                write(out, wire == Wire.OPENAI ? openAiStream() : anthropicStream(ModelProviderContract.CHUNKS, true));
                return;
            }
            write(out, wire == Wire.OPENAI
                    ? openAiChunk(ModelProviderContract.CHUNKS.get(0))
                    : anthropicStream(ModelProviderContract.CHUNKS.subList(0, 1), false));
            stallUntilTheClientGoes(out);
        }
    }

    /** Keeps the stream open with SSE comments until a write fails because the client closed it. */
    private void stallUntilTheClientGoes(OutputStream out) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (System.nanoTime() < until) {
                write(out, ": still thinking\n\n");
                Thread.sleep(10);
            }
        } catch (IOException e) {
            clientGone = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static String openAiAnswer() {
        return "{\"id\":\"chatcmpl-c\",\"object\":\"chat.completion\",\"model\":\"contract-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(ModelProviderContract.ANSWER_TEXT) + "},"
                + "\"finish_reason\":\"stop\"}]," + openAiUsage() + "}";
    }

    private static String openAiUsage() {
        return "\"usage\":{\"prompt_tokens\":" + ModelProviderContract.USAGE.promptTokens() + ",\"completion_tokens\":"
                + ModelProviderContract.USAGE.completionTokens() + ",\"total_tokens\":"
                + ModelProviderContract.USAGE.totalTokens() + "}";
    }

    private static String openAiChunk(String text) {
        return "data: {\"id\":\"chatcmpl-c\",\"object\":\"chat.completion.chunk\",\"model\":\"contract-model\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"content\":" + quote(text) + "},\"finish_reason\":null}]}\n\n";
    }

    private static String openAiStream() {
        StringBuilder sb = new StringBuilder();
        ModelProviderContract.CHUNKS.forEach(c -> sb.append(openAiChunk(c)));
        sb.append("data: {\"id\":\"chatcmpl-c\",\"object\":\"chat.completion.chunk\",\"model\":\"contract-model\",\"choices\":"
                + "[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        sb.append("data: {\"id\":\"chatcmpl-c\",\"object\":\"chat.completion.chunk\",\"model\":\"contract-model\",\"choices\":[],")
                .append(openAiUsage()).append("}\n\n");
        return sb.append("data: [DONE]\n\n").toString();
    }

    private static String anthropicAnswer() {
        return "{\"id\":\"msg_c\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"contract-model\",\"content\":"
                + "[{\"type\":\"text\",\"text\":" + quote(ModelProviderContract.ANSWER_TEXT) + "}],\"stop_reason\":\"end_turn\","
                + "\"usage\":{\"input_tokens\":" + ModelProviderContract.USAGE.promptTokens() + ",\"output_tokens\":"
                + ModelProviderContract.USAGE.completionTokens() + "}}";
    }

    private static String anthropicStream(java.util.List<String> chunks, boolean end) {
        StringBuilder sb = new StringBuilder();
        sb.append(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_c\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"contract-model\",\"content\":[],\"usage\":{\"input_tokens\":"
                + ModelProviderContract.USAGE.promptTokens() + ",\"output_tokens\":1}}}"));
        sb.append(event("content_block_start",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (String c : chunks) {
            sb.append(event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"text_delta\",\"text\":" + quote(c) + "}}"));
        }
        if (end) {
            sb.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
            sb.append(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                    + "\"usage\":{\"output_tokens\":" + ModelProviderContract.USAGE.completionTokens() + "}}"));
            sb.append(event("message_stop", "{\"type\":\"message_stop\"}"));
        }
        return sb.toString();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
