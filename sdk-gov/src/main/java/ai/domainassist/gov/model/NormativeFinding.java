package ai.domainassist.gov.model;

import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One breach of a drafting rule found by the normative check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule's id from the rule table, for example {@code docnumber.form}
 * @param severity how serious (the rule's default, or lower where the rule rests on practice)
 * @param start the first character of the offending text (for a missing element: where it belongs)
 * @param end one past its last character ({@code start == end} for a missing element)
 * @param message what is wrong, in Chinese, naming the element or the words concerned
 * @param suggestedFix the replacement text or the action to take; empty when there is none
 * @param sources the library passages the finding relies on (a repealed document, a duplicated
 *     paragraph), possibly empty
 */
public record NormativeFinding(String ruleId, Severity severity, int start, int end, String message,
        String suggestedFix, List<Evidence> sources) {

    /**
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public NormativeFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestedFix, "suggestedFix");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * A finding without library sources.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @param start the span's start
     * @param end the span's end
     * @param message the message
     * @param suggestedFix the fix, or empty
     * @return the finding
     */
    public static NormativeFinding of(String ruleId, Severity severity, int start, int end, String message,
            String suggestedFix) {
        return new NormativeFinding(ruleId, severity, start, end, message, suggestedFix, List.of());
    }
}
