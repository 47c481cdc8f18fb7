package ai.domainassist.testkit;

import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.testkit.internal.NoDelayServerSockets;
import ai.domainassist.testkit.internal.OpenAiWire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A fake OpenAI-compatible HTTP server on 127.0.0.1, for unit tests of code that calls a model
 * over HTTP: the real client, the real JSON and SSE parsing, the real error mapping, and no
 * network. Built on OkHttp's MockWebServer.
 *
 * <pre>{@code
 * try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
 *     server.enqueue(Recording.ERROR_RATE_LIMIT)            // a real-shaped 429, retry-after: 2
 *           .enqueueChat("{\"chiefComplaint\":\"咳嗽3天\"}");  // then an answer
 *     ModelClient client = ModelClient.builder()
 *             .provider(Providers.openAiCompatible(server.baseUrl(), "test-key")).build();
 *     ... exercise the application ...
 *     assertThat(server.takeRequest().json().path("model").asText()).isEqualTo("deepseek-chat");
 *     server.verify();
 * }
 * }</pre>
 *
 * <p>Each scripted response answers one request, in order, for its {@link Endpoint} (so chat and
 * embedding calls may interleave); rules ({@link #onChat}, {@link #onError}) answer every request
 * they match, before the queue. Generated answers ({@link #enqueueChat}, {@link #enqueueStream},
 * {@link #enqueueToolCall}) adapt to the request like a real server: a request with
 * {@code "stream": true} gets SSE chunks (with a usage chunk only if it asked with
 * {@code stream_options.include_usage}), other requests get one JSON body; the model echoes the
 * request's. {@link Recording}s are replayed byte for byte. A request nothing was scripted for
 * gets a non-retryable 400 in OpenAI's error format and is recorded in
 * {@link #unexpectedRequests()}, which {@link #verify()} reports.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** The endpoints a scripted response may answer. */
    public enum Endpoint {
        /** {@code POST .../chat/completions}. */
        CHAT_COMPLETIONS,
        /** {@code POST .../embeddings}. */
        EMBEDDINGS,
        /** Any request (errors usually). */
        ANY;

        static Endpoint of(String path) {
            String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (p.endsWith("/chat/completions")) {
                return CHAT_COMPLETIONS;
            }
            return p.endsWith("/embeddings") ? EMBEDDINGS : ANY;
        }
    }

    private record Scripted(Endpoint endpoint, String description, Function<ReceivedRequest, MockResponse> respond) {
    }

    private record Rule(Predicate<ReceivedRequest> matcher, Function<ReceivedRequest, MockResponse> respond) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Object lock = new Object();
    private final List<Scripted> script = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<ReceivedRequest> received = new ArrayList<>();
    private final List<ReceivedRequest> unexpected = new ArrayList<>();
    private final BlockingQueue<ReceivedRequest> toTake = new LinkedBlockingQueue<>();
    private String requiredKey;
    private long sequence;

    private FakeOpenAiServer() {
        server.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return respond(request);
            }
        });
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     *
     * @return the running server
     * @throws UncheckedIOException if no port can be bound
     */
    public static FakeOpenAiServer start() {
        FakeOpenAiServer s = new FakeOpenAiServer();
        try {
            s.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake OpenAI server", e);
        }
        return s;
    }

    /** @return the base URL to give a client, for example {@code http://127.0.0.1:41234/v1} (no trailing slash) */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getPort();
    }

    /**
     * Makes the server check {@code Authorization: Bearer <key>}: a request without it gets the
     * recorded 401 ({@link Recording#ERROR_INVALID_API_KEY}) and uses up nothing of the script.
     *
     * @param apiKey the key the client must send
     * @return this server
     */
    public FakeOpenAiServer requireApiKey(String apiKey) {
        synchronized (lock) {
            requiredKey = Objects.requireNonNull(apiKey, "apiKey");
        }
        return this;
    }

    /**
     * Queues a recorded response for the next request to its endpoint.
     *
     * @param recording the recording
     * @return this server
     */
    public FakeOpenAiServer enqueue(Recording recording) {
        return add(recording.endpoint(), recording.name(), r -> replay(recording));
    }

    /**
     * Queues a response of your own (timeouts with {@code headersDelay}, odd headers ...).
     *
     * @param endpoint which requests it may answer
     * @param response the response
     * @return this server
     */
    public FakeOpenAiServer enqueue(Endpoint endpoint, MockResponse response) {
        Objects.requireNonNull(response, "response");
        return add(endpoint, "custom " + response.getCode(), r -> response);
    }

    /**
     * Queues a chat answer with a small made-up usage; streamed in pieces of up to four characters
     * when the request streams.
     *
     * @param content the answer text
     * @return this server
     */
    public FakeOpenAiServer enqueueChat(String content) {
        return enqueueChat(content, Usage.of(20, Math.max(1, content.length())));
    }

    /**
     * Queues a chat answer.
     *
     * @param content the answer text
     * @param usage the usage to report
     * @return this server
     */
    public FakeOpenAiServer enqueueChat(String content, Usage usage) {
        Objects.requireNonNull(content, "content");
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < content.length(); ) {
            int end = content.offsetByCodePoints(i, Math.min(4, content.codePointCount(i, content.length())));
            pieces.add(content.substring(i, end));
            i = end;
        }
        return enqueueStream(pieces, usage);
    }

    /**
     * Queues a chat answer given as stream pieces (one SSE chunk each; joined for a request that does not stream).
     *
     * @param pieces the answer text in pieces
     * @param usage the usage to report
     * @return this server
     */
    public FakeOpenAiServer enqueueStream(List<String> pieces, Usage usage) {
        List<String> copy = List.copyOf(pieces);
        Objects.requireNonNull(usage, "usage");
        return add(Endpoint.CHAT_COMPLETIONS, "chat " + copy.size() + " piece(s)",
                r -> answer(r, copy, List.of(), "stop", usage));
    }

    /**
     * Answers every chat request the matcher accepts with this content, as many times as it
     * matches (rules are checked before the queue, in the order added). For code that sends
     * several requests whose order is not fixed: answer each by what it asks about.
     *
     * @param matcher which requests, for example {@code r -> r.body().contains("住院发票")}; called
     *     on the server's thread, must not throw
     * @param content the answer text
     * @param usage the usage to report
     * @return this server
     */
    public FakeOpenAiServer onChat(Predicate<ReceivedRequest> matcher, String content, Usage usage) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(usage, "usage");
        return rule(matcher, r -> Endpoint.of(r.path()) != Endpoint.CHAT_COMPLETIONS ? null
                : answer(r, List.of(content), List.of(), "stop", usage));
    }

    /**
     * Fails every request the matcher accepts with an error in OpenAI's format, as many times as
     * it matches (checked before the queue, in the order rules were added).
     *
     * @param matcher which requests; called on the server's thread, must not throw
     * @param status the HTTP status
     * @param type the error type, for example {@code server_error}, or {@code null}
     * @param message the message
     * @return this server
     */
    public FakeOpenAiServer onError(Predicate<ReceivedRequest> matcher, int status, String type, String message) {
        Objects.requireNonNull(message, "message");
        return rule(matcher, r -> json(status, OpenAiWire.error(message, type, null)));
    }

    /**
     * Answers chat requests with what a function says, as many times as it answers (checked
     * before the queue, in the order rules were added).
     *
     * @param answerer the answer text for a request, or {@code null} to leave the request to later
     *     rules and the queue; called on the server's thread, must not throw
     * @param usage the usage to report
     * @return this server
     */
    public FakeOpenAiServer onChat(Function<ReceivedRequest, String> answerer, Usage usage) {
        Objects.requireNonNull(answerer, "answerer");
        Objects.requireNonNull(usage, "usage");
        return rule(r -> Endpoint.of(r.path()) == Endpoint.CHAT_COMPLETIONS, r -> {
            String content = answerer.apply(r);
            return content == null ? null : answer(r, List.of(content), List.of(), "stop", usage);
        });
    }

    private FakeOpenAiServer rule(Predicate<ReceivedRequest> matcher, Function<ReceivedRequest, MockResponse> f) {
        synchronized (lock) {
            rules.add(new Rule(Objects.requireNonNull(matcher, "matcher"), f));
        }
        return this;
    }

    /**
     * Queues an answer that calls one tool (id {@code call_<n>}).
     *
     * @param name the tool's name
     * @param argumentsJson the arguments
     * @return this server
     */
    public FakeOpenAiServer enqueueToolCall(String name, String argumentsJson) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentsJson, "argumentsJson");
        return add(Endpoint.CHAT_COMPLETIONS, "tool call " + name, r -> answer(r, List.of(),
                List.of(new ToolCall("call_" + nextId(), name, argumentsJson)), "tool_calls", Usage.of(40, 12)));
    }

    /**
     * Queues an embeddings answer.
     *
     * @param vectors one vector per input the request will send
     * @return this server
     */
    public FakeOpenAiServer enqueueEmbeddings(List<float[]> vectors) {
        List<float[]> copy = new ArrayList<>();
        vectors.forEach(v -> copy.add(v.clone()));
        return add(Endpoint.EMBEDDINGS, "embeddings x" + copy.size(), r -> json(200,
                OpenAiWire.embeddings(r.json().path("model").asText("fake-embedding"), copy, 8L * copy.size())));
    }

    /**
     * Queues an error in OpenAI's format, for any endpoint.
     *
     * @param status the HTTP status
     * @param type the error type, for example {@code invalid_request_error}, or {@code null}
     * @param code the error code, for example {@code context_length_exceeded}, or {@code null}
     * @param message the message
     * @return this server
     */
    public FakeOpenAiServer enqueueError(int status, String type, String code, String message) {
        Objects.requireNonNull(message, "message");
        return add(Endpoint.ANY, "error " + status, r -> json(status, OpenAiWire.error(message, type, code)));
    }

    /**
     * Queues a 429 that asks the client to wait, in seconds ({@code retry-after}, rounded up) and
     * milliseconds ({@code retry-after-ms}).
     *
     * @param retryAfter how long the client should wait
     * @return this server
     */
    public FakeOpenAiServer enqueueRateLimited(Duration retryAfter) {
        long ms = retryAfter.toMillis();
        String body = OpenAiWire.error("Rate limit reached. Please try again in " + ms + "ms.", "requests",
                "rate_limit_exceeded");
        return add(Endpoint.ANY, "rate limited", r -> new MockResponse.Builder().code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("retry-after", Long.toString((ms + 999) / 1000))
                .setHeader("retry-after-ms", Long.toString(ms))
                .setHeader("x-request-id", "req_fake_" + nextId())
                .body(body).build());
    }

    private FakeOpenAiServer add(Endpoint endpoint, String description, Function<ReceivedRequest, MockResponse> f) {
        synchronized (lock) {
            script.add(new Scripted(Objects.requireNonNull(endpoint, "endpoint"), description, f));
        }
        return this;
    }

    private long nextId() {
        synchronized (lock) {
            return ++sequence;
        }
    }

    private MockResponse respond(RecordedRequest rr) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rr.getHeaders().names()) {
            headers.put(name, rr.getHeaders().values(name));
        }
        String target = rr.getTarget() != null ? rr.getTarget() : rr.getUrl().encodedPath();
        ReceivedRequest req = new ReceivedRequest(rr.getMethod() == null ? "" : rr.getMethod(), target, headers,
                rr.getBody() == null ? "" : rr.getBody().utf8());
        Scripted chosen = null;
        boolean unauthorized;
        synchronized (lock) {
            received.add(req);
            unauthorized = requiredKey != null
                    && !req.header("Authorization").map(("Bearer " + requiredKey)::equals).orElse(false);
            if (!unauthorized) {
                for (Rule rule : rules) {
                    MockResponse ruled = rule.matcher().test(req) ? rule.respond().apply(req) : null;
                    if (ruled != null) {
                        toTake.add(req);
                        return ruled;
                    }
                }
            }
            if (!unauthorized) {
                Endpoint endpoint = Endpoint.of(req.path());
                for (Iterator<Scripted> it = script.iterator(); it.hasNext(); ) {
                    Scripted s = it.next();
                    if (s.endpoint() == Endpoint.ANY || s.endpoint() == endpoint) {
                        chosen = s;
                        it.remove();
                        break;
                    }
                }
                if (chosen == null) {
                    unexpected.add(req);
                }
            }
        }
        toTake.add(req);
        if (unauthorized) {
            return replay(Recording.ERROR_INVALID_API_KEY);
        }
        if (chosen == null) {
            return json(400, OpenAiWire.error("fake OpenAI server: nothing scripted for " + req.method() + " "
                    + req.path(), "invalid_request_error", "fake_server_unscripted"));
        }
        return chosen.respond().apply(req);
    }

    private MockResponse answer(ReceivedRequest r, List<String> pieces, List<ToolCall> calls, String finish, Usage usage) {
        String model = r.json().path("model").asText("fake-model");
        String id = "chatcmpl-fake-" + nextId();
        if (r.isStream()) {
            boolean withUsage = r.json().path("stream_options").path("include_usage").asBoolean(false);
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream")
                    .body(OpenAiWire.stream(id, model, pieces, calls, finish, withUsage ? usage : null)).build();
        }
        return json(200, OpenAiWire.completion(id, model, String.join("", pieces), calls, finish, usage));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse replay(Recording recording) {
        MockResponse.Builder b = new MockResponse.Builder().code(recording.status());
        recording.headers().forEach(b::addHeader);
        if (recording.disconnects()) {
            // no Content-Length, and the connection drops halfway through the body
            b.chunkedBody(recording.body(), 256).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE);
        } else {
            b.body(recording.body());
        }
        return b.build();
    }

    /**
     * Takes the oldest request not taken yet, waiting up to 10 seconds for it (the client may
     * still be sending).
     *
     * @return the request
     * @throws AssertionError if none arrives in time
     */
    public ReceivedRequest takeRequest() {
        try {
            ReceivedRequest r = toTake.poll(10, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("the fake OpenAI server received no further request within 10 s");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
    }

    /** @return every request received, in arrival order */
    public List<ReceivedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    /** @return how many requests were received */
    public int requestCount() {
        synchronized (lock) {
            return received.size();
        }
    }

    /** @return the requests nothing was scripted for */
    public List<ReceivedRequest> unexpectedRequests() {
        synchronized (lock) {
            return List.copyOf(unexpected);
        }
    }

    /** @return how many scripted responses are still unused */
    public int remaining() {
        synchronized (lock) {
            return script.size();
        }
    }

    /**
     * Checks that every scripted response was used and no request went unanswered.
     *
     * @throws AssertionError saying what is left over or which requests were unexpected
     */
    public void verify() {
        synchronized (lock) {
            List<String> problems = new ArrayList<>();
            if (!script.isEmpty()) {
                problems.add(script.size() + " scripted response(s) never used: "
                        + script.stream().map(Scripted::description).toList());
            }
            if (!unexpected.isEmpty()) {
                problems.add(unexpected.size() + " request(s) had nothing scripted: "
                        + unexpected.stream().map(r -> r.method() + " " + r.path()).toList());
            }
            if (!problems.isEmpty()) {
                throw new AssertionError("fake OpenAI server: " + String.join("; ", problems));
            }
        }
    }

    /** Stops the server and closes its connections. Idempotent. */
    @Override
    public void close() {
        server.close();
    }
}
