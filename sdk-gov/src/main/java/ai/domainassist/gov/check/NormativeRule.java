package ai.domainassist.gov.check;

import ai.domainassist.core.Severity;
import java.util.Objects;

/**
 * One rule of the normative check as the rule table ({@code rules/normative-rules.tsv}) describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule id findings carry
 * @param severity the default severity
 * @param checks what the rule checks
 * @param source the regulation or practice it rests on
 */
public record NormativeRule(String id, Severity severity, String checks, String source) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public NormativeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(source, "source");
    }
}
