package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * One row of a comparison: a clause of the old text aligned with a clause of the new one.
 *
 * <p>Immutable and thread-safe. The absent side of an added or removed clause is an empty span at
 * 0 with an empty path.
 *
 * @param kind added, removed, changed or unchanged
 * @param leftPath the old clause's path
 * @param left the old clause's text and span
 * @param rightPath the new clause's path
 * @param right the new clause's text and span
 * @param similarity the similarity of the two texts, 0 to 1 (0 for added and removed)
 */
public record ClauseChange(Kind kind, String leftPath, TextSpan left, String rightPath, TextSpan right,
        double similarity) {

    /** What happened to a clause. */
    public enum Kind {
        /** Only in the new text. */
        ADDED,
        /** Only in the old text. */
        REMOVED,
        /** In both, with different wording. */
        CHANGED,
        /** In both, the same (width, spaces and punctuation folded). */
        UNCHANGED
    }

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public ClauseChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leftPath, "leftPath");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(rightPath, "rightPath");
        Objects.requireNonNull(right, "right");
    }
}
