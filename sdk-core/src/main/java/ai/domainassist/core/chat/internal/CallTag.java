package ai.domainassist.core.chat.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One logical chat call, as every attempt of it can find it ({@link CallTags}): its process-unique
 * id and attempt count for the observers, its audit call id and attempt count per provider for the
 * audit. Created by the client's facade for each call. Thread-safe.
 */
public final class CallTag {
    private static final AtomicLong IDS = new AtomicLong();
    private final long id = IDS.incrementAndGet();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String lastProvider;
    private String auditCallId; // guarded by this
    private String firstProvider; // guarded by this
    private int firstAttempts; // guarded by this
    private Map<String, Integer> otherProviders; // guarded by this

    /** @return the call's id, unique within the process */
    public long id() {
        return id;
    }

    /**
     * Counts an attempt for the observers.
     *
     * @param provider the provider the attempt goes to
     * @return the attempt's number within the call, from 1, across retries and failovers
     */
    public int nextAttempt(String provider) {
        lastProvider = provider;
        return attempts.incrementAndGet();
    }

    /** @return how many attempts reached a provider */
    public int attempts() {
        return attempts.get();
    }

    /** @return the provider of the last attempt, or {@code null} if none reached a provider */
    public String lastProvider() {
        return lastProvider;
    }

    /** @return the call's id in the audit trail: a random (version 4) UUID, made on first use */
    public synchronized String auditCallId() {
        if (auditCallId == null) {
            auditCallId = randomUuid();
        }
        return auditCallId;
    }

    /**
     * Counts an attempt for the audit.
     *
     * @param provider the provider the attempt goes to
     * @return the attempt's number at that provider, from 1
     */
    public synchronized int nextAuditAttempt(String provider) {
        if (firstProvider == null || firstProvider.equals(provider)) {
            firstProvider = provider;
            return ++firstAttempts;
        }
        if (otherProviders == null) {
            otherProviders = new HashMap<>();
        }
        return otherProviders.merge(provider, 1, Integer::sum);
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: a call id correlates records and
     * need not be unpredictable, and {@link UUID#randomUUID()}'s shared SecureRandom costs a lock
     * and a system call per call.
     *
     * @return the UUID's text
     */
    public static String randomUuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
