package ai.domainassist.core;

import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.internal.DefaultModelClient;
import ai.domainassist.core.internal.Pipeline;
import ai.domainassist.core.internal.shared.SetOnce;
import ai.domainassist.core.observe.HttpLogging;
import ai.domainassist.core.observe.LoggingListener;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.internal.anthropic.AnthropicProvider;
import ai.domainassist.core.provider.internal.http.NoImmediateResend;
import ai.domainassist.core.provider.internal.http.ResponseLimits;
import ai.domainassist.core.provider.internal.openai.OpenAiProvider;
import ai.domainassist.core.resilience.BulkheadPolicy;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.RateLimitPolicy;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.core.usage.PriceTable;
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
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Configures and builds a {@link ModelClient}: the providers (in failover order), timeouts, an
 * optional OkHttp client to share, a default model, and the pipeline decorators around the
 * providers. Get one from {@link ModelClient#builder()}.
 *
 * <p>The decorators and their defaults (each setter's {@code null} turns its decorator off):
 * <ul>
 *   <li>{@link #budget(Budget)}, {@link #taskBudget(String, Budget)}: none;</li>
 *   <li>{@link #redactor(Redactor)}: {@link Redactor#defaults()} (ID cards, phones, bank cards, e-mail, marked terms);</li>
 *   <li>{@link #cache(CachePolicy)}: {@link CachePolicy#defaults()}, only for cacheable or temperature-0 requests;</li>
 *   <li>failover: the providers in the order added, when there is more than one;</li>
 *   <li>{@link #rateLimit(RateLimitPolicy)}: none;</li>
 *   <li>{@link #bulkhead(BulkheadPolicy)}: {@link BulkheadPolicy#defaults()} (32 concurrent calls per provider);</li>
 *   <li>{@link #circuitBreaker(CircuitBreakerPolicy)}: {@link CircuitBreakerPolicy#defaults()};</li>
 *   <li>{@link #retry(RetryPolicy)}: {@link RetryPolicy#defaults()} (3 attempts, full jitter);</li>
 *   <li>{@link #listener(ModelCallListener)}, {@link #auditSink(AuditSink)}: none beyond the SLF4J
 *       {@link LoggingListener} and {@link HttpLogging} (debug level; {@link #logging(boolean)} turns them off);
 *       usage and cost totals ({@link ModelClient#usage()}) are always kept.</li>
 * </ul>
 *
 * <pre>{@code
 * ModelClient model = ModelClient.builder()
 *         .provider(Providers.deepSeek(System.getenv("DEEPSEEK_API_KEY")))
 *         .callTimeout(Duration.ofSeconds(60))
 *         .build();
 * }</pre>
 *
 * <p>The builder rules (the same for the domain helpers' builders):
 * <ul>
 *   <li>every setter validates its value at once and throws on a bad one ({@code NullPointerException},
 *       {@code IllegalArgumentException}); {@link #build()} checks the combination (at least one provider)
 *       and throws {@code IllegalStateException};</li>
 *   <li>each option may be set once per builder: a second call throws {@code IllegalStateException} naming
 *       the option (a configuration merged from two places fails instead of silently overwriting).
 *       {@link #taskBudget(String, Budget)} is once per task. Lists are the exception and add:
 *       {@link #provider(ProviderSpec)} (the failover order), {@link #listener(ModelCallListener)},
 *       {@link #interceptor(ModelInterceptor)}, {@link #attemptInterceptor(ModelInterceptor)},
 *       {@link #auditSink(AuditSink)};</li>
 *   <li>a variant of a built client that shares its HTTP connection pool and dispatcher comes from
 *       {@link ModelClient#newBuilder()}: its builder starts with the client's settings, and each may be
 *       set once more there.</li>
 * </ul>
 *
 * <p>{@link #build()} creates one OkHttp client that all providers of the model client share. The built
 * client is immutable and thread-safe; the builder is not thread-safe and may be reused to build more
 * clients (each with its own pool, unless {@link #httpClient(OkHttpClient)} shares one).
 */
public final class ModelClientBuilder {
    /** Connect timeout unless set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout (longest silence between two bytes) unless set. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
    /** Whole-call deadline (a stream's included) unless set or given per request. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);
    /** Most bytes of one successful response body, a whole stream's included, unless set: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    /** Most bytes of one event-stream line unless set: 1 MiB. */
    public static final int DEFAULT_MAX_STREAM_LINE_BYTES = 1024 * 1024;
    /** Most bytes of one stream event's data unless set: 4 MiB. */
    public static final int DEFAULT_MAX_STREAM_EVENT_BYTES = 4 * 1024 * 1024;
    /** Most {@code chatAsync} calls running at once; more wait in a queue. */
    static final int ASYNC_THREADS = 64;
    static final int MAX_REQUESTS_PER_HOST = 64;

    /** The failover list: presets and specs (an adapter each, over this client's HTTP) or your own providers. */
    private sealed interface Endpoint permits FromSpec, Own {
    }

    private record FromSpec(ProviderSpec spec) implements Endpoint {
    }

    private record Own(ModelProvider provider) implements Endpoint {
    }

    private final List<Endpoint> providers = new ArrayList<>();
    private final SetOnce options = new SetOnce();
    /** Every pipeline setting in the order given, replayed into a variant's pipeline ({@link ModelClient#newBuilder()}). */
    private final List<Consumer<Pipeline>> pipelineSettings = new ArrayList<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxStreamLineBytes = DEFAULT_MAX_STREAM_LINE_BYTES;
    private int maxStreamEventBytes = DEFAULT_MAX_STREAM_EVENT_BYTES;
    private OkHttpClient sharedHttp;
    private String defaultModel;
    private final Pipeline pipeline = new Pipeline();
    private boolean logging = true;
    private HttpLogging httpLogging = HttpLogging.defaults();
    private Clock clock;

    ModelClientBuilder() {
    }

    /** A variant's builder: {@code from}'s settings, over {@code http} (shared, never closed by the variant). */
    private ModelClientBuilder(ModelClientBuilder from, OkHttpClient http) {
        for (Endpoint e : from.providers) {
            if (e instanceof FromSpec) {
                providers.add(e);
            }
        }
        connectTimeout = from.connectTimeout;
        readTimeout = from.readTimeout;
        callTimeout = from.callTimeout;
        maxResponseBytes = from.maxResponseBytes;
        maxStreamLineBytes = from.maxStreamLineBytes;
        maxStreamEventBytes = from.maxStreamEventBytes;
        sharedHttp = http;
        defaultModel = from.defaultModel;
        logging = from.logging;
        httpLogging = from.httpLogging;
        clock = from.clock;
        for (Consumer<Pipeline> setting : from.pipelineSettings) {
            pipelineSetting(setting);
        }
    }

    private void pipelineSetting(Consumer<Pipeline> setting) {
        setting.accept(pipeline);
        pipelineSettings.add(setting);
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
        providers.add(new FromSpec(Objects.requireNonNull(spec, "spec")));
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
        providers.add(new Own(Objects.requireNonNull(provider, "provider")));
        return this;
    }

    /**
     * @param timeout the longest wait to open a connection (default 10 s)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder connectTimeout(Duration timeout) {
        Duration checked = positive(timeout, "connectTimeout");
        options.mark("connectTimeout");
        this.connectTimeout = checked;
        return this;
    }

    /**
     * @param timeout the longest silence between two bytes of a response, also of a stream
     *     (default 120 s: non-streamed answers of reasoning models can be slow to start)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder readTimeout(Duration timeout) {
        Duration checked = positive(timeout, "readTimeout");
        options.mark("readTimeout");
        this.readTimeout = checked;
        return this;
    }

    /**
     * @param timeout the whole-call deadline: connecting, sending and reading the entire answer,
     *     a stream's included (default 5 min); a request's own {@code timeout} overrides it
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder callTimeout(Duration timeout) {
        Duration checked = positive(timeout, "callTimeout");
        options.mark("callTimeout");
        this.callTimeout = checked;
        return this;
    }

    /**
     * Bounds what a server may send in one successful answer: the JSON body of a chat or embedding
     * call, or a whole event stream. Past it the client stops reading, closes the connection and
     * fails the call with {@link MalformedResponseException} (not retried). Error bodies are read
     * up to 64 KiB only, whatever this says.
     *
     * @param bytes the most bytes, positive (default 64 MiB)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder maxResponseBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
        }
        options.mark("maxResponseBytes");
        this.maxResponseBytes = bytes;
        return this;
    }

    /**
     * Bounds one line of an event stream (a server that never ends a line would otherwise be
     * buffered without end). Past it the stream fails with {@link MalformedResponseException}.
     *
     * @param bytes the most bytes of one line, positive (default 1 MiB)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder maxStreamLineBytes(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxStreamLineBytes must be positive, was " + bytes);
        }
        options.mark("maxStreamLineBytes");
        this.maxStreamLineBytes = bytes;
        return this;
    }

    /**
     * Bounds the data of one stream event (its {@code data:} lines together; a server that never
     * ends an event would otherwise be buffered without end). Past it the stream fails with
     * {@link MalformedResponseException}.
     *
     * @param bytes the most bytes of one event's data, positive (default 4 MiB)
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public ModelClientBuilder maxStreamEventBytes(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxStreamEventBytes must be positive, was " + bytes);
        }
        options.mark("maxStreamEventBytes");
        this.maxStreamEventBytes = bytes;
        return this;
    }

    /**
     * Shares an OkHttp client the application already has (its connection pool, dispatcher,
     * proxy, TLS and interceptors); the model client derives its own copy with the timeouts above
     * and OkHttp's silent retry on connection failure and its redirect following off (the retry policy
     * alone decides re-sends; a redirect is reported as an unexpected status)
     * and does not shut the shared pool or dispatcher down on close: they remain the caller's.
     * Without it the model client creates and owns a new OkHttp client.
     *
     * @param client the client to share, or {@code null} for a private one
     * @return this builder
     */
    public ModelClientBuilder httpClient(OkHttpClient client) {
        options.mark("httpClient");
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
        options.mark("defaultModel");
        this.defaultModel = model == null ? null : model.strip();
        return this;
    }

    /**
     * @param budget a token or cost limit for all calls of the client, checked before each call is
     *     sent, or {@code null} for none (the default)
     * @return this builder
     */
    public ModelClientBuilder budget(Budget budget) {
        options.mark("budget");
        pipelineSetting(p -> p.budget(budget));
        return this;
    }

    /**
     * @param task a task label ({@code ChatRequest.Options.task()})
     * @param budget its token or cost limit, or {@code null} to remove one
     * @return this builder
     * @throws NullPointerException if {@code task} is {@code null}
     */
    public ModelClientBuilder taskBudget(String task, Budget budget) {
        Objects.requireNonNull(task, "task");
        options.mark("taskBudget(" + task + ")");
        pipelineSetting(p -> p.taskBudget(task, budget));
        return this;
    }

    /**
     * @param prices the prices for cost totals and cost budgets (default {@link PriceTable#defaults()})
     * @return this builder
     * @throws NullPointerException if {@code prices} is {@code null}
     */
    public ModelClientBuilder priceTable(PriceTable prices) {
        Objects.requireNonNull(prices, "prices");
        options.mark("priceTable");
        pipelineSetting(p -> p.prices(prices));
        return this;
    }

    /**
     * @param redactor what personal data to replace before a request leaves the process (default
     *     {@link Redactor#defaults()}), or {@code null} to turn redaction off
     * @return this builder
     */
    public ModelClientBuilder redactor(Redactor redactor) {
        options.mark("redactor");
        pipelineSetting(p -> p.redactor(redactor));
        return this;
    }

    /**
     * @param redact whether embedding inputs are redacted too (default {@code true})
     * @return this builder
     */
    public ModelClientBuilder redactEmbeddings(boolean redact) {
        options.mark("redactEmbeddings");
        pipelineSetting(p -> p.redactEmbeddings(redact));
        return this;
    }

    /**
     * Chooses the response and embedding cache. The cache runs on Caffeine
     * ({@code com.github.ben-manes.caffeine:caffeine}, 3.2 or later), an optional dependency the
     * application adds: without it on the classpath the default cache is left out (said once at
     * INFO), and a cache chosen here makes {@link #build()} fail with a message naming the artifact.
     *
     * @param cache the response and embedding cache bounds (default {@link CachePolicy#defaults()}
     *     when Caffeine is on the classpath), or {@code null} to turn caching off
     * @return this builder
     */
    public ModelClientBuilder cache(CachePolicy cache) {
        options.mark("cache");
        pipelineSetting(p -> p.cache(cache));
        return this;
    }

    /**
     * @param limit calls per period for each provider, or {@code null} for none (the default)
     * @return this builder
     */
    public ModelClientBuilder rateLimit(RateLimitPolicy limit) {
        options.mark("rateLimit");
        pipelineSetting(p -> p.rateLimit(limit));
        return this;
    }

    /**
     * @param bulkhead concurrent calls per provider (default {@link BulkheadPolicy#defaults()}),
     *     or {@code null} for no limit
     * @return this builder
     */
    public ModelClientBuilder bulkhead(BulkheadPolicy bulkhead) {
        options.mark("bulkhead");
        pipelineSetting(p -> p.bulkhead(bulkhead));
        return this;
    }

    /**
     * @param policy when each provider's circuit breaker opens (default
     *     {@link CircuitBreakerPolicy#defaults()}), or {@code null} for no circuit breaker
     * @return this builder
     */
    public ModelClientBuilder circuitBreaker(CircuitBreakerPolicy policy) {
        options.mark("circuitBreaker");
        pipelineSetting(p -> p.circuitBreaker(policy));
        return this;
    }

    /**
     * @param policy how each provider's calls are retried (default {@link RetryPolicy#defaults()}),
     *     or {@code null} (or {@link RetryPolicy#disabled()}) for one attempt
     * @return this builder
     */
    public ModelClientBuilder retry(RetryPolicy policy) {
        options.mark("retry");
        pipelineSetting(p -> p.retry(policy));
        return this;
    }

    /**
     * @param listener told about every request, response, stream event, retry, failover and error
     * @return this builder
     * @throws NullPointerException if {@code listener} is {@code null}
     */
    public ModelClientBuilder listener(ModelCallListener listener) {
        pipelineSetting(p -> p.listener(listener));
        return this;
    }

    /**
     * Adds an interceptor in the application slot: outermost, above the budget, once per call the
     * application makes (cache hits included); it sees the caller's request as given, not redacted
     * (see {@link ModelInterceptor}). The first added runs first.
     *
     * @param interceptor the interceptor
     * @return this builder
     * @throws NullPointerException if {@code interceptor} is {@code null}
     */
    public ModelClientBuilder interceptor(ModelInterceptor interceptor) {
        pipelineSetting(p -> p.interceptor(interceptor));
        return this;
    }

    /**
     * Adds an interceptor in the attempt slot: per provider, under retry, beside the listeners and
     * the audit, once per attempt; it sees the request as it goes to the provider, redacted (see
     * {@link ModelInterceptor}). The first added runs first.
     *
     * @param interceptor the interceptor
     * @return this builder
     * @throws NullPointerException if {@code interceptor} is {@code null}
     */
    public ModelClientBuilder attemptInterceptor(ModelInterceptor interceptor) {
        pipelineSetting(p -> p.attemptInterceptor(interceptor));
        return this;
    }

    /**
     * @param sink receives one {@link ai.domainassist.core.audit.AuditRecord} per provider call
     *     attempt; closed with the client
     * @return this builder
     * @throws NullPointerException if {@code sink} is {@code null}
     */
    public ModelClientBuilder auditSink(AuditSink sink) {
        pipeline.auditSink(sink);
        return this;
    }

    /**
     * @param on whether to log through SLF4J: calls (attributes only) with {@link LoggingListener}
     *     and HTTP traffic with {@link HttpLogging}, headers masked by name, bodies off (default {@code true})
     * @return this builder
     */
    public ModelClientBuilder logging(boolean on) {
        options.mark("logging");
        this.logging = on;
        return this;
    }

    /**
     * @param http the HTTP logging to install (for example with request bodies on, or more masked
     *     headers); used when {@link #logging(boolean)} is on
     * @return this builder
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public ModelClientBuilder httpLogging(HttpLogging http) {
        Objects.requireNonNull(http, "http");
        options.mark("httpLogging");
        this.httpLogging = http;
        return this;
    }

    /**
     * One clock for retry deadlines, circuit breaker pauses, cache expiry, audit times and
     * {@code Retry-After} dates; for tests. Default: each part uses the system clock (or its
     * policy's own).
     *
     * @param clock the clock, or {@code null} for the default
     * @return this builder
     */
    public ModelClientBuilder clock(Clock clock) {
        options.mark("clock");
        this.clock = clock;
        pipelineSetting(p -> p.clock(clock));
        return this;
    }

    /**
     * Builds the client.
     *
     * @return a new, immutable, thread-safe client; close it when done
     * @throws IllegalStateException if no provider was added, or if a cache was chosen with
     *     {@link #cache(CachePolicy)} and Caffeine is not on the classpath (the message names the artifact)
     */
    public ModelClient build() {
        if (providers.isEmpty()) {
            throw new IllegalStateException("no provider: add one with provider(...); "
                    + "without a model, use the domain helpers' offline engines");
        }
        boolean ownsHttp = sharedHttp == null;
        ResponseLimits limits = new ResponseLimits(maxResponseBytes, maxStreamLineBytes, maxStreamEventBytes);
        OkHttpClient base = baseHttpClient(ownsHttp);
        OkHttpClient http = withInterceptors(base);
        ExecutorService async = newExecutor("domainassist-chat-async-", ASYNC_THREADS, new LinkedBlockingQueue<>());
        List<ModelProvider> adapters = new ArrayList<>();
        try {
            for (Endpoint e : providers) {
                adapters.add(e instanceof FromSpec f ? adapter(f.spec(), http, limits) : ((Own) e).provider());
            }
            Pipeline.Composed composed = composePipeline(adapters);
            ModelClientBuilder template = new ModelClientBuilder(this, base);
            return new DefaultModelClient(composed.provider(), List.of(composed.provider()), http, ownsHttp, async,
                    defaultModel, callTimeout, composed.usage(), composed.caches(), pipeline.auditSinks(),
                    composed.status()).variants(() -> new ModelClientBuilder(template, base));
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
     * ("Pipeline decorators"), outermost first: budget, redaction, cache, failover router (over
     * the per-provider chains), and per provider: rate limiter, bulkhead, circuit breaker, retry,
     * listeners and audit (one record per attempt), the adapter. {@link Pipeline#compose(List)}
     * is where each decorator is wrapped; a decorator whose setting is {@code null} is left out.
     */
    private Pipeline.Composed composePipeline(List<ModelProvider> adapters) {
        if (logging) {
            pipeline.listener(LOGGING);
        }
        try {
            return pipeline.compose(adapters);
        } finally {
            if (logging) {
                pipeline.removeListener(LOGGING);
            }
        }
    }

    private static final ModelCallListener LOGGING = new LoggingListener();

    private ModelProvider adapter(ProviderSpec spec, OkHttpClient http, ResponseLimits limits) {
        Clock c = clock != null ? clock : Clock.systemUTC();
        switch (spec.protocol()) {
            case OPENAI_COMPATIBLE:
                return new OpenAiProvider(spec, http, c, limits);
            case ANTHROPIC:
                return new AnthropicProvider(spec, http, c, limits);
            default:
                throw new IllegalStateException("no adapter for protocol " + spec.protocol());
        }
    }

    /** The dispatcher and pool this client uses (its own, or those of the client it shares), no interceptors. */
    private OkHttpClient baseHttpClient(boolean own) {
        if (!own) {
            return sharedHttp;
        }
        Dispatcher dispatcher = new Dispatcher(newExecutor("domainassist-http-", Integer.MAX_VALUE,
                new SynchronousQueue<>()));
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST); // streams are async calls; OkHttp's 5 is too few
        // Keep as many idle connections as may run per host: with OkHttp's default of 5, a burst of 16
        // concurrent callers closed and reopened most connections on every round (benchmarks: 600
        // connections for 45,000 calls, a third of the throughput of reusing them).
        OkHttpClient.Builder b = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_REQUESTS_PER_HOST, 5, TimeUnit.MINUTES));
        return b.build();
    }

    /** This client's HTTP: {@code base}'s dispatcher and pool with this client's interceptors and timeouts. */
    private OkHttpClient withInterceptors(OkHttpClient base) {
        OkHttpClient.Builder b = base.newBuilder();
        // a 503 with Retry-After: 0 is for the retry policy to handle, not for OkHttp to re-send at once
        b.addNetworkInterceptor(NoImmediateResend.INSTANCE);
        if (logging) {
            b.addNetworkInterceptor(httpLogging);
        }
        // No silent re-send below the retry decorator: OkHttp's own retry on a failed connection would POST
        // again (a stale pooled connection the server closed) without counting against the retry budget.
        // A model call is not idempotent; a failed connection is a NetworkException the retry policy owns.
        // Nor does OkHttp follow redirects: it re-POSTs the body on a 307/308, up to 20 times per attempt (a
        // server redirecting to itself got 21 POSTs per attempt). A redirect from a model API is a
        // misconfiguration to report (MalformedResponseException "unexpected HTTP 307"), not to follow.
        return b.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false)
                .connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(readTimeout)
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
