package ai.domainassist.examples.spring;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.function.Function;

/**
 * A helper's {@link Result} as the JSON body of a response: mode, usage, audit id, the flags with
 * their evidence, and the value (written by Spring's Jackson: records as objects of their components).
 *
 * @param mode how the value was produced
 * @param usage the tokens the model calls used
 * @param auditId the audit id, or {@code null}
 * @param flags what a person must review
 * @param value the value
 * @param <T> the value's type
 */
public record ResultBody<T>(String mode, Usage usage, String auditId, List<Flag> flags, T value) {

    /**
     * One review flag.
     *
     * @param kind the flag's kind
     * @param severity how serious it is
     * @param field the field it concerns
     * @param message what to check
     * @param evidence where in the source
     */
    public record Flag(String kind, String severity, String field, String message, List<Evidence> evidence) {
    }

    /**
     * @param result a helper's result
     * @param <T> the value's type
     * @return its body
     */
    public static <T> ResultBody<T> of(Result<T> result) {
        return of(result, Function.identity());
    }

    /**
     * @param result a helper's result
     * @param view what of the value to write
     * @param <T> the value's type
     * @param <V> the written view's type
     * @return its body
     */
    public static <T, V> ResultBody<V> of(Result<T> result, Function<T, V> view) {
        List<Flag> flags = result.flags().stream().map((ReviewFlag f) -> new Flag(f.kind().name(), f.severity().name(),
                f.field(), f.message(), f.evidence())).toList();
        return new ResultBody<>(result.mode().name(), result.usage(), result.auditId().orElse(null), flags, view.apply(result.value()));
    }
}
