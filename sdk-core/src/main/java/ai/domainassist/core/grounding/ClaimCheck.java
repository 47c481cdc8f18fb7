package ai.domainassist.core.grounding;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one {@link Claim}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim
 * @param match how the quote was found
 * @param evidence where it was found; {@code null} when {@link Match#NOT_FOUND}
 */
public record ClaimCheck(Claim claim, Match match, Evidence evidence) {

    /** How a quote was found in a source. */
    public enum Match {
        /** Character for character. */
        EXACT,
        /** After folding width, whitespace, punctuation, letter case and character variants. */
        NORMALIZED,
        /** Nowhere: the field is flagged UNGROUNDED. */
        NOT_FOUND
    }

    /**
     * Checks and normalises the components.
     *
     * @param claim the claim
     * @param match how the quote was found
     * @param evidence where it was found; {@code null} when {@link Match#NOT_FOUND}
     * @throws NullPointerException if {@code claim} or {@code match} is {@code null}
     * @throws IllegalArgumentException if evidence is missing for a match or present without one
     */
    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(match, "match");
        if ((match == Match.NOT_FOUND) != (evidence == null)) {
            throw new IllegalArgumentException("evidence is required exactly when the quote was found");
        }
    }

    /** @return whether the quote was found */
    public boolean grounded() {
        return match != Match.NOT_FOUND;
    }

    /** @return the evidence, if the quote was found */
    public Optional<Evidence> evidenceIfFound() {
        return Optional.ofNullable(evidence);
    }
}
