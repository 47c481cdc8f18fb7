package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A transcript that cannot be read: empty, binary, too long, or malformed JSON. The message says
 * what is wrong and where (a line or item number), never the text of the transcript, which is
 * personal health data.
 *
 * <p>Immutable and thread-safe.
 */
public final class TranscriptException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Reason {
        /** No text, or only whitespace. */
        EMPTY,
        /** Not text: NUL bytes, control characters or undecodable bytes. */
        BINARY,
        /** Longer than the configured limit. */
        TOO_LONG,
        /** Looked like JSON but could not be read as a list of utterances. */
        MALFORMED_JSON,
        /** Text without a single utterance (only headers or punctuation). */
        NO_UTTERANCES
    }

    /** Why the input was refused. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong
     * @param message a description without transcript content
     */
    public TranscriptException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason what is wrong
     * @param message a description without transcript content
     * @param cause the underlying error, or {@code null}
     */
    public TranscriptException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return what is wrong with the input */
    public Reason reason() {
        return reason;
    }
}
