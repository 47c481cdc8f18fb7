package ai.domainassist.core.resilience;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client knows about one of its providers without calling it: the state of its circuit
 * breaker and how its last attempt ended. For health checks ({@code ModelClient.providerStatus()}):
 * reading it sends nothing and spends no tokens.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provider the provider's name
 * @param circuit the state of its circuit breaker
 * @param failureRate the breaker's failure rate over its window in percent, or {@code -1} while
 *     fewer calls than its minimum were made (or without a breaker)
 * @param lastOutcome how the provider's last attempt ended
 * @param lastOutcomeAt when that attempt started, or {@code null} if there was none
 * @param lastErrorType the error's class name when the last attempt failed, else {@code null}
 */
public record ProviderStatus(String provider, Circuit circuit, float failureRate, Outcome lastOutcome,
                             Instant lastOutcomeAt, String lastErrorType) {

    /** The state of a provider's circuit breaker. */
    public enum Circuit {
        /** Calls go through. */
        CLOSED,
        /** Calls fail fast after too many failures; trial calls are let through after a pause. */
        OPEN,
        /** A few trial calls decide whether to close again. */
        HALF_OPEN,
        /** The client has no circuit breaker ({@code circuitBreaker(null)}). */
        NONE
    }

    /** How the last attempt at a provider ended. */
    public enum Outcome {
        /** No attempt was made yet. */
        NONE,
        /** An answer came back. */
        SUCCESS,
        /** It failed; see {@code lastErrorType}. */
        FAILURE,
        /** The caller cancelled it. */
        CANCELLED
    }

    /**
     * Checks the components.
     *
     * @param provider the provider's name
     * @param circuit the state of its circuit breaker
     * @param failureRate the breaker's failure rate in percent, or {@code -1}
     * @param lastOutcome how the provider's last attempt ended
     * @param lastOutcomeAt when that attempt started, or {@code null} if there was none
     * @param lastErrorType the error's class name when the last attempt failed, else {@code null}
     * @throws NullPointerException if {@code provider}, {@code circuit} or {@code lastOutcome} is {@code null}
     */
    public ProviderStatus {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(lastOutcome, "lastOutcome");
    }

    /** @return when the last attempt started, if there was one */
    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastOutcomeAt);
    }

    /** @return the last attempt's error type, if it failed */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastErrorType);
    }
}
