package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.finance.model.RiskAlert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The risk rule table ({@code risk-rules.tsv}): severity, flag kind and decision per rule id. Immutable. */
public final class RuleTable {

    /** What a rule calls for when it fires. */
    public enum Call {
        /** Decline under a clause. */
        DECLINE,
        /** Refer to a person. */
        REFER,
        /** Request materials. */
        REQUEST,
        /** Pay partially. */
        PARTIAL,
        /** Nothing. */
        NONE
    }

    /**
     * One rule.
     *
     * @param id the id
     * @param severity its severity
     * @param kind the flag kind
     * @param call the decision it calls for
     * @param description what it checks
     */
    public record Rule(String id, Severity severity, ReviewFlag.Kind kind, Call call, String description) {
    }

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /**
     * @param rows id, severity, kind, call, description
     * @throws IllegalStateException on an unknown severity, kind or call
     */
    public RuleTable(List<String[]> rows) {
        for (String[] r : rows) {
            try {
                rules.put(r[0], new Rule(r[0], Severity.valueOf(r[1]), ReviewFlag.Kind.valueOf(r[2]),
                        Call.valueOf(r[3]), r[4]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("risk rule table: bad row for " + r[0] + ": " + e.getMessage(), e);
            }
        }
    }

    /** @return the built-in table */
    public static RuleTable builtIn() {
        return new RuleTable(Tsv.resource("risk-rules.tsv", 5));
    }

    /**
     * The rule with an id.
     *
     * @param id the id
     * @return the rule
     * @throws IllegalStateException if the table has no such rule (a programming error)
     */
    public Rule rule(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            throw new IllegalStateException("risk rule table has no rule " + id);
        }
        return r;
    }

    /** @return every rule, in table order */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /**
     * An alert of a rule.
     *
     * @param id the rule id
     * @param field the field path
     * @param message the message
     * @param evidence the evidence
     * @return the alert
     */
    public RiskAlert alert(String id, String field, String message, List<Evidence> evidence) {
        Rule r = rule(id);
        return new RiskAlert(id, r.severity(), r.kind(), field, message, evidence);
    }
}
