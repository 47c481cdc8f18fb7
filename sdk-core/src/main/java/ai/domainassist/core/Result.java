package ai.domainassist.core;

import ai.domainassist.core.chat.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every domain helper returns: the value, what a reviewer must look at, how it was produced,
 * the tokens spent and the audit id that links it to the audit records of its model calls.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param <T> the value's type
 */
public final class Result<T> {
    private final T value;
    private final List<ReviewFlag> flags;
    private final Mode mode;
    private final Usage usage;
    private final String auditId;

    /**
     * Creates a result.
     *
     * @param value the value; never {@code null}
     * @param flags the review flags (copied; ordered by severity, most severe first, then as given)
     * @param mode how the value was produced
     * @param usage the tokens spent ({@link Usage#ZERO} offline)
     * @param auditId the id of the task in the audit trail, or {@code null} when no model was called
     * @throws NullPointerException if {@code value}, {@code flags}, a flag, {@code mode} or {@code usage} is {@code null}
     */
    public Result(T value, List<ReviewFlag> flags, Mode mode, Usage usage, String auditId) {
        this.value = Objects.requireNonNull(value, "value");
        List<ReviewFlag> sorted = new ArrayList<>(flags);
        sorted.forEach(f -> Objects.requireNonNull(f, "flag"));
        sorted.sort(Comparator.comparing(ReviewFlag::severity).reversed());
        this.flags = List.copyOf(sorted);
        this.mode = Objects.requireNonNull(mode, "mode");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.auditId = auditId;
    }

    /**
     * An offline result: no tokens, no audit id.
     *
     * @param value the value
     * @param flags the flags
     * @param <T> the type
     * @return the result
     */
    public static <T> Result<T> offline(T value, List<ReviewFlag> flags) {
        return new Result<>(value, flags, Mode.OFFLINE, Usage.ZERO, null);
    }

    /** @return the value */
    public T value() {
        return value;
    }

    /** @return the review flags, most severe first */
    public List<ReviewFlag> flags() {
        return flags;
    }

    /** @return how the value was produced */
    public Mode mode() {
        return mode;
    }

    /** @return the tokens spent */
    public Usage usage() {
        return usage;
    }

    /** @return the audit id of the task, if a model was called */
    public Optional<String> auditId() {
        return Optional.ofNullable(auditId);
    }

    /**
     * The flags of one kind.
     *
     * @param kind the kind
     * @return the flags of that kind, most severe first
     */
    public List<ReviewFlag> flags(ReviewFlag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    /** @return whether any flag has severity {@link Severity#WARNING} or higher */
    public boolean needsReview() {
        return flags.stream().anyMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0);
    }

    @Override
    public String toString() {
        return "Result[mode=" + mode + ", flags=" + flags.size() + ", usage=" + usage.totalTokens() + " tokens, value="
                + value + "]";
    }
}
