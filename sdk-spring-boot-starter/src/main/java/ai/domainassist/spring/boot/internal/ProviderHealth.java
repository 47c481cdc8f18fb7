package ai.domainassist.spring.boot.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.resilience.ProviderStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * One health indicator per provider of a model client, from what the client already knows
 * ({@link ModelClient#providerStatus()}): never a call, never a token. An open circuit breaker,
 * or a last attempt refused for the key ({@code AuthenticationException},
 * {@code PermissionDeniedException}, which the breaker does not count), is DOWN; a half-open
 * breaker is UNKNOWN (trial calls are deciding); otherwise UP, with the last outcome as details.
 */
public final class ProviderHealth implements HealthIndicator {
    private final ModelClient client;
    private final String provider;

    private ProviderHealth(ModelClient client, String provider) {
        this.client = client;
        this.provider = provider;
    }

    /**
     * @param client the model client
     * @return a composite with one indicator per provider, by provider name
     */
    public static CompositeHealthContributor of(ModelClient client) {
        Map<String, HealthContributor> byProvider = new LinkedHashMap<>();
        for (ProviderStatus s : client.providerStatus()) {
            byProvider.putIfAbsent(s.provider(), new ProviderHealth(client, s.provider()));
        }
        return CompositeHealthContributor.fromMap(byProvider);
    }

    @Override
    public Health health() {
        ProviderStatus s = client.providerStatus().stream().filter(p -> p.provider().equals(provider)).findFirst()
                .orElse(null);
        if (s == null) {
            return Health.unknown().withDetail("reason", "the client no longer reports this provider").build();
        }
        Health.Builder h;
        if (s.circuit() == ProviderStatus.Circuit.OPEN) {
            h = Health.down();
        } else if (s.circuit() == ProviderStatus.Circuit.HALF_OPEN) {
            h = Health.unknown();
        } else if (s.lastOutcome() == ProviderStatus.Outcome.FAILURE && s.lastError()
                .filter(e -> e.equals("AuthenticationException") || e.equals("PermissionDeniedException")).isPresent()) {
            h = Health.down();
        } else {
            h = Health.up();
        }
        h.withDetail("circuit", s.circuit().name()).withDetail("lastOutcome", s.lastOutcome().name());
        if (s.failureRate() >= 0) {
            h.withDetail("failureRate", s.failureRate());
        }
        s.lastAttemptAt().ifPresent(t -> h.withDetail("lastAttemptAt", t.toString()));
        s.lastError().ifPresent(e -> h.withDetail("lastError", e));
        return h.build();
    }
}
