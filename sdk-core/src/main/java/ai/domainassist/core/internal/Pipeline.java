package ai.domainassist.core.internal;

import ai.domainassist.core.ModelInterceptor;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.audit.internal.AuditingProvider;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.cache.internal.CacheLibrary;
import ai.domainassist.core.cache.internal.CachingProvider;
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.observe.internal.Listeners;
import ai.domainassist.core.observe.internal.ObservingProvider;
import ai.domainassist.core.privacy.internal.RedactingProvider;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.BulkheadPolicy;
import ai.domainassist.core.resilience.internal.BulkheadProvider;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.internal.CircuitBreakingProvider;
import ai.domainassist.core.resilience.ProviderStatus;
import ai.domainassist.core.resilience.RateLimitPolicy;
import ai.domainassist.core.resilience.internal.RateLimitingProvider;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.resilience.internal.RetryingProvider;
import ai.domainassist.core.routing.internal.FailoverRouter;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.core.usage.internal.BudgetingProvider;
import ai.domainassist.core.usage.PriceTable;
import ai.domainassist.core.usage.UsageMeter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The settings of the pipeline decorators and the one place that composes them, in the order the
 * architecture fixes (outermost first):
 *
 * <pre>
 * application interceptors -&gt; budget -&gt; redaction -&gt; cache -&gt; call listeners -&gt; failover router -&gt;
 *     per provider: rate limiter -&gt; bulkhead -&gt; circuit breaker -&gt; retry -&gt; attempt interceptors -&gt;
 *     attempt listeners -&gt; audit -&gt; adapter
 * </pre>
 *
 * A decorator whose setting is {@code null} is left out. The usage meter is always fed (through
 * the audit decorator), so usage totals work with no audit sink configured. Mutable while the
 * client builder fills it; {@link #compose(List)} reads it once. Not thread-safe.
 */
public final class Pipeline {
    private Budget budget;
    private final Map<String, Budget> taskBudgets = new LinkedHashMap<>();
    private PriceTable prices = PriceTable.defaults();
    private Redactor redactor = Redactor.defaults();
    private boolean redactEmbeddings = true;
    private CachePolicy cache = CachePolicy.defaults();
    /** Whether {@link #cache(CachePolicy)} was called: a chosen cache needs Caffeine, the default one is left out without it. */
    private boolean cacheChosen;
    private RateLimitPolicy rateLimit;
    private BulkheadPolicy bulkhead = BulkheadPolicy.defaults();
    private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private final List<ModelCallListener> listeners = new ArrayList<>();
    private final List<AuditSink> auditSinks = new ArrayList<>();
    private final List<ModelInterceptor> interceptors = new ArrayList<>();
    private final List<ModelInterceptor> attemptInterceptors = new ArrayList<>();
    private Clock clock;

    /** What {@link #compose(List)} built. */
    public record Composed(ModelProvider provider, UsageMeter usage, List<CachingProvider> caches,
                           List<CircuitBreakingProvider> circuitBreakers,
                           Supplier<List<ProviderStatus>> status) {
    }

    /** @param b the client-wide budget, or {@code null} for none */
    public void budget(Budget b) {
        this.budget = b;
    }

    /** @param task a task label @param b its budget, or {@code null} to remove it */
    public void taskBudget(String task, Budget b) {
        Objects.requireNonNull(task, "task");
        if (b == null) {
            taskBudgets.remove(task);
        } else {
            taskBudgets.put(task, b);
        }
    }

    /** @param p the price table */
    public void prices(PriceTable p) {
        this.prices = Objects.requireNonNull(p, "prices");
    }

    /** @param r the redactor, or {@code null} to turn redaction off */
    public void redactor(Redactor r) {
        this.redactor = r;
    }

    /** @param on whether embedding inputs are redacted */
    public void redactEmbeddings(boolean on) {
        this.redactEmbeddings = on;
    }

    /** @param c the cache policy, or {@code null} to turn caching off */
    public void cache(CachePolicy c) {
        this.cache = c;
        this.cacheChosen = true;
    }

    /** @param r the rate limit, or {@code null} for none */
    public void rateLimit(RateLimitPolicy r) {
        this.rateLimit = r;
    }

    /** @param b the bulkhead, or {@code null} for none */
    public void bulkhead(BulkheadPolicy b) {
        this.bulkhead = b;
    }

    /** @param c the circuit breaker policy, or {@code null} for none */
    public void circuitBreaker(CircuitBreakerPolicy c) {
        this.circuitBreaker = c;
    }

    /** @param r the retry policy, or {@code null} for one attempt */
    public void retry(RetryPolicy r) {
        this.retry = r;
    }

    /** @param l a listener to add */
    public void listener(ModelCallListener l) {
        listeners.add(Objects.requireNonNull(l, "listener"));
    }

    /** @param l a listener to remove (the builder adds its logging listener for one compose only) */
    public void removeListener(ModelCallListener l) {
        listeners.remove(l);
    }

    /** @param i an interceptor for the application slot (outermost; first added runs first) */
    public void interceptor(ModelInterceptor i) {
        interceptors.add(Objects.requireNonNull(i, "interceptor"));
    }

    /** @param i an interceptor for the attempt slot (per provider, under retry; first added runs first) */
    public void attemptInterceptor(ModelInterceptor i) {
        attemptInterceptors.add(Objects.requireNonNull(i, "interceptor"));
    }

    /** @param s an audit sink to add */
    public void auditSink(AuditSink s) {
        auditSinks.add(Objects.requireNonNull(s, "sink"));
    }

    /**
     * Sets one clock for the retry total time, the circuit breaker, cache expiry and audit times
     * (tests pass a hand-moved clock). {@code null} keeps each policy's own.
     *
     * @param c the clock
     */
    public void clock(Clock c) {
        this.clock = c;
    }

    /** @return the audit sinks the user added (closed with the client) */
    public List<AuditSink> auditSinks() {
        return List.copyOf(auditSinks);
    }

    /**
     * Composes the pipeline over provider adapters.
     *
     * @param adapters the adapters, in order of preference (failover order), at least one
     * @return the outermost provider and handles to the parts callers can inspect
     * @throws IllegalArgumentException if there is no adapter
     */
    public Composed compose(List<ModelProvider> adapters) {
        if (adapters.isEmpty()) {
            throw new IllegalArgumentException("at least one provider is needed");
        }
        Clock c = clock != null ? clock : Clock.systemUTC();
        UsageMeter meter = new UsageMeter(prices);
        Listeners events = new Listeners(listeners);
        List<AuditSink> sinks = new ArrayList<>(auditSinks);
        sinks.add(meter);
        List<String> names = new ArrayList<>();
        for (ModelProvider adapter : adapters) {
            names.add(adapter.name());
        }
        ProviderOutcomes outcomes = new ProviderOutcomes(names);
        sinks.add(outcomes);
        AuditSink sink = new FanOutSink(sinks);
        AuditingProvider.Tracker tracker = new AuditingProvider.Tracker();
        List<CircuitBreakingProvider> breakers = new ArrayList<>();

        List<ModelProvider> perProvider = new ArrayList<>();
        for (ModelProvider adapter : adapters) {
            // with no user sink the records only feed the usage meter, which never reads the hashes
            ModelProvider p = AuditingProvider.wrap(adapter, sink, tracker, c, !auditSinks.isEmpty());
            if (!events.isEmpty()) {
                p = ObservingProvider.wrap(p, events);
            }
            for (int i = attemptInterceptors.size() - 1; i >= 0; i--) {
                p = InterceptingProvider.wrap(p, attemptInterceptors.get(i));
            }
            if (retry != null) {
                RetryPolicy.Builder rb = retry.toBuilder();
                if (clock != null) {
                    rb.clock(clock);
                }
                if (!events.isEmpty()) {
                    rb.listener((name, attempt, e, delay) -> {
                        retry.listener().onRetry(name, attempt, e, delay);
                        if (events.wants(ModelCallEvent.Kind.RETRY_SCHEDULED)) {
                            events.publish(new ModelCallEvent.RetryScheduled(name, attempt, e, delay));
                        }
                    });
                }
                p = RetryingProvider.wrap(p, rb.build());
            }
            if (circuitBreaker != null) {
                CircuitBreakerPolicy cb = clock == null ? circuitBreaker : CircuitBreakerPolicy.builder()
                        .slidingWindowSize(circuitBreaker.slidingWindowSize()).minimumCalls(circuitBreaker.minimumCalls())
                        .failureRateThreshold(circuitBreaker.failureRateThreshold())
                        .openDuration(circuitBreaker.openDuration()).halfOpenCalls(circuitBreaker.halfOpenCalls())
                        .clock(clock).build();
                CircuitBreakingProvider breaker = CircuitBreakingProvider.wrap(p, cb);
                breakers.add(breaker);
                p = breaker;
            }
            if (bulkhead != null) {
                p = BulkheadProvider.wrap(p, bulkhead);
            }
            if (rateLimit != null) {
                p = RateLimitingProvider.wrap(p, rateLimit);
            }
            perProvider.add(p);
        }
        ModelProvider top = perProvider.size() == 1 ? perProvider.get(0)
                : FailoverRouter.of(perProvider, (from, to, e) -> {
                    if (events.wants(ModelCallEvent.Kind.FAILED_OVER)) {
                        events.publish(new ModelCallEvent.FailedOver(from, to, e));
                    }
                });
        if (!events.isEmpty()) {
            // one CALL_START and one CALL_RESPONSE / CALL_ERROR per logical call, around retries and failovers
            top = ObservingProvider.observeCalls(top, events);
        }
        List<CachingProvider> caches = new ArrayList<>();
        CachePolicy effectiveCache = CacheLibrary.effective(cache, cacheChosen);
        if (effectiveCache != null) {
            CachingProvider cp = CachingProvider.wrap(top, clock == null ? effectiveCache : effectiveCache.withClock(clock));
            caches.add(cp);
            top = cp;
        }
        if (redactor != null) {
            top = RedactingProvider.wrap(top, redactor, redactEmbeddings);
        }
        if (budget != null || !taskBudgets.isEmpty()) {
            top = BudgetingProvider.wrap(top, meter, budget, taskBudgets);
        }
        for (int i = interceptors.size() - 1; i >= 0; i--) {
            top = InterceptingProvider.wrap(top, interceptors.get(i));
        }
        Map<String, CircuitBreakingProvider> breakersByName = new LinkedHashMap<>();
        for (CircuitBreakingProvider b : breakers) {
            breakersByName.putIfAbsent(b.name(), b);
        }
        outcomes.breakers(breakersByName);
        return new Composed(top, meter, List.copyOf(caches), List.copyOf(breakers), outcomes::statuses);
    }

    /** Writes each record to several sinks; one failing does not stop the others. */
    private static final class FanOutSink implements AuditSink {
        private final List<AuditSink> sinks;

        FanOutSink(List<AuditSink> sinks) {
            this.sinks = List.copyOf(sinks);
        }

        @Override
        public void write(AuditRecord record) {
            RuntimeException first = null;
            for (AuditSink s : sinks) {
                try {
                    s.write(record);
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
