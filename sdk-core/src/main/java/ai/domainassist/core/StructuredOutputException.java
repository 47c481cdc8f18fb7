package ai.domainassist.core;

import java.util.List;
import java.util.Objects;

/**
 * The model's answer could not be turned into the requested type: it was not JSON, did not follow
 * the schema, or could not be mapped to the Java type, also after one re-ask that carried the
 * validation errors. Carries the last raw answer and the errors so a caller can log (carefully:
 * the answer may hold personal data) or show them.
 *
 * <p>The exception message names only the type and the number of errors; the raw answer is
 * reachable through {@link #rawAnswer()} only. Immutable and thread-safe.
 */
public class StructuredOutputException extends ModelException {
    private static final long serialVersionUID = 1L;

    /** The last answer as the model wrote it (never in the message; may hold personal data). */
    private final String rawAnswer;
    /** The parse and validation errors of the last answer. */
    private final List<String> errors;
    /** Whether the last answer stopped at the token limit. */
    private final boolean truncated;
    /** How many model calls were made, 1 or 2. */
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param message what failed, in words, without the answer text
     * @param details what is known about the call
     * @param rawAnswer the last answer as the model wrote it (content or tool arguments)
     * @param errors the parse and validation errors of the last answer, at least one
     * @param truncated whether the last answer was cut off by the token limit
     * @param attempts how many model calls were made
     * @throws NullPointerException if {@code rawAnswer} or {@code errors} is {@code null}
     */
    public StructuredOutputException(String message, ErrorDetails details, String rawAnswer, List<String> errors,
                                     boolean truncated, int attempts) {
        super(message, details, null);
        this.rawAnswer = Objects.requireNonNull(rawAnswer, "rawAnswer");
        this.errors = List.copyOf(errors);
        this.truncated = truncated;
        this.attempts = attempts;
    }

    /** @return the last answer as the model wrote it; may hold personal data, do not log it blindly */
    public String rawAnswer() {
        return rawAnswer;
    }

    /** @return the parse and validation errors of the last answer */
    public List<String> errors() {
        return errors;
    }

    /** @return whether the last answer stopped at the token limit (finish reason {@code LENGTH}) */
    public boolean truncated() {
        return truncated;
    }

    /** @return how many model calls were made, 1 or 2 */
    public int attempts() {
        return attempts;
    }
}
