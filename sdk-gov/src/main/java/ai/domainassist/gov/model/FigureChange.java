package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A figure that differs between two versions: an amount, a percentage, a date or a deadline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of figure
 * @param before the figure in the old text, empty when added
 * @param after the figure in the new text, empty when removed
 * @param leftPath the old clause's path, empty when the clause is new
 * @param rightPath the new clause's path, empty when the clause was removed
 */
public record FigureChange(Kind kind, String before, String after, String leftPath, String rightPath) {

    /** Kinds of figure. */
    public enum Kind {
        /** An amount of money (3亿元, 500万元). */
        AMOUNT,
        /** A percentage or ratio (30%, 百分之三十). */
        PERCENT,
        /** A date (2024年3月5日). */
        DATE,
        /** A time limit (30个工作日内, 15日前). */
        DEADLINE
    }

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public FigureChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(leftPath, "leftPath");
        Objects.requireNonNull(rightPath, "rightPath");
    }
}
