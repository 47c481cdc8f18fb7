package ai.domainassist.core.structured;

import ai.domainassist.core.chat.Usage;
import java.util.Objects;

/**
 * The result of {@link ai.domainassist.core.ModelClient#extract(ai.domainassist.core.chat.ChatRequest, Class)}:
 * the typed value, validated against the type's JSON schema, and how it was obtained.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param value the value, parsed and schema-valid; never {@code null}
 * @param rawAnswer the answer text the value was read from (content or tool arguments), after the
 *     redaction decorator restored any personal data
 * @param attempts how many model calls it took: 1, or 2 when the first answer was invalid and a
 *     re-ask carrying the validation errors fixed it
 * @param usage the tokens of all attempts, summed
 * @param strategy how the schema was sent
 * @param provider the provider that gave the accepted answer
 * @param truncated whether the accepted answer stopped at the token limit (it parsed and
 *     validated, but may be missing content a longer answer would have had)
 * @param <T> the value's type
 */
public record Extraction<T>(T value, String rawAnswer, int attempts, Usage usage, ExtractionStrategy strategy,
                            String provider, boolean truncated) {

    /**
     * Checks and normalises the components.
     *
     * @param value the value, parsed and schema-valid; never {@code null}
     * @param rawAnswer the answer text the value was read from (content or tool arguments), after the redaction decorator restored any personal data
     * @param attempts how many model calls it took: 1, or 2 when the first answer was invalid and a re-ask carrying the validation errors fixed it
     * @param usage the tokens of all attempts, summed
     * @param strategy how the schema was sent
     * @param provider the provider that gave the accepted answer
     * @param truncated whether the accepted answer stopped at the token limit (it parsed and validated, but may be missing content a longer answer would have had)
     * @throws NullPointerException if a component other than {@code provider} is {@code null}
     */
    public Extraction {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rawAnswer, "rawAnswer");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(strategy, "strategy");
    }

    /**
     * Shows the shape only (the value's type, lengths, how it was obtained), never the text:
     * personal data must not reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        return "Extraction[value=" + value.getClass().getSimpleName() + ", rawAnswer=" + rawAnswer.length()
                + " chars, attempts=" + attempts + ", usage=" + usage + ", strategy=" + strategy + ", provider="
                + provider + ", truncated=" + truncated + "]";
    }
}
