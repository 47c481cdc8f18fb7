package ai.domainassist.gov.check;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.rules.internal.DataFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the normative check, read from {@code rules/normative-rules.tsv}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleCatalog {
    private static final RuleCatalog STANDARD = new RuleCatalog(DataFiles.lines("rules/normative-rules.tsv"));

    private final Map<String, NormativeRule> rules;

    private RuleCatalog(List<String> lines) {
        Map<String, NormativeRule> m = new LinkedHashMap<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                throw new IllegalStateException("normative-rules.tsv: bad line " + line);
            }
            m.put(c[0], new NormativeRule(c[0], Severity.valueOf(c[1]), c[2], c[3]));
        }
        this.rules = java.util.Collections.unmodifiableMap(m);
    }

    /** @return the shipped catalog */
    public static RuleCatalog standard() {
        return STANDARD;
    }

    /** @return every rule in table order */
    public List<NormativeRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * @param id a rule id
     * @return the rule, or empty when unknown
     */
    public Optional<NormativeRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * @param id a rule id
     * @return its default severity
     * @throws IllegalArgumentException if the id is unknown
     */
    public Severity severity(String id) {
        NormativeRule r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return r.severity();
    }
}
