package ai.domainassist.core.grounding;

import java.util.Objects;

/**
 * What a model claims supports one field: the field's path and the quote it gave.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field path, for example {@code diagnoses[0].name}
 * @param quote the text the model says it took from the source; may be empty (then the field is
 *     flagged: there is nothing to check)
 * @param sourceId the source the quote should be in, or {@code null} to search every source
 */
public record Claim(String field, String quote, String sourceId) {
    /**
     * Checks and normalises the components.
     *
     * @param field the field path, for example {@code diagnoses[0].name}
     * @param quote the text the model says it took from the source; may be empty (then the field is flagged: there is nothing to check)
     * @param sourceId the source the quote should be in, or {@code null} to search every source
     * @throws NullPointerException if {@code field} or {@code quote} is {@code null}
     */
    public Claim {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * A claim to be checked against every source.
     *
     * @param field the field path
     * @param quote the quote
     * @return the claim
     */
    public static Claim of(String field, String quote) {
        return new Claim(field, quote, null);
    }
}
