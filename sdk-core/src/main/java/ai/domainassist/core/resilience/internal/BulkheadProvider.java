package ai.domainassist.core.resilience.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.RateLimitedException;
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
import ai.domainassist.core.resilience.BulkheadPolicy;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bulkhead decorator: at most {@link BulkheadPolicy#maxConcurrentCalls()} calls run at once
 * against one provider endpoint (a Resilience4j semaphore {@link Bulkhead}); a call that finds no
 * free slot in time fails with {@link RateLimitedException} before anything is sent. A stream
 * keeps its slot until its terminal event.
 *
 * <p>Thread-safe.
 */
public final class BulkheadProvider extends ForwardingProvider {
    private final BulkheadPolicy policy;
    private final Bulkhead bulkhead;

    private BulkheadProvider(ModelProvider next, BulkheadPolicy policy) {
        super(next);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.bulkhead = Bulkhead.of("bulkhead-" + next.name(), BulkheadConfig.custom()
                .maxConcurrentCalls(policy.maxConcurrentCalls())
                .maxWaitDuration(policy.maxWait())
                .build());
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider to protect
     * @param policy the concurrency limit
     * @return the decorated provider
     */
    public static BulkheadProvider wrap(ModelProvider next, BulkheadPolicy policy) {
        return new BulkheadProvider(next, policy);
    }

    /** @return the Resilience4j bulkhead (metrics, events) */
    public Bulkhead bulkhead() {
        return bulkhead;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        acquire(request.model());
        try {
            return next.chat(request);
        } finally {
            bulkhead.onComplete();
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        acquire(request.model());
        try {
            return next.embed(request);
        } finally {
            bulkhead.onComplete();
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        try {
            acquire(request.model());
        } catch (RateLimitedException e) {
            relay.fail(e);
            return relay;
        }
        AtomicBoolean released = new AtomicBoolean();
        StreamHandler releasing = event -> {
            if ((event instanceof StreamEvent.Completed || event instanceof StreamEvent.Failed)
                    && released.compareAndSet(false, true)) {
                bulkhead.onComplete();
            }
            relay.deliver(event);
        };
        try {
            relay.attach(0, next.stream(request, releasing));
        } catch (RuntimeException e) {
            if (released.compareAndSet(false, true)) {
                bulkhead.onComplete();
            }
            throw e;
        }
        return relay;
    }

    private void acquire(String model) {
        if (!bulkhead.tryAcquirePermission()) {
            throw new RateLimitedException("more than " + policy.maxConcurrentCalls()
                    + " concurrent calls to this provider", ErrorDetails.of(next.name(), model)
                    .withResponse(0, "bulkhead_full", null), null, null);
        }
    }
}
