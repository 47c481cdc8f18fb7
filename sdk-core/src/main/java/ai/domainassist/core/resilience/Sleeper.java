package ai.domainassist.core.resilience;

import java.time.Duration;

/**
 * Waits between retry attempts. Injected so that tests never really sleep: a test sleeper records
 * the requested durations and advances a test clock instead.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /** Really sleeps, with {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    /**
     * Waits for a duration.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
