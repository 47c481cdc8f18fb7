package ai.domainassist.finance.registry.internal;

import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.Registration;
import ai.domainassist.finance.registry.Sighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The verdict of a registration, the same code for every store. */
final class Registrations {
    private Registrations() {
    }

    /**
     * Checks a registration's arguments.
     *
     * @param claimId the claim
     * @param keys the invoice's keys
     * @throws IllegalArgumentException if the claim id is blank or there is no key
     */
    static void check(String claimId, List<InvoiceKey> keys) {
        Objects.requireNonNull(claimId, "claimId");
        if (claimId.isBlank()) {
            throw new IllegalArgumentException("claim id must not be blank");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one key");
        }
    }

    /**
     * The verdict for a claim that has just registered an invoice.
     *
     * @param claimId the claim
     * @param perKey for each of the invoice's keys, every claim that registered it, in registration
     *     order (the claim itself among them)
     * @return the first claim by the rule, and the later claims registered before this one
     */
    static Registration verdict(String claimId, List<List<Sighting>> perKey) {
        Map<String, Sighting> all = new LinkedHashMap<>();
        Sighting self = null;
        Map<String, Sighting> before = new LinkedHashMap<>();
        for (List<Sighting> claims : perKey) {
            boolean reached = false;
            for (Sighting s : claims) {
                all.putIfAbsent(s.claimId(), s);
                if (s.claimId().equals(claimId)) {
                    self = s;
                    reached = true;
                } else if (!reached) {
                    before.putIfAbsent(s.claimId(), s);
                }
            }
        }
        if (self == null) {
            throw new IllegalStateException("the registering claim is missing from its own keys");
        }
        Sighting first = all.values().stream().min(Sighting.FIRST_RULE).orElseThrow();
        List<Sighting> displaced = new ArrayList<>();
        if (first.claimId().equals(claimId)) {
            Sighting me = self;
            before.values().stream().filter(s -> Sighting.FIRST_RULE.compare(s, me) > 0)
                    .sorted(Sighting.FIRST_RULE).forEach(displaced::add);
        }
        return new Registration(claimId, first, displaced);
    }
}
