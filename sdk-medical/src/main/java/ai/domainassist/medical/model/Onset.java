package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * How long a symptom or condition has lasted, as said and in record form: {@code 三天} becomes
 * {@code 3天}, {@code 半个多月} becomes {@code 半月余}, {@code 两年余} stays {@code 2年余},
 * {@code 昨晚开始} becomes {@code 1天}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param said the words of the dialogue, empty for {@link #UNKNOWN}
 * @param normalized the record form, empty for {@link #UNKNOWN}
 * @param days the approximate length in days (hours are fractions), 0 when unknown
 */
public record Onset(String said, String normalized, double days) {
    /** No duration was said. */
    public static final Onset UNKNOWN = new Onset("", "", 0);

    /**
     * Checks and normalises the components.
     *
     * @param said the words of the dialogue, empty for {@link #UNKNOWN}
     * @param normalized the record form, empty for {@link #UNKNOWN}
     * @param days the approximate length in days (hours are fractions), 0 when unknown
     * @throws NullPointerException if a text is {@code null}
     * @throws IllegalArgumentException if days is negative
     */
    public Onset {
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(normalized, "normalized");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** @return whether a duration was said */
    public boolean isKnown() {
        return !normalized.isEmpty();
    }
}
