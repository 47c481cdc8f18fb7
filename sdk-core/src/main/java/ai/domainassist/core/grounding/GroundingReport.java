package ai.domainassist.core.grounding;

import ai.domainassist.core.ReviewFlag;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link GroundingVerifier} found for a list of claims: one check per claim, in order, and
 * an {@code UNGROUNDED} review flag for each claim whose quote is not in the sources.
 *
 * <p>Immutable and thread-safe.
 *
 * @param checks one check per claim, in the claims' order
 * @param flags the UNGROUNDED flags, one per claim not found
 */
public record GroundingReport(List<ClaimCheck> checks, List<ReviewFlag> flags) {

    /**
     * Copies the lists.
     *
     * @param checks one check per claim, in the claims' order
     * @param flags the UNGROUNDED flags, one per claim not found
     */
    public GroundingReport {
        checks = List.copyOf(checks);
        flags = List.copyOf(flags);
    }

    /** @return whether every claim was found */
    public boolean allGrounded() {
        return flags.isEmpty();
    }

    /**
     * The evidence of a field, if its quote was found.
     *
     * @param field the field path
     * @return the evidence of the first claim for that field that was found
     */
    public Optional<Evidence> evidence(String field) {
        return checks.stream().filter(c -> c.claim().field().equals(field) && c.grounded())
                .map(ClaimCheck::evidence).findFirst();
    }
}
