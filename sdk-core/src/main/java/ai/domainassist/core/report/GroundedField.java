package ai.domainassist.core.report;

import ai.domainassist.core.grounding.Grounded;
import java.util.Objects;

/**
 * One grounded value found inside a result's value, with the path that leads to it.
 *
 * <p>Paths use the same notation as {@link ai.domainassist.core.ReviewFlag#field()}: record
 * components and bean properties joined by dots, list and array positions and map keys in
 * brackets, for example {@code diagnoses[0]}, {@code invoice.total} or {@code fees[药费]}. A
 * grounded value at the root has the empty path.
 *
 * <p>Immutable and thread-safe if the grounded value is.
 *
 * @param path where the value sits in the result's value
 * @param grounded the value with its evidence, origin and confidence
 */
public record GroundedField(String path, Grounded<?> grounded) {

    /**
     * Checks the components.
     *
     * @param path where the value sits in the result's value
     * @param grounded the value with its evidence, origin and confidence
     * @throws NullPointerException if a component is {@code null}
     */
    public GroundedField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(grounded, "grounded");
    }
}
