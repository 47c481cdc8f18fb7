package ai.domainassist.finance.check.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the evidence of grounded values for an alert. */
final class Ev {
    private Ev() {
    }

    @SafeVarargs
    static List<Evidence> of(Optional<? extends Grounded<?>>... values) {
        List<Evidence> out = new ArrayList<>();
        for (Optional<? extends Grounded<?>> v : values) {
            v.ifPresent(g -> out.addAll(g.evidence()));
        }
        return out;
    }

    static List<Evidence> of(Grounded<?>... values) {
        List<Evidence> out = new ArrayList<>();
        for (Grounded<?> g : values) {
            out.addAll(g.evidence());
        }
        return out;
    }

    static String name(String s) {
        return s.replaceAll("[\\s·•.]", "");
    }
}
