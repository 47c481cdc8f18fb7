package ai.domainassist.gov.model;

import java.util.List;
import java.util.Objects;

/**
 * A key point of a draft's body; its depth gives the heading level (一、 （一） 1. （1）).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the point, used as the heading's text
 * @param children sub-points, one level down
 */
public record KeyPoint(String text, List<KeyPoint> children) {

    /**
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the text is blank
     */
    public KeyPoint {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank key point");
        }
        children = List.copyOf(children);
    }

    /**
     * A point with sub-points.
     *
     * @param text the point
     * @param children the sub-points' texts
     * @return the key point
     */
    public static KeyPoint of(String text, String... children) {
        return new KeyPoint(text, java.util.Arrays.stream(children).map(c -> new KeyPoint(c, List.of())).toList());
    }

    /** @return the depth of the deepest point below this one, 1 for a leaf */
    public int depth() {
        return 1 + children.stream().mapToInt(KeyPoint::depth).max().orElse(0);
    }
}
