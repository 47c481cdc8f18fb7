package ai.domainassist.core.routing;

import ai.domainassist.core.ModelException;

/**
 * Told each time the {@code FailoverRouter} gives up on one provider and moves on to the next.
 * Used by the client builder to forward failovers to the observability listeners.
 *
 * <p>Implementations must be thread-safe and return quickly; an exception they throw is ignored.
 */
@FunctionalInterface
public interface FailoverListener {

    /**
     * A provider failed; the next one is tried.
     *
     * @param from the provider that failed
     * @param to the provider tried next
     * @param error why the first one failed
     */
    void onFailover(String from, String to, ModelException error);
}
