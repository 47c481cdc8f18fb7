package ai.domainassist.finance.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A reproducible batch of claims sharing invoices: claim {@code i} is filed on one of five days (so
 * many claims tie on time and the claim id decides) and carries one to three invoices drawn from a
 * pool half the size of the batch, so most invoices are in several claims.
 *
 * @param claims the claims, in id order
 */
record RegistryBatch(List<Claim> claims) {
    static final Instant DAY0 = Instant.parse("2024-05-01T00:00:00Z");

    record Claim(String id, Instant submittedAt, List<Integer> invoices) {
    }

    static RegistryBatch generate(int size, long seed) {
        Random rnd = new Random(seed);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Integer> inv = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            while (inv.size() < n) {
                int x = rnd.nextInt(size / 2);
                if (!inv.contains(x)) {
                    inv.add(x);
                }
            }
            claims.add(new Claim(String.format("CLM-%05d", (i * 7919) % size), DAY0.plusSeconds(86_400L * rnd.nextInt(5)), inv));
        }
        return new RegistryBatch(claims);
    }

    static List<InvoiceKey> keys(int invoice) {
        return List.of(InvoiceKey.ofCodeAndNumber("1106" + invoice, String.format("%08d", invoice)),
                InvoiceKey.ofCheckCode("cc" + invoice));
    }

    /** @return the number of (claim, invoice) registrations */
    int registrations() {
        return claims.stream().mapToInt(c -> c.invoices().size()).sum();
    }

    /** @return per invoice, the first claim by the rule */
    Map<Integer, String> expectedFirst() {
        Map<Integer, Sighting> first = new HashMap<>();
        for (Claim c : claims) {
            for (int i : c.invoices()) {
                first.merge(i, new Sighting(c.id(), c.submittedAt()),
                        (a, b) -> Sighting.FIRST_RULE.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<Integer, String> out = new TreeMap<>();
        first.forEach((k, v) -> out.put(k, v.claimId()));
        return out;
    }

    /** @return the expected flags: "claim invoice -> first claim" for every claim that is not first */
    TreeMap<String, String> expectedFlags() {
        Map<Integer, String> first = expectedFirst();
        TreeMap<String, String> flags = new TreeMap<>();
        for (Claim c : claims) {
            for (int i : c.invoices()) {
                if (!first.get(i).equals(c.id())) {
                    flags.put(c.id() + " " + i, first.get(i));
                }
            }
        }
        return flags;
    }

    static Comparator<Claim> byId() {
        return Comparator.comparing(Claim::id);
    }
}
