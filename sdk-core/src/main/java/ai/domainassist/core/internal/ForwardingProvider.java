package ai.domainassist.core.internal;

import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.util.Objects;

/**
 * The base of the pipeline's decorators: holds the provider it wraps and forwards what a decorator leaves
 * alone (its name, its capabilities, closing it), in the manner of OkHttp's {@code ForwardingSource}. A
 * decorator implements {@code chat}, {@code stream} and {@code embed}, and overrides {@link #close()} when it
 * holds resources of its own (calling {@code super.close()}).
 *
 * <p>Thread-safe as far as the wrapped provider is; subclasses say their own.
 */
public abstract class ForwardingProvider implements ModelProvider {
    /** The provider this decorator wraps. */
    protected final ModelProvider next;

    /**
     * @param next the provider to wrap
     * @throws NullPointerException if {@code next} is null
     */
    protected ForwardingProvider(ModelProvider next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    /** @return the wrapped provider's name */
    @Override
    public String name() {
        return next.name();
    }

    /** @return the wrapped provider's capabilities */
    @Override
    public ProviderCapabilities capabilities() {
        return next.capabilities();
    }

    /** Closes the wrapped provider. */
    @Override
    public void close() {
        next.close();
    }
}
