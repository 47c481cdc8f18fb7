package ai.domainassist.core.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelInterceptor;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ModelProvider;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One user {@link ModelInterceptor} in a pipeline slot: hands it each call with a {@link Chain}
 * over the next provider, and checks the contract as OkHttp's {@code RealInterceptorChain.proceed}
 * does: the chain is used at most once per call, and neither the interceptor nor the chain's
 * caller gets {@code null}. Thread-safe if the interceptor is.
 */
public final class InterceptingProvider extends ForwardingProvider {
    private final ModelInterceptor interceptor;

    private InterceptingProvider(ModelProvider next, ModelInterceptor interceptor) {
        super(next);
        this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
    }

    /**
     * @param next the rest of the pipeline
     * @param interceptor the user's interceptor
     * @return the provider that runs the interceptor around {@code next}
     */
    public static InterceptingProvider wrap(ModelProvider next, ModelInterceptor interceptor) {
        return new InterceptingProvider(next, interceptor);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return returned(interceptor.chat(request, new Chain()), "chat");
    }

    /** A {@link ModelException} the interceptor throws reaches the handler as the stream's failure. */
    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            return returned(interceptor.stream(request, handler, new Chain()), "stream");
        } catch (ModelException e) {
            RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
            relay.fail(e);
            return relay;
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return returned(interceptor.embed(request, new Chain()), "embed");
    }

    private <T> T returned(T value, String method) {
        if (value == null) {
            throw new IllegalStateException("interceptor " + interceptor.getClass().getName() + "." + method
                    + " returned null");
        }
        return value;
    }

    /** The chain of one call: usable once. */
    private final class Chain implements ModelInterceptor.Chain {
        private final AtomicBoolean used = new AtomicBoolean();

        private void use() {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("interceptor " + interceptor.getClass().getName()
                        + " passed one call on twice; a call goes down the pipeline once (retry and failover are the pipeline's)");
            }
        }

        @Override
        public String provider() {
            return next.name();
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            use();
            return Objects.requireNonNull(next.chat(Objects.requireNonNull(request, "request")), "response");
        }

        @Override
        public StreamHandle stream(ChatRequest request, StreamHandler handler) {
            use();
            return next.stream(Objects.requireNonNull(request, "request"), Objects.requireNonNull(handler, "handler"));
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest request) {
            use();
            return Objects.requireNonNull(next.embed(Objects.requireNonNull(request, "request")), "response");
        }
    }
}
