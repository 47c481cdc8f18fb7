package ai.domainassist.core.resilience.internal;

import ai.domainassist.core.CircuitOpenException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The circuit breaker decorator for one provider endpoint: stops sending calls to an endpoint that
 * keeps failing, so callers fail fast (with {@link CircuitOpenException}) and the failover router
 * moves on, and lets trial calls through after a pause. Backed by a Resilience4j
 * {@link CircuitBreaker}; see {@link CircuitBreakerPolicy} for when it opens.
 *
 * <p>Thread-safe.
 */
public final class CircuitBreakingProvider extends ForwardingProvider {
    private final CircuitBreaker breaker;

    private CircuitBreakingProvider(ModelProvider next, CircuitBreakerPolicy policy) {
        super(next);
        this.breaker = CircuitBreaker.of("circuit-" + next.name(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                // every call records its outcome: the synchronized window made 16 callers queue on one lock
                .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .minimumNumberOfCalls(policy.minimumCalls())
                .failureRateThreshold(policy.failureRateThreshold())
                .waitDurationInOpenState(policy.openDuration())
                .permittedNumberOfCallsInHalfOpenState(policy.halfOpenCalls())
                .recordException(e -> e instanceof ModelException me && me.isRetryable())
                .clock(policy.clock())
                .build());
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider to protect
     * @param policy when to open
     * @return the decorated provider
     */
    public static CircuitBreakingProvider wrap(ModelProvider next, CircuitBreakerPolicy policy) {
        return new CircuitBreakingProvider(next, Objects.requireNonNull(policy, "policy"));
    }

    /** @return the Resilience4j breaker (state, metrics, events) */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return call(() -> next.chat(request), request.model());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return call(() -> next.embed(request), request.model());
    }

    private <T> T call(Supplier<T> call, String model) {
        acquire(model);
        long t0 = System.nanoTime();
        try {
            T result = call.get();
            breaker.onSuccess(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - t0, TimeUnit.NANOSECONDS, e);
            throw e;
        }
    }

    private void acquire(String model) {
        if (!breaker.tryAcquirePermission()) {
            throw new CircuitOpenException("circuit breaker is " + breaker.getState() + " for this provider",
                    ErrorDetails.of(next.name(), model));
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        try {
            acquire(request.model());
        } catch (CircuitOpenException e) {
            relay.fail(e);
            return relay;
        }
        long t0 = System.nanoTime();
        StreamHandler recording = event -> {
            if (event instanceof StreamEvent.Completed) {
                breaker.onSuccess(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            } else if (event instanceof StreamEvent.Failed f) {
                breaker.onError(System.nanoTime() - t0, TimeUnit.NANOSECONDS, f.error());
            }
            relay.deliver(event);
        };
        relay.attach(0, next.stream(request, recording));
        return relay;
    }
}
