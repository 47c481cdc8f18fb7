package ai.domainassist.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One provider call attempt, as the audit trail keeps it: who was asked what (as a hash), when,
 * how long it took, what it cost in tokens and how it ended. Holds no prompt or answer text and
 * no personal data: prompts are hashed after redaction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the attempt started
 * @param callId the id of the logical call: the same for every attempt and every provider a
 *     failover tried for one request
 * @param attempt the attempt's number at this provider, from 1
 * @param provider the provider's name
 * @param model the model asked for (the provider's default when {@code null}), or as reported
 * @param operation {@code chat}, {@code stream} or {@code embeddings}
 * @param task the request's task label, or {@code null}
 * @param auditId the audit id of the helper task (or caller) the call was made for ({@code Result.auditId()}), or {@code null}
 * @param promptTokens prompt tokens reported (0 when unknown or failed)
 * @param completionTokens completion tokens reported
 * @param totalTokens total tokens reported
 * @param cachedPromptTokens prompt tokens served from the provider's cache
 * @param latency how long the attempt took
 * @param outcome how it ended
 * @param errorType the error's class name on failure ({@code RateLimitedException} ...), else {@code null}
 * @param httpStatus the HTTP status of a failed call, 0 when none or on success
 * @param promptSha256 SHA-256 (hex) of the request as sent (after redaction): messages, tools, format;
 *     {@code null} in the records of a client with no audit sink (they only feed its usage meter)
 * @param answerSha256 SHA-256 (hex) of the answer (content and tool calls), {@code null} on failure and
 *     where {@code promptSha256} is
 */
public record AuditRecord(Instant time, String callId, int attempt, String provider, String model, String operation,
                          String task, String auditId, long promptTokens, long completionTokens, long totalTokens,
                          long cachedPromptTokens, Duration latency, Outcome outcome, String errorType,
                          int httpStatus, String promptSha256, String answerSha256) {

    /** How an attempt ended. */
    public enum Outcome {
        /** An answer came back. */
        SUCCESS,
        /** It failed; see {@code errorType}. */
        FAILURE,
        /** The caller cancelled the stream. */
        CANCELLED
    }

    /**
     * Checks and normalises the components.
     *
     * @param time when the attempt started
     * @param callId the id of the logical call: the same for every attempt and every provider a failover tried for one request
     * @param attempt the attempt's number at this provider, from 1
     * @param provider the provider's name
     * @param model the model asked for (the provider's default when {@code null}), or as reported
     * @param operation {@code chat}, {@code stream} or {@code embeddings}
     * @param task the request's task label, or {@code null}
     * @param auditId the audit id of the helper task (or caller) the call was made for, or {@code null}
     * @param promptTokens prompt tokens reported (0 when unknown or failed)
     * @param completionTokens completion tokens reported
     * @param totalTokens total tokens reported
     * @param cachedPromptTokens prompt tokens served from the provider's cache
     * @param latency how long the attempt took
     * @param outcome how it ended
     * @param errorType the error's class name on failure ({@code RateLimitedException} ...), else {@code null}
     * @param httpStatus the HTTP status of a failed call, 0 when none or on success
     * @param promptSha256 SHA-256 (hex) of the request as sent (after redaction): messages, tools, format
     * @param answerSha256 SHA-256 (hex) of the answer (content and tool calls), {@code null} on failure
     * @throws NullPointerException if a required component is {@code null}
     */
    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(outcome, "outcome");
    }
}
