package ai.domainassist.core.observe.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One logical call in flight, as the call observer registered it: its id, when it started, how
 * many attempts reached a provider and which provider the last one went to. Thread-safe (attempts
 * of a stream may run on other threads than its start).
 */
public final class CallScope {
    final long id;
    final long startNanos;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String lastProvider;

    CallScope(long id, long startNanos) {
        this.id = id;
        this.startNanos = startNanos;
    }

    /** @return the call's id */
    public long id() {
        return id;
    }

    /**
     * @param provider the provider the attempt goes to
     * @return the new attempt's number, from 1
     */
    int nextAttempt(String provider) {
        lastProvider = provider;
        return attempts.incrementAndGet();
    }

    int attempts() {
        return attempts.get();
    }

    /** @return the provider of the last attempt, or {@code null} if none reached a provider */
    String lastProvider() {
        return lastProvider;
    }
}
