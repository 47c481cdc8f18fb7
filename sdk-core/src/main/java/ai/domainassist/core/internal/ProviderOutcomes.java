package ai.domainassist.core.internal;

import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.resilience.internal.CircuitBreakingProvider;
import ai.domainassist.core.resilience.ProviderStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers how each provider's last attempt ended (fed by the audit decorator, which sees every
 * attempt) and answers {@code ModelClient.providerStatus()} together with the circuit breakers'
 * states. One small holder per provider whose immutable snapshot each attempt replaces (no lock).
 * Thread-safe.
 */
final class ProviderOutcomes implements AuditSink {
    private final List<String> providers;
    private volatile Map<String, CircuitBreakingProvider> breakers = Map.of();
    private final ConcurrentHashMap<String, Last> last = new ConcurrentHashMap<>();

    /**
     * @param providers the providers' names, in failover order
     */
    ProviderOutcomes(List<String> providers) {
        this.providers = List.copyOf(providers);
        for (String p : providers) {
            last.putIfAbsent(p, new Last());
        }
    }

    /** @param byName the providers' circuit breakers, by name (none when the client has none) */
    void breakers(Map<String, CircuitBreakingProvider> byName) {
        this.breakers = Map.copyOf(byName);
    }

    @Override
    public void write(AuditRecord r) {
        Last l = last.get(r.provider());
        if (l == null) {
            l = last.computeIfAbsent(r.provider(), k -> new Last());
        }
        ProviderStatus.Outcome outcome = switch (r.outcome()) {
            case SUCCESS -> ProviderStatus.Outcome.SUCCESS;
            case FAILURE -> ProviderStatus.Outcome.FAILURE;
            case CANCELLED -> ProviderStatus.Outcome.CANCELLED;
        };
        // one volatile write of an immutable snapshot: every caller of every call passes here, and a
        // monitor shared by all of them was contended with 16 callers
        l.snapshot = new Outcome(outcome, r.time(), r.errorType());
    }

    /** @return one status per provider, in failover order */
    List<ProviderStatus> statuses() {
        List<ProviderStatus> out = new ArrayList<>(providers.size());
        Map<String, CircuitBreakingProvider> byName = breakers;
        for (String p : providers) {
            CircuitBreakingProvider b = byName.get(p);
            ProviderStatus.Circuit circuit = ProviderStatus.Circuit.NONE;
            float rate = -1;
            if (b != null) {
                CircuitBreaker cb = b.circuitBreaker();
                circuit = switch (cb.getState()) {
                    case OPEN, FORCED_OPEN -> ProviderStatus.Circuit.OPEN;
                    case HALF_OPEN -> ProviderStatus.Circuit.HALF_OPEN;
                    default -> ProviderStatus.Circuit.CLOSED;
                };
                rate = cb.getMetrics().getFailureRate();
            }
            Outcome o = last.get(p).snapshot;
            out.add(new ProviderStatus(p, circuit, rate, o.outcome, o.at, o.errorType));
        }
        return List.copyOf(out);
    }

    /** The last outcome of one provider, replaced whole. */
    private static final class Last {
        volatile Outcome snapshot = new Outcome(ProviderStatus.Outcome.NONE, null, null);
    }

    /** How an attempt ended, when, and its error type ({@code null} on success). */
    private record Outcome(ProviderStatus.Outcome outcome, Instant at, String errorType) {
    }
}
