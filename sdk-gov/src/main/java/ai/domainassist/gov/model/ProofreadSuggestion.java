package ai.domainassist.gov.model;

import ai.domainassist.core.grounding.Origin;
import java.util.Objects;

/**
 * A proposed correction of wrong characters or words at a position. A suggestion never changes the
 * text by itself; the caller decides.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first character of the text to replace
 * @param end one past its last character
 * @param original the text as it stands ({@code text.substring(start, end)})
 * @param suggestion the replacement
 * @param reason why, in Chinese (同音字, 异形词, 模型建议 ...)
 * @param confidence how sure, from 0 to 1
 * @param origin who proposed it: the rules or a model (model suggestions are checked against the
 *     same position before they are offered)
 */
public record ProofreadSuggestion(int start, int end, String original, String suggestion, String reason,
        double confidence, Origin origin) {

    /**
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the span is bad or confidence outside [0, 1]
     */
    public ProofreadSuggestion {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]");
        }
    }
}
