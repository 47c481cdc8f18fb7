package ai.domainassist.core.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelClientBuilder;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.internal.CallTag;
import ai.domainassist.core.chat.internal.CallTags;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.cache.CacheStats;
import ai.domainassist.core.cache.internal.CachingProvider;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.resilience.ProviderStatus;
import ai.domainassist.core.usage.UsageMeter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ModelClient} the builder makes: a thin facade over the composed pipeline (a
 * {@link ModelProvider} chain). It fills in the client's default model and whole-call deadline, runs {@link #chatAsync}
 * on its own bounded executor so no caller thread blocks, and on {@link #close()} closes the
 * providers, its executor and, when it created them, OkHttp's dispatcher and connection pool.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class DefaultModelClient implements ModelClient {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultModelClient.class);

    private final ModelProvider pipeline;
    private final List<ModelProvider> owned;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final ExecutorService asyncExecutor;
    private final String defaultModel;
    private final Duration callTimeout;
    private final UsageMeter usage;
    private final List<CachingProvider> caches;
    private final List<AuditSink> auditSinks;
    private final Supplier<List<ProviderStatus>> status;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Supplier<ModelClientBuilder> variants;

    /**
     * @param pipeline the head of the composed pipeline
     * @param owned every provider and decorator to close, outermost first
     * @param http the OkHttp client the adapters share
     * @param ownsHttp whether this client created the OkHttp dispatcher and pool (and so releases them)
     * @param asyncExecutor runs {@link #chatAsync}; shut down on close
     * @param defaultModel the model for requests that name none, or {@code null}
     */
    public DefaultModelClient(ModelProvider pipeline, List<ModelProvider> owned, OkHttpClient http, boolean ownsHttp,
                              ExecutorService asyncExecutor, String defaultModel) {
        this(pipeline, owned, http, ownsHttp, asyncExecutor, defaultModel, null, List.of(), List.of());
    }

    /**
     * @param pipeline the head of the composed pipeline
     * @param owned every provider and decorator to close, outermost first
     * @param http the OkHttp client the adapters share
     * @param ownsHttp whether this client created the OkHttp dispatcher and pool (and so releases them)
     * @param asyncExecutor runs {@link #chatAsync}; shut down on close
     * @param defaultModel the model for requests that name none, or {@code null}
     * @param usage the usage meter the pipeline feeds, or {@code null}
     * @param caches the pipeline's caches (for statistics)
     * @param auditSinks the user's audit sinks, closed with the client
     */
    public DefaultModelClient(ModelProvider pipeline, List<ModelProvider> owned, OkHttpClient http, boolean ownsHttp,
                              ExecutorService asyncExecutor, String defaultModel, UsageMeter usage,
                              List<CachingProvider> caches, List<AuditSink> auditSinks) {
        this(pipeline, owned, http, ownsHttp, asyncExecutor, defaultModel, null, usage, caches, auditSinks, List::of);
    }

    /**
     * @param pipeline the head of the composed pipeline
     * @param owned every provider and decorator to close, outermost first
     * @param http the OkHttp client the adapters share
     * @param ownsHttp whether this client created the OkHttp dispatcher and pool (and so releases them)
     * @param asyncExecutor runs {@link #chatAsync}; shut down on close
     * @param defaultModel the model for requests that name none, or {@code null}
     * @param callTimeout the whole-call deadline of chat requests that set none, or {@code null}
     *     to leave them without (then OkHttp's client-wide deadline applies per attempt)
     * @param usage the usage meter the pipeline feeds, or {@code null}
     * @param caches the pipeline's caches (for statistics)
     * @param auditSinks the user's audit sinks, closed with the client
     * @param status the providers' circuit states and last outcomes
     */
    public DefaultModelClient(ModelProvider pipeline, List<ModelProvider> owned, OkHttpClient http, boolean ownsHttp,
                              ExecutorService asyncExecutor, String defaultModel, Duration callTimeout,
                              UsageMeter usage, List<CachingProvider> caches, List<AuditSink> auditSinks,
                              Supplier<List<ProviderStatus>> status) {
        this.status = Objects.requireNonNull(status, "status");
        this.usage = usage;
        this.caches = List.copyOf(caches);
        this.auditSinks = List.copyOf(auditSinks);
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.owned = List.copyOf(owned);
        this.http = Objects.requireNonNull(http, "http");
        this.ownsHttp = ownsHttp;
        this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor");
        this.defaultModel = defaultModel;
        this.callTimeout = callTimeout;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return pipeline.chat(prepare(request));
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        ChatRequest prepared = prepare(request);
        CompletableFuture<ChatResponse> result = new CompletableFuture<>();
        try {
            asyncExecutor.execute(() -> {
                try {
                    result.complete(pipeline.chat(prepared));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the model client is closed", e);
        }
        return result;
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return pipeline.stream(prepare(request), handler);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        requireOpen();
        return pipeline.embed(Objects.requireNonNull(request, "request"));
    }

    @Override
    public ProviderCapabilities capabilities() {
        return pipeline.capabilities();
    }

    @Override
    public Optional<UsageMeter> usage() {
        return Optional.ofNullable(usage);
    }

    @Override
    public Optional<CacheStats> cacheStats() {
        return caches.isEmpty() ? Optional.empty() : Optional.of(caches.get(0).responseStats());
    }

    @Override
    public List<ProviderStatus> providerStatus() {
        return status.get();
    }

    /** @return the OkHttp client the adapters share (for tests of resource handling) */
    public OkHttpClient httpClient() {
        return http;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (ModelProvider p : owned) {
            try {
                p.close();
            } catch (RuntimeException e) {
                LOG.warn("closing provider {} failed: {}", p.name(), e.toString());
            }
        }
        for (AuditSink sink : auditSinks) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.warn("closing audit sink {} failed: {}", sink.getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
        asyncExecutor.shutdown();
        if (ownsHttp) {
            http.dispatcher().cancelAll();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Fills in the default model and the whole-call deadline (every request leaves the facade with
     * a {@code timeout}, so the decorators that retry, fail over or wait can give each later
     * attempt only what remains of it: {@link Deadlines}), and tags the request with its call
     * ({@link CallTags}), which every request derived from it keeps.
     */
    private ChatRequest prepare(ChatRequest request) {
        requireOpen();
        Objects.requireNonNull(request, "request");
        String model = request.model() == null && defaultModel != null ? defaultModel : request.model();
        Duration timeout = request.options().timeout() == null ? callTimeout : request.options().timeout();
        String taskAuditId = AuditScope.enterCall();
        // the helper task this call is made for
        String auditId = taskAuditId != null && request.options().auditId() == null ? taskAuditId
                : request.options().auditId();
        // one tag per logical call: every attempt the pipeline derives from this request finds the call by it.
        // A copy that shares the request's immutable parts (a builder copied every list twice per call).
        return CallTags.prepared(request, model, timeout, auditId, new CallTag());
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the model client is closed");
        }
    }

    /**
     * Says how {@link #newBuilder()} derives a variant (set once, by {@code ModelClientBuilder.build()}).
     *
     * @param variants makes a builder that shares this client's HTTP pool and dispatcher
     * @return this client
     */
    public DefaultModelClient variants(Supplier<ModelClientBuilder> variants) {
        this.variants = Objects.requireNonNull(variants, "variants");
        return this;
    }

    @Override
    public ModelClientBuilder newBuilder() {
        if (closed.get()) {
            throw new IllegalStateException("model client is closed");
        }
        if (variants == null) {
            return ModelClient.super.newBuilder();
        }
        return variants.get();
    }
}
