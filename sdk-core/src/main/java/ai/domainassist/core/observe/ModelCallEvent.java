package ai.domainassist.core.observe;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a model call or a helper task, for {@link ModelCallListener}s: one
 * record type per kind of event, each with typed fields. A logical call is one {@link CallStarted},
 * then per attempt an {@link AttemptStarted} followed by an {@link AttemptSucceeded} or an
 * {@link AttemptFailed} (with {@link RetryScheduled} and {@link FailedOver} between attempts, and
 * {@link StreamChunk}s during a streamed attempt), then one {@link CallSucceeded} or
 * {@link CallFailed}. Cache hits and calls a budget rejects make no events. A helper task
 * (structure a record, assess a claim, check a document) is one {@link TaskStarted} and one
 * {@link TaskEnded}, with the model calls it makes between them on the same thread.
 *
 * <p>What an event holds: names, numbers, the typed error, and the request's settings as
 * {@link RequestInfo}; never prompt or answer text, except a {@link StreamChunk}, which holds the
 * chunk as the provider sent it (after redaction: placeholders, not the personal data).
 * {@link #attributes()} gives the same facts under the OpenTelemetry GenAI attribute names
 * ({@link GenAiAttributes}), built when asked.
 *
 * <p>All events are immutable records and thread-safe.
 */
public sealed interface ModelCallEvent permits ModelCallEvent.CallStarted, ModelCallEvent.CallSucceeded,
        ModelCallEvent.CallFailed, ModelCallEvent.AttemptStarted, ModelCallEvent.AttemptSucceeded,
        ModelCallEvent.AttemptFailed, ModelCallEvent.StreamChunk, ModelCallEvent.RetryScheduled,
        ModelCallEvent.FailedOver, ModelCallEvent.TaskStarted, ModelCallEvent.TaskEnded {

    /** The kinds of event, one per record type; for {@link ModelCallListener#wants(Kind)}. */
    enum Kind {
        /** {@link CallStarted}. */
        CALL_STARTED,
        /** {@link CallSucceeded}. */
        CALL_SUCCEEDED,
        /** {@link CallFailed}. */
        CALL_FAILED,
        /** {@link AttemptStarted}. */
        ATTEMPT_STARTED,
        /** {@link AttemptSucceeded}. */
        ATTEMPT_SUCCEEDED,
        /** {@link AttemptFailed}. */
        ATTEMPT_FAILED,
        /** {@link StreamChunk}. */
        STREAM_CHUNK,
        /** {@link RetryScheduled}. */
        RETRY_SCHEDULED,
        /** {@link FailedOver}. */
        FAILED_OVER,
        /** {@link TaskStarted}. */
        TASK_STARTED,
        /** {@link TaskEnded}. */
        TASK_ENDED
    }

    /** @return this event's kind */
    Kind kind();

    /**
     * The event's facts as attributes named after the OpenTelemetry GenAI conventions
     * ({@link GenAiAttributes}), in a stable order, for loggers and tracers that copy attributes
     * as they are. Builds a new map on each call: a listener that reads the typed fields costs
     * nothing here.
     *
     * @return a new, modifiable map
     */
    Map<String, Object> attributes();

    /**
     * What a call asked for, without its text: the settings an observer may record.
     *
     * @param operation {@code chat} or {@code embeddings}
     * @param model the model asked for, or {@code null} for the provider's default
     * @param temperature the temperature, or {@code null}
     * @param topP the top-p, or {@code null}
     * @param maxTokens the token limit, or {@code null}
     * @param seed the seed, or {@code null}
     * @param outputType {@code text} or {@code json}
     * @param task the request's task label, or {@code null}
     * @param streaming whether the answer is streamed
     */
    record RequestInfo(String operation, String model, Double temperature, Double topP, Integer maxTokens, Long seed,
                       String outputType, String task, boolean streaming) {
        /**
         * Checks the components.
         *
         * @param operation {@code chat} or {@code embeddings}
         * @param model the model asked for, or {@code null} for the provider's default
         * @param temperature the temperature, or {@code null}
         * @param topP the top-p, or {@code null}
         * @param maxTokens the token limit, or {@code null}
         * @param seed the seed, or {@code null}
         * @param outputType {@code text} or {@code json}
         * @param task the request's task label, or {@code null}
         * @param streaming whether the answer is streamed
         * @throws NullPointerException if {@code operation} or {@code outputType} is {@code null}
         */
        public RequestInfo {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(outputType, "outputType");
        }

        /**
         * @param r a chat request
         * @param streaming whether it is streamed
         * @return what it asks for
         */
        public static RequestInfo of(ChatRequest r, boolean streaming) {
            String output = r.responseFormat() == null || r.responseFormat().type() == ResponseFormat.Type.TEXT
                    ? "text" : "json";
            return new RequestInfo("chat", r.model(), r.temperature(), r.topP(), r.maxTokens(), r.seed(), output,
                    r.options().task(), streaming);
        }

        /**
         * @param r an embedding request
         * @return what it asks for
         */
        public static RequestInfo of(EmbeddingRequest r) {
            return new RequestInfo("embeddings", r.model(), null, null, null, null, "text", null, false);
        }

        void putInto(Map<String, Object> a) {
            a.put(GenAiAttributes.OPERATION_NAME, operation);
            putIfSet(a, GenAiAttributes.REQUEST_MODEL, model);
            putIfSet(a, GenAiAttributes.REQUEST_TEMPERATURE, temperature);
            putIfSet(a, GenAiAttributes.REQUEST_TOP_P, topP);
            putIfSet(a, GenAiAttributes.REQUEST_MAX_TOKENS, maxTokens);
            putIfSet(a, GenAiAttributes.REQUEST_SEED, seed);
            a.put(GenAiAttributes.OUTPUT_TYPE, outputType);
            putIfSet(a, GenAiAttributes.TASK, task);
            if (streaming) {
                a.put(GenAiAttributes.STREAMING, true);
            }
        }
    }

    /**
     * What came back, without its text.
     *
     * @param model the model that answered, as reported, or {@code null}
     * @param id the provider's response id, or {@code null}
     * @param finishReason why the answer ended, or {@code null} for embeddings
     * @param usage the tokens reported
     */
    record ResponseInfo(String model, String id, FinishReason finishReason, Usage usage) {
        /**
         * Checks the components.
         *
         * @param model the model that answered, as reported, or {@code null}
         * @param id the provider's response id, or {@code null}
         * @param finishReason why the answer ended, or {@code null} for embeddings
         * @param usage the tokens reported
         * @throws NullPointerException if {@code usage} is {@code null}
         */
        public ResponseInfo {
            Objects.requireNonNull(usage, "usage");
        }

        /**
         * @param r a chat answer
         * @return what it says about itself
         */
        public static ResponseInfo of(ChatResponse r) {
            return new ResponseInfo(r.model(), r.id(), r.finishReason(), r.usage());
        }

        /**
         * @param r embeddings
         * @return what they say about themselves
         */
        public static ResponseInfo of(EmbeddingResponse r) {
            return new ResponseInfo(r.model(), null, null, r.usage());
        }

        void putInto(Map<String, Object> a) {
            putIfSet(a, GenAiAttributes.RESPONSE_MODEL, model);
            putIfSet(a, GenAiAttributes.RESPONSE_ID, id);
            if (finishReason != null) {
                a.put(GenAiAttributes.RESPONSE_FINISH_REASONS, List.of(finishReason.name().toLowerCase(Locale.ROOT)));
            }
            a.put(GenAiAttributes.USAGE_INPUT_TOKENS, usage.promptTokens());
            if (finishReason != null) {
                a.put(GenAiAttributes.USAGE_OUTPUT_TOKENS, usage.completionTokens());
            }
        }
    }

    /**
     * A logical call starts (below the cache, above failover and retry; on the calling thread).
     *
     * @param callId the call's id, unique within the process
     * @param request what it asks for
     */
    record CallStarted(long callId, RequestInfo request) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.CALL_STARTED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            request.putInto(a);
            a.put(GenAiAttributes.CALL_ID, callId);
            return a;
        }
    }

    /**
     * A logical call ended with an answer.
     *
     * @param callId the call's id
     * @param request what it asked for
     * @param provider the provider that answered
     * @param response what came back
     * @param attempts how many attempts reached a provider
     * @param duration from the call's start to its answer
     * @param timeToFirstChunk for a stream, from the call's start to its first chunk; else {@code null}
     */
    record CallSucceeded(long callId, RequestInfo request, String provider, ResponseInfo response, int attempts,
                         Duration duration, Duration timeToFirstChunk) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.CALL_SUCCEEDED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            request.putInto(a);
            putIfSet(a, GenAiAttributes.PROVIDER_NAME, provider);
            a.put(GenAiAttributes.CALL_ID, callId);
            response.putInto(a);
            a.put(GenAiAttributes.LATENCY_MS, duration.toMillis());
            a.put(GenAiAttributes.CALL_ATTEMPTS, attempts);
            a.put(GenAiAttributes.DURATION_NS, duration.toNanos());
            if (timeToFirstChunk != null) {
                a.put(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS, timeToFirstChunk.toNanos());
            }
            return a;
        }
    }

    /**
     * A logical call failed after its retries and failovers: the error the caller gets.
     *
     * @param callId the call's id
     * @param request what it asked for
     * @param provider the provider tried last, or {@code null} if none was reached
     * @param error the error
     * @param attempts how many attempts reached a provider
     * @param duration from the call's start to its failure
     * @param timeToFirstChunk for a stream that delivered a chunk, from the call's start to it; else {@code null}
     */
    record CallFailed(long callId, RequestInfo request, String provider, ModelException error, int attempts,
                      Duration duration, Duration timeToFirstChunk) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.CALL_FAILED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            request.putInto(a);
            putIfSet(a, GenAiAttributes.PROVIDER_NAME, provider);
            a.put(GenAiAttributes.CALL_ID, callId);
            putError(a, error);
            a.put(GenAiAttributes.CALL_ATTEMPTS, attempts);
            a.put(GenAiAttributes.DURATION_NS, duration.toNanos());
            if (timeToFirstChunk != null) {
                a.put(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS, timeToFirstChunk.toNanos());
            }
            return a;
        }
    }

    /**
     * An attempt is about to be sent to a provider (one per attempt, below retry).
     *
     * @param callId the call it belongs to, or {@code 0} when no call observer registered it
     * @param attempt its number within the call, from 1 across retries and failovers ({@code 0} when unknown)
     * @param provider the provider it goes to
     * @param request what it asks for
     */
    record AttemptStarted(long callId, int attempt, String provider, RequestInfo request) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.ATTEMPT_STARTED;
        }

        @Override
        public Map<String, Object> attributes() {
            return attemptAttributes(callId, attempt, provider, request);
        }
    }

    /**
     * An attempt came back with an answer (a chat answer, a completed stream, embeddings).
     *
     * @param callId the call it belongs to, or {@code 0}
     * @param attempt its number within the call, or {@code 0}
     * @param provider the provider
     * @param request what it asked for
     * @param response what came back
     * @param duration from the send to the answer
     */
    record AttemptSucceeded(long callId, int attempt, String provider, RequestInfo request, ResponseInfo response,
                            Duration duration) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.ATTEMPT_SUCCEEDED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = attemptAttributes(callId, attempt, provider, request);
            response.putInto(a);
            a.put(GenAiAttributes.LATENCY_MS, duration.toMillis());
            a.put(GenAiAttributes.DURATION_NS, duration.toNanos());
            return a;
        }
    }

    /**
     * An attempt failed.
     *
     * @param callId the call it belongs to, or {@code 0}
     * @param attempt its number within the call, or {@code 0}
     * @param provider the provider
     * @param request what it asked for
     * @param error the error
     * @param duration from the send to the failure
     */
    record AttemptFailed(long callId, int attempt, String provider, RequestInfo request, ModelException error,
                         Duration duration) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.ATTEMPT_FAILED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = attemptAttributes(callId, attempt, provider, request);
            putError(a, error);
            a.put(GenAiAttributes.DURATION_NS, duration.toNanos());
            return a;
        }
    }

    /**
     * A streamed attempt delivered a non-terminal event (text, reasoning, tool call, usage). One
     * per chunk: ask for it ({@link ModelCallListener#wants}) only when you need it.
     *
     * @param callId the call it belongs to, or {@code 0}
     * @param attempt its number within the call, or {@code 0}
     * @param provider the provider
     * @param event the chunk, as sent by the provider (redacted)
     */
    record StreamChunk(long callId, int attempt, String provider, StreamEvent event) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.STREAM_CHUNK;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(GenAiAttributes.PROVIDER_NAME, provider);
            if (callId != 0) {
                a.put(GenAiAttributes.CALL_ID, callId);
                a.put(GenAiAttributes.ATTEMPT, attempt);
            }
            a.put(GenAiAttributes.STREAM_EVENT, chunkKind(event));
            return a;
        }
    }

    /**
     * A failed attempt will be retried after a wait.
     *
     * @param provider the provider
     * @param attempt the attempt that failed, counted at this provider, from 1
     * @param error why it failed
     * @param delay the wait before the next attempt
     */
    record RetryScheduled(String provider, int attempt, ModelException error, Duration delay) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.RETRY_SCHEDULED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(GenAiAttributes.PROVIDER_NAME, provider);
            a.put(GenAiAttributes.RETRY_ATTEMPT, attempt);
            a.put(GenAiAttributes.RETRY_DELAY_MS, delay.toMillis());
            putError(a, error);
            return a;
        }
    }

    /**
     * A provider failed and the next one is tried.
     *
     * @param from the provider that failed
     * @param to the provider tried next
     * @param error why
     */
    record FailedOver(String from, String to, ModelException error) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.FAILED_OVER;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(GenAiAttributes.PROVIDER_NAME, from);
            a.put(GenAiAttributes.FAILOVER_TO, to);
            putError(a, error);
            return a;
        }
    }

    /**
     * A helper task starts (calling thread).
     *
     * @param taskId the task's id, unique within the process
     * @param task its label: {@code <domain>.<method>}, for example {@code medical.structure}
     */
    record TaskStarted(long taskId, String task) implements ModelCallEvent {
        @Override
        public Kind kind() {
            return Kind.TASK_STARTED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(GenAiAttributes.TASK, task);
            a.put(GenAiAttributes.TASK_ID, taskId);
            return a;
        }
    }

    /**
     * A helper task ended (on the thread that started it): with its result's mode and flags, or
     * with the error it threw.
     *
     * @param taskId the task's id
     * @param task its label
     * @param mode how the result was produced, or {@code null} when the task threw
     * @param flagKinds the kinds of the result's review flags, one entry per flag (empty when it threw)
     * @param auditId the result's audit id, or {@code null} when no model was called or the task threw
     * @param errorType the simple class name of what the task threw, or {@code null}
     * @param error what the task threw when it is a model error, else {@code null}
     * @param duration how long the task took
     */
    record TaskEnded(long taskId, String task, Mode mode, List<ReviewFlag.Kind> flagKinds, String auditId,
                     String errorType, ModelException error, Duration duration) implements ModelCallEvent {
        /**
         * Checks and copies the components.
         *
         * @param taskId the task's id
         * @param task its label
         * @param mode how the result was produced, or {@code null} when the task threw
         * @param flagKinds the kinds of the result's review flags, one entry per flag
         * @param auditId the result's audit id, or {@code null}
         * @param errorType the simple class name of what the task threw, or {@code null}
         * @param error what the task threw when it is a model error, else {@code null}
         * @param duration how long the task took
         * @throws NullPointerException if {@code task}, {@code flagKinds} or {@code duration} is {@code null}
         */
        public TaskEnded {
            Objects.requireNonNull(task, "task");
            flagKinds = List.copyOf(flagKinds);
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Kind kind() {
            return Kind.TASK_ENDED;
        }

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put(GenAiAttributes.TASK, task);
            a.put(GenAiAttributes.TASK_ID, taskId);
            if (mode != null) {
                a.put(GenAiAttributes.TASK_MODE, mode.name().toLowerCase(Locale.ROOT));
                a.put(GenAiAttributes.TASK_FLAGS, flagKinds.size());
                List<String> kinds = new ArrayList<>(flagKinds.size());
                for (ReviewFlag.Kind k : flagKinds) {
                    kinds.add(k.name().toLowerCase(Locale.ROOT));
                }
                a.put(GenAiAttributes.TASK_FLAG_KINDS, kinds);
            }
            putIfSet(a, GenAiAttributes.AUDIT_ID, auditId);
            putIfSet(a, GenAiAttributes.ERROR_TYPE, errorType);
            a.put(GenAiAttributes.DURATION_NS, duration.toNanos());
            return a;
        }
    }

    private static Map<String, Object> attemptAttributes(long callId, int attempt, String provider, RequestInfo request) {
        Map<String, Object> a = new LinkedHashMap<>();
        request.putInto(a);
        a.put(GenAiAttributes.PROVIDER_NAME, provider);
        if (callId != 0) {
            a.put(GenAiAttributes.CALL_ID, callId);
            a.put(GenAiAttributes.ATTEMPT, attempt);
        }
        return a;
    }

    private static void putError(Map<String, Object> a, ModelException e) {
        a.put(GenAiAttributes.ERROR_TYPE, e.getClass().getSimpleName());
        e.httpStatus().ifPresent(s -> a.put(GenAiAttributes.HTTP_STATUS, s));
        e.requestId().ifPresent(id -> a.put(GenAiAttributes.PROVIDER_REQUEST_ID, id));
    }

    private static void putIfSet(Map<String, Object> a, String key, Object value) {
        if (value != null) {
            a.put(key, value);
        }
    }

    private static String chunkKind(StreamEvent e) {
        if (e instanceof StreamEvent.TextDelta) {
            return "text";
        }
        if (e instanceof StreamEvent.ReasoningDelta) {
            return "reasoning";
        }
        if (e instanceof StreamEvent.ToolCallDelta) {
            return "tool_call";
        }
        return "usage";
    }
}
