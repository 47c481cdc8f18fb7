package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A numbered heading of the body (正文): level 1 {@code 一、}, level 2 {@code （一）}, level 3
 * {@code 1.}, level 4 {@code （1）} (GB/T 9704-2012 §7.3.3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level 1 to 4
 * @param number the heading's number (一 = 1)
 * @param marker the numbering as written, for example {@code （二）} or {@code 1、}
 * @param standardMarker whether the marker has the standard form of its level
 * @param title the heading's own text after the marker, up to the first full stop or the line's end
 * @param span the span of the marker and title
 */
public record Heading(int level, int number, String marker, boolean standardMarker, String title, TextSpan span) {

    /**
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the level is not 1 to 4
     */
    public Heading {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("level must be 1 to 4, was " + level);
        }
    }
}
