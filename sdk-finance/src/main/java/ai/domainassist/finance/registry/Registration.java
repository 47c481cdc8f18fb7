package ai.domainassist.finance.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the registry answered when a claim registered an invoice: which claim is first for it by the
 * rule (earliest submission time, then claim id), and which later claims had registered it before
 * this one did.
 *
 * <p>The rule makes the verdict depend only on the set of claims registered, not on the order they
 * arrived: once every claim of a batch is registered, each gets the same answer however the batch
 * was scheduled. A claim that arrives late but was submitted earlier takes over as first; the later
 * claims that registered before it were told they were first at the time, and are listed in
 * {@link #displaced()} so that the caller can raise that (they are duplicates of this claim).
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimId the claim that registered
 * @param first the first claim for the invoice by the rule (this claim, or an earlier one)
 * @param displaced claims later than this one by the rule that had registered the invoice before
 *     this claim first did, in rule order; empty when this claim is not first
 */
public record Registration(String claimId, Sighting first, List<Sighting> displaced) {

    /**
     * Checks and copies the components.
     *
     * @param claimId the claim that registered
     * @param first the first claim for the invoice by the rule
     * @param displaced later claims that registered the invoice before this one
     * @throws NullPointerException if a component is {@code null}
     */
    public Registration {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(first, "first");
        displaced = List.copyOf(displaced);
    }

    /** @return where another claim submitted the invoice first, or empty if this claim is first */
    public Optional<Sighting> earlier() {
        return first.claimId().equals(claimId) ? Optional.empty() : Optional.of(first);
    }
}
