package ai.domainassist.gov.model;

import ai.domainassist.core.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a normative check: the parsed document, the findings in text order, and the
 * rules that could not run (for example the library rules when no library is configured).
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the parsed document
 * @param findings the findings, ordered by position
 * @param skippedRules ids of rules that did not run, with nothing concluded from them
 */
public record NormativeReport(OfficialDocument document, List<NormativeFinding> findings, List<String> skippedRules) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public NormativeReport {
        Objects.requireNonNull(document, "document");
        findings = List.copyOf(findings);
        skippedRules = List.copyOf(skippedRules);
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule id
     * @return its findings in text order
     */
    public List<NormativeFinding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** @return whether any finding is an {@link Severity#ERROR} */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
