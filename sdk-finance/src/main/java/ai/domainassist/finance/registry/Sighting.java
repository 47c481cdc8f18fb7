package ai.domainassist.finance.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * A claim that submitted an invoice, and when the claim was submitted.
 *
 * <p>Immutable and thread-safe. Times are kept to the millisecond (every registry stores them so).
 *
 * @param claimId the claim
 * @param firstSeen when the claim was submitted (the time given to {@link InvoiceRegistry#register})
 */
public record Sighting(String claimId, Instant firstSeen) {

    /**
     * The rule that decides which claim is first for an invoice: the earliest submission time, then
     * the smaller claim id ({@link String#compareTo}, UTF-16 order, the same in every registry and
     * database). A total order, so exactly one claim is first, whatever order claims arrived in.
     */
    public static final Comparator<Sighting> FIRST_RULE =
            Comparator.comparing(Sighting::firstSeen).thenComparing(Sighting::claimId);

    /**
     * Checks and normalises the components.
     *
     * @param claimId the claim
     * @param firstSeen when the claim was submitted (truncated to the millisecond)
     * @throws NullPointerException if a component is {@code null}
     */
    public Sighting {
        Objects.requireNonNull(claimId, "claimId");
        firstSeen = Objects.requireNonNull(firstSeen, "firstSeen").truncatedTo(ChronoUnit.MILLIS);
    }
}
