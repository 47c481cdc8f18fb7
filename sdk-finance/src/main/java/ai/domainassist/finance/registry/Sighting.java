package ai.domainassist.finance.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an invoice was first seen: the claim that registered it and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimId the claim that registered the invoice first
 * @param firstSeen when
 */
public record Sighting(String claimId, Instant firstSeen) {
    /**
     * Checks and normalises the components.
     *
     * @param claimId the claim that registered the invoice first
     * @param firstSeen when
     * @throws NullPointerException if a component is {@code null}
     */
    public Sighting {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
