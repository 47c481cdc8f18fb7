package ai.domainassist.core.resilience.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.RateLimitPolicy;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.util.Objects;

/**
 * The rate limiter decorator: lets at most {@link RateLimitPolicy#callsPerPeriod()} calls per
 * period through to one provider endpoint (a Resilience4j {@link RateLimiter}); a call that gets
 * no permit in time fails with {@link RateLimitedException} before anything is sent.
 *
 * <p>Thread-safe.
 */
public final class RateLimitingProvider extends ForwardingProvider {
    private final RateLimitPolicy policy;
    private final RateLimiter limiter;

    private RateLimitingProvider(ModelProvider next, RateLimitPolicy policy) {
        super(next);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.limiter = RateLimiter.of("rate-" + next.name(), RateLimiterConfig.custom()
                .limitForPeriod(policy.callsPerPeriod())
                .limitRefreshPeriod(policy.period())
                .timeoutDuration(policy.maxWait())
                .build());
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider to protect
     * @param policy the limit
     * @return the decorated provider
     */
    public static RateLimitingProvider wrap(ModelProvider next, RateLimitPolicy policy) {
        return new RateLimitingProvider(next, policy);
    }

    /** @return the Resilience4j rate limiter (metrics, events) */
    public RateLimiter rateLimiter() {
        return limiter;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        acquire(request.model());
        return next.chat(request);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        acquire(request.model());
        return next.embed(request);
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            acquire(request.model());
        } catch (RateLimitedException e) {
            RelayStreamHandle relay = new RelayStreamHandle(handler, e.details());
            relay.fail(e);
            return relay;
        }
        return next.stream(request, handler);
    }

    private void acquire(String model) {
        if (!limiter.acquirePermission()) {
            throw new RateLimitedException("client-side rate limit of " + policy.callsPerPeriod() + " calls per "
                    + policy.period() + " reached", ErrorDetails.of(next.name(), model)
                    .withResponse(0, "client_rate_limit", null), policy.period(), null);
        }
    }
}
