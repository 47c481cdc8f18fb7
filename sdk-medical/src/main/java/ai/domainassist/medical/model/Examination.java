package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A test or imaging study: done with a result (辅助检查) or ordered now (处理意见).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the standard name (血常规, 胸部CT, 腹部B超)
 * @param result the result as said, or empty
 * @param status done or ordered
 */
public record Examination(String name, String result, Status status) {
    /** Whether the test is done or ordered. */
    public enum Status {
        /** Done before or during the visit; the result, if said, is in {@code result}. */
        DONE,
        /** Ordered by the doctor at this visit. */
        ORDERED
    }

    /**
     * Checks and normalises the components.
     *
     * @param name the standard name (血常规, 胸部CT, 腹部B超)
     * @param result the result as said, or empty
     * @param status done or ordered
     * @throws NullPointerException if a component is {@code null}
     */
    public Examination {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(status, "status");
    }
}
