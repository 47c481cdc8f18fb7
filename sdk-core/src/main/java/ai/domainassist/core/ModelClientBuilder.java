package ai.domainassist.core;

import ai.domainassist.core.internal.DefaultModelClient;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.internal.anthropic.AnthropicProvider;
import ai.domainassist.core.provider.internal.openai.OpenAiProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Configures and builds a {@link ModelClient}: the providers (in failover order), timeouts, an
 * optional OkHttp client to share, and a default model. Get one from {@link ModelClient#builder()}.
 *
 * <pre>{@code
 * ModelClient model = ModelClient.builder()
 *         .provider(Providers.deepSeek(System.getenv("DEEPSEEK_API_KEY")))
 *         .callTimeout(Duration.ofSeconds(60))
 *         .build();
 * }</pre>
 *
 * <p>Every setter validates at once and throws on a bad value. {@link #build()} creates one OkHttp
 * client that all providers of the model client share. The built client is immutable and
 * thread-safe; the builder is not thread-safe and may be reused to build more clients.
 */
public final class ModelClientBuilder {
    /** Connect timeout unless set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout (longest silence between two bytes) unless set. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
    /** Whole-call deadline (a stream's included) unless set or given per request. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);
    /** Most {@code chatAsync} calls running at once; more wait in a queue. */
    static final int ASYNC_THREADS = 64;

    private final List<Object> providers = new ArrayList<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient sharedHttp;
    private String defaultModel;

    ModelClientBuilder() {
    }

    /**
     * Adds an endpoint from a preset or spec (see {@link ai.domainassist.core.provider.Providers}).
     * Call it again for more providers: the order is the failover order.
     *
     * @param spec the endpoint
     * @return this builder
     * @throws NullPointerException if {@code spec} is {@code null}
     */
    public ModelClientBuilder provider(ProviderSpec spec) {
        providers.add(Objects.requireNonNull(spec, "spec"));
        return this;
    }

    /**
     * Adds your own {@link ModelProvider} implementation (another protocol, a scripted fake). The
     * client closes it on {@link ModelClient#close()}. It gets the same pipeline as built-in ones.
     *
     * @param provider the provider
     * @return this builder
     * @throws NullPointerException if {@code provider} is {@code null}
     */
    public ModelClientBuilder provider(ModelProvider provider) {
        providers.add(Objects.requireNonNull(provider, "provider"));
        return this;
    }

    /**
     * @param timeout the longest wait to open a connection (default 10 s)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return this;
    }

    /**
     * @param timeout the longest silence between two bytes of a response, also of a stream
     *     (default 120 s: non-streamed answers of reasoning models can be slow to start)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return this;
    }

    /**
     * @param timeout the whole-call deadline: connecting, sending and reading the entire answer,
     *     a stream's included (default 5 min); a request's own {@code timeout} overrides it
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return this;
    }

    /**
     * Shares an OkHttp client the application already has (its connection pool, dispatcher,
     * proxy, TLS and interceptors); the model client derives its own copy with the timeouts above
     * and does not shut the shared pool or dispatcher down on close: they remain the caller's.
     * Without it the model client creates and owns a new OkHttp client.
     *
     * @param client the client to share, or {@code null} for a private one
     * @return this builder
     */
    public ModelClientBuilder httpClient(OkHttpClient client) {
        this.sharedHttp = client;
        return this;
    }

    /**
     * @param model the model for requests that name none, or {@code null} to use each provider's
     *     default; with several providers prefer the providers' own defaults, since model names
     *     differ between vendors
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public ModelClientBuilder defaultModel(String model) {
        if (model != null && model.isBlank()) {
            throw new IllegalArgumentException("defaultModel must not be blank");
        }
        this.defaultModel = model == null ? null : model.strip();
        return this;
    }

    /**
     * Builds the client.
     *
     * @return a new, immutable, thread-safe client; close it when done
     * @throws IllegalStateException if no provider was added, or more than one (failover is not
     *     configured yet)
     */
    public ModelClient build() {
        if (providers.isEmpty()) {
            throw new IllegalStateException("no provider: add one with provider(...); "
                    + "without a model, use the domain helpers' offline engines");
        }
        requireFailoverConfigured(providers.size());
        boolean ownsHttp = sharedHttp == null;
        OkHttpClient http = httpClient(ownsHttp);
        ExecutorService async = newExecutor("domainassist-chat-async-", ASYNC_THREADS, new LinkedBlockingQueue<>());
        List<ModelProvider> adapters = new ArrayList<>();
        try {
            for (Object p : providers) {
                adapters.add(p instanceof ProviderSpec spec ? adapter(spec, http) : (ModelProvider) p);
            }
            ModelProvider pipeline = composePipeline(adapters);
            return new DefaultModelClient(pipeline, List.of(pipeline), http, ownsHttp, async, defaultModel);
        } catch (RuntimeException | Error e) {
            async.shutdown();
            if (ownsHttp) {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
            throw e;
        }
    }

    /**
     * Composes the pipeline around the provider adapters, in the fixed order of ARCHITECTURE.md
     * ("Pipeline decorators"), outermost first:
     * <ol>
     *   <li>budget</li>
     *   <li>redaction</li>
     *   <li>cache</li>
     *   <li>failover router (over the per-provider chains below)</li>
     *   <li>per provider: rate limiter</li>
     *   <li>per provider: bulkhead</li>
     *   <li>per provider: circuit breaker</li>
     *   <li>per provider: retry</li>
     *   <li>per provider: listeners and audit (one record per attempt)</li>
     *   <li>the provider adapter</li>
     * </ol>
     * Each step is a {@link ModelProvider} wrapping the one below it; add a step by wrapping
     * {@code chain} (per provider, inside the loop, innermost first) or {@code head} (above the
     * router, innermost first) at its place below. The returned head is closed by the client and
     * must close what it wraps.
     */
    private ModelProvider composePipeline(List<ModelProvider> adapters) {
        List<ModelProvider> perProvider = new ArrayList<>(adapters.size());
        for (ModelProvider adapter : adapters) {
            ModelProvider chain = adapter;
            // listeners / audit: not written yet (core-trust)
            // retry: not written yet (core-trust)
            // circuit breaker: not written yet (core-trust)
            // bulkhead: not written yet (core-trust)
            // rate limiter: not written yet (core-trust)
            perProvider.add(chain);
        }
        // failover router: not written yet (core-trust); until then exactly one provider, checked by build()
        ModelProvider head = perProvider.get(0);
        // cache: not written yet (core-trust)
        // redaction: not written yet (core-trust)
        // budget: not written yet (core-trust)
        return head;
    }

    /** Fails while no failover router exists: a second provider must never be silently ignored. */
    private static void requireFailoverConfigured(int providerCount) {
        if (providerCount > 1) {
            throw new IllegalStateException("failover is not configured: " + providerCount
                    + " providers were added, but this version routes to exactly one; add a single provider");
        }
    }

    private static ModelProvider adapter(ProviderSpec spec, OkHttpClient http) {
        switch (spec.protocol()) {
            case OPENAI_COMPATIBLE:
                return new OpenAiProvider(spec, http, Clock.systemUTC());
            case ANTHROPIC:
                return new AnthropicProvider(spec, http, Clock.systemUTC());
            default:
                throw new IllegalStateException("no adapter for protocol " + spec.protocol());
        }
    }

    private OkHttpClient httpClient(boolean own) {
        OkHttpClient.Builder b = own ? new OkHttpClient.Builder() : sharedHttp.newBuilder();
        if (own) {
            Dispatcher dispatcher = new Dispatcher(newExecutor("domainassist-http-", Integer.MAX_VALUE,
                    new SynchronousQueue<>()));
            dispatcher.setMaxRequests(256);
            dispatcher.setMaxRequestsPerHost(64); // streams are async calls; OkHttp's default of 5 per host is too few
            b.dispatcher(dispatcher).connectionPool(new ConnectionPool());
        }
        return b.connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(readTimeout)
                .callTimeout(callTimeout).build();
    }

    private static ExecutorService newExecutor(String prefix, int maxThreads,
                                               java.util.concurrent.BlockingQueue<Runnable> queue) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        boolean bounded = maxThreads != Integer.MAX_VALUE;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(bounded ? maxThreads : 0, maxThreads, 60, TimeUnit.SECONDS,
                queue, threads);
        if (bounded) {
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    private static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }
}
