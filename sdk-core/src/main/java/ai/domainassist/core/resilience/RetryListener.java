package ai.domainassist.core.resilience;

import ai.domainassist.core.ModelException;
import java.time.Duration;

/**
 * Told each time the retry decorator decides to try a call again, before it waits. Used by the
 * client builder to forward retries to the observability listeners.
 *
 * <p>Implementations must be thread-safe and return quickly; an exception they throw is ignored.
 */
@FunctionalInterface
public interface RetryListener {

    /**
     * A failed attempt will be retried.
     *
     * @param provider the provider's name
     * @param attempt the number of the attempt that failed, from 1
     * @param error why it failed
     * @param delay how long the decorator waits before the next attempt
     */
    void onRetry(String provider, int attempt, ModelException error, Duration delay);
}
