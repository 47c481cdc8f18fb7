package ai.domainassist.core;

import static ai.domainassist.core.testing.WireServer.json;
import static ai.domainassist.core.testing.WireServer.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.internal.DefaultModelClient;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.WireServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelClientBuilderTest {
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ai.domainassist.core.provider.ProviderSpec local() {
        return Providers.openAiCompatible(server.url("/v1").toString(), "k").toBuilder().defaultChatModel("m").build();
    }

    /** A provider the user writes themselves: answers from memory. */
    static final class EchoProvider implements ModelProvider {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public ProviderCapabilities capabilities() {
            return ProviderCapabilities.TEXT_ONLY;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            return new ChatResponse("1", request.model(), "echo", request.messages().get(0).text(), null, List.of(),
                    FinishReason.STOP, Usage.ZERO, Duration.ZERO, null);
        }

        @Override
        public StreamHandle stream(ChatRequest request, StreamHandler handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void settingsAreValidatedAtOnce() {
        ModelClientBuilder b = ModelClient.builder();
        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.callTimeout(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.defaultModel(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.provider((ModelProvider) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("no provider");
    }

    @Test
    void aSecondProviderIsTheFailoverTarget() {
        server.enqueue(json(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        try (ModelClient client = ModelClient.builder().provider(local()).provider(new EchoProvider())
                .retry(null).build()) {
            ChatResponse r = client.chat(ChatRequest.of("ping"));
            assertThat(r.provider()).isEqualTo("echo");
            assertThat(r.content()).isEqualTo("ping");
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(client.capabilities()).isEqualTo(ProviderCapabilities.TEXT_ONLY);
        }
    }

    @Test
    void aCustomProviderGetsTheRequestsAndIsClosedWithTheClient() {
        EchoProvider echo = new EchoProvider();
        ModelClient client = ModelClient.builder().provider(echo).defaultModel("echo-1").build();
        ChatResponse r = client.chat(ChatRequest.of("ping"));
        assertThat(r.content()).isEqualTo("ping");
        assertThat(r.model()).isEqualTo("echo-1");
        assertThat(client.chat(ChatRequest.builder().model("own").user("x").build()).model()).isEqualTo("own");
        client.close();
        assertThat(echo.closed).isTrue();
        assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.chatAsync(ChatRequest.of("x"))).isInstanceOf(IllegalStateException.class);
        client.close();
    }

    @Test
    void chatAsyncDoesNotBlockTheCallerAndCompletesWithTheTypedError() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(300, TimeUnit.MILLISECONDS)
                .setHeader("Content-Type", "application/json").body(Fixtures.wire("openai/chat.json")).build());
        server.enqueue(json(401, "{\"error\":{\"message\":\"bad key\"}}"));
        try (ModelClient client = ModelClient.builder().provider(local()).build()) {
            long start = System.nanoTime();
            CompletableFuture<ChatResponse> ok = client.chatAsync(ChatRequest.of("Hi"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
            assertThat(ok.get(5, TimeUnit.SECONDS).content()).isEqualTo("Hello! How can I assist you today?");
            CompletableFuture<ChatResponse> failed = client.chatAsync(ChatRequest.of("Hi"));
            assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void closeReleasesTheDispatcherThreadsAndConnectionPool() throws Exception {
        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        DefaultModelClient client = (DefaultModelClient) ModelClient.builder().provider(local())
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(4))
                .build();
        OkHttpClient http = client.httpClient();
        assertThat(http.connectTimeoutMillis()).isEqualTo(2000);
        assertThat(http.readTimeoutMillis()).isEqualTo(3000);
        assertThat(http.callTimeoutMillis()).isEqualTo(4000);
        assertThat(http.dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
        client.chat(ChatRequest.of("Hi"));
        assertThat(http.connectionPool().connectionCount()).isEqualTo(1);
        client.close();
        assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(http.connectionPool().connectionCount()).isZero();
    }

    @Test
    void sixteenConcurrentCallersKeepTheirConnectionsForTheNextRound() throws Exception {
        int callers = 16;
        CountDownLatch allArrived = new CountDownLatch(callers);
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
                allArrived.countDown(); // the first round holds every connection until all 16 are open
                allArrived.await(5, TimeUnit.SECONDS);
                return json(200, Fixtures.wire("openai/chat.json"));
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try (ModelClient client = ModelClient.builder().provider(local()).build()) {
            List<Callable<ChatResponse>> calls = java.util.Collections.nCopies(callers,
                    () -> client.chat(ChatRequest.of("Hi")));
            for (int round = 0; round < 2; round++) {
                for (Future<ChatResponse> f : threads.invokeAll(calls)) {
                    assertThat(f.get().content()).isEqualTo("Hello! How can I assist you today?");
                }
            }
        } finally {
            threads.shutdownNow();
        }
        java.util.Set<Integer> connections = new java.util.HashSet<>();
        for (int i = 0; i < 2 * callers; i++) {
            connections.add(server.takeRequest().getConnectionIndex());
        }
        assertThat(connections).hasSize(callers);
    }

    @Test
    void aSharedOkHttpClientIsUsedButNotShutDown() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        try {
            server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
            DefaultModelClient client = (DefaultModelClient) ModelClient.builder().provider(local()).httpClient(shared).build();
            assertThat(client.httpClient().connectionPool()).isSameAs(shared.connectionPool());
            assertThat(client.httpClient().dispatcher()).isSameAs(shared.dispatcher());
            client.chat(ChatRequest.of("Hi"));
            client.close();
            assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
            assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
            assertThat(take(server).getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        } finally {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
    }

    @Test
    void oneOkHttpClientServesChatStreamAndEmbeddings() throws Exception {
        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        server.enqueue(WireServer.sse(Fixtures.wire("openai/stream.sse")));
        server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
        try (ModelClient client = ModelClient.builder().provider(local().toBuilder().defaultEmbeddingModel("e").build()).build()) {
            client.chat(ChatRequest.of("a"));
            client.stream(ChatRequest.of("b"), e -> { }).completion().get(5, TimeUnit.SECONDS);
            client.embed(EmbeddingRequest.of(List.of("c", "d")));
        }
        take(server);
        take(server);
        assertThat(take(server).getConnectionIndex()).isZero();
    }

    @Test
    void aVariantFromNewBuilderSharesThePoolAndDispatcherAndKeepsTheSettings() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        }
        try (DefaultModelClient parent = (DefaultModelClient) ModelClient.builder().provider(local())
                .defaultModel("parent-model").callTimeout(Duration.ofSeconds(20)).build()) {
            parent.chat(ChatRequest.of("a"));
            try (DefaultModelClient variant = (DefaultModelClient) parent.newBuilder().defaultModel("variant-model").build()) {
                assertThat(variant.httpClient()).isNotSameAs(parent.httpClient());
                assertThat(variant.httpClient().connectionPool()).isSameAs(parent.httpClient().connectionPool());
                assertThat(variant.httpClient().dispatcher()).isSameAs(parent.httpClient().dispatcher());
                assertThat(variant.httpClient().callTimeoutMillis()).isEqualTo(20_000);
                // one network interceptor each (no resend, HTTP logging), not inherited twice
                assertThat(variant.httpClient().networkInterceptors()).hasSameSizeAs(parent.httpClient().networkInterceptors());
                variant.chat(ChatRequest.of("b"));
            }
            // the variant's close leaves the shared pool and dispatcher to the parent
            assertThat(parent.httpClient().dispatcher().executorService().isShutdown()).isFalse();
            parent.chat(ChatRequest.of("c"));
        }
        mockwebserver3.RecordedRequest first = take(server);
        mockwebserver3.RecordedRequest second = take(server);
        mockwebserver3.RecordedRequest third = take(server);
        assertThat(WireServer.parse(java.util.Objects.requireNonNull(first.getBody()).utf8()).get("model").asText()).isEqualTo("parent-model");
        assertThat(WireServer.parse(java.util.Objects.requireNonNull(second.getBody()).utf8()).get("model").asText()).isEqualTo("variant-model");
        // one connection served all three calls: the variant took the parent's pooled connection
        assertThat(List.of(first.getConnectionIndex(), second.getConnectionIndex(), third.getConnectionIndex()))
                .containsOnly(0);
        assertThat(third.getExchangeIndex()).isEqualTo(2);
    }

    @Test
    void aVariantLeavesOutTheProviderInstancesAndAuditSinksItsParentCloses() {
        EchoProvider own = new EchoProvider();
        try (ModelClient parent = ModelClient.builder().provider(own).build()) {
            ModelClientBuilder variant = parent.newBuilder();
            assertThatThrownBy(variant::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("no provider");
            try (ModelClient withIt = parent.newBuilder().provider(new EchoProvider()).build()) {
                assertThat(withIt.chat(ChatRequest.of("x")).content()).isNotEmpty();
            }
        }
        assertThatThrownBy(() -> new ai.domainassist.core.fakes.ProviderClient(new EchoProvider()).newBuilder())
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("not built by ModelClient.builder()");
    }

    @Test
    void anOptionSetTwiceOnOneBuilderFailsNamingIt() {
        ModelClientBuilder b = ModelClient.builder().provider(local()).defaultModel("a");
        assertThatThrownBy(() -> b.defaultModel("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("defaultModel was already set on this builder");
        b.retry(ai.domainassist.core.resilience.RetryPolicy.disabled());
        assertThatThrownBy(() -> b.retry(null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("retry");
        b.taskBudget("t1", ai.domainassist.core.usage.Budget.tokens(10));
        b.taskBudget("t2", ai.domainassist.core.usage.Budget.tokens(10));
        assertThatThrownBy(() -> b.taskBudget("t1", null)).hasMessageContaining("taskBudget(t1)");
        // a rejected value does not use the option up
        assertThatThrownBy(() -> b.callTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        b.callTimeout(Duration.ofSeconds(5));
        assertThatThrownBy(() -> b.callTimeout(Duration.ofSeconds(6))).hasMessage("callTimeout was already set on this builder");
        // lists add
        b.provider(local()).listener(e -> { }).listener(e -> { });
        // a variant may set once more what it inherited
        try (DefaultModelClient parent = (DefaultModelClient) b.build()) {
            // the second call changed nothing
            assertThat(parent.httpClient().callTimeoutMillis()).isEqualTo(5_000);
            ModelClientBuilder v = parent.newBuilder().defaultModel("c").callTimeout(Duration.ofSeconds(9));
            assertThatThrownBy(() -> v.defaultModel("d")).isInstanceOf(IllegalStateException.class);
        }
    }
}
