package ai.domainassist.core.internal.shared;

import java.util.HashSet;
import java.util.Set;

/**
 * The one rule every SDK builder keeps for its options: each may be set once per builder, so that a second
 * call (a configuration merged from two places) fails loudly instead of silently overwriting the first.
 * Shared by {@code ModelClientBuilder} and the domain helpers' builders; the package is exported only to
 * the SDK's own modules. Not thread-safe, like the builders that hold it.
 */
public final class SetOnce {
    private final Set<String> set = new HashSet<>();

    /**
     * Records that {@code option} is being set.
     *
     * @param option the option's name, as the setter is called (it is the exception's message)
     * @throws IllegalStateException if {@code option} was already set on this builder
     */
    public void mark(String option) {
        if (!set.add(option)) {
            throw new IllegalStateException(option + " was already set on this builder");
        }
    }
}
