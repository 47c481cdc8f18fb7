package ai.domainassist.core.observe;

/**
 * Attribute names of {@link ModelCallEvent#attributes()}: those of the OpenTelemetry semantic conventions for
 * generative AI ({@code gen_ai.*}, {@code error.type}) where one exists, and a few of this SDK's
 * own under {@code domainassist.*}. A bridge to OpenTelemetry can copy them onto spans as they are.
 */
public final class GenAiAttributes {
    private GenAiAttributes() {
    }

    /** {@code chat} or {@code embeddings}. */
    public static final String OPERATION_NAME = "gen_ai.operation.name";
    /** The provider's name as configured (for example {@code deepseek}). */
    public static final String PROVIDER_NAME = "gen_ai.provider.name";
    /** The model asked for. */
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    /** The sampling temperature asked for. */
    public static final String REQUEST_TEMPERATURE = "gen_ai.request.temperature";
    /** The top-p asked for. */
    public static final String REQUEST_TOP_P = "gen_ai.request.top_p";
    /** The completion token limit asked for. */
    public static final String REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens";
    /** The seed asked for. */
    public static final String REQUEST_SEED = "gen_ai.request.seed";
    /** The model that answered, as reported. */
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    /** The provider's response id. */
    public static final String RESPONSE_ID = "gen_ai.response.id";
    /** The finish reasons, as a list of lower-case strings. */
    public static final String RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons";
    /** Prompt tokens. */
    public static final String USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens";
    /** Completion tokens. */
    public static final String USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
    /** {@code text} or {@code json}. */
    public static final String OUTPUT_TYPE = "gen_ai.output.type";
    /** The error's class name on failure. */
    public static final String ERROR_TYPE = "error.type";
    /** The HTTP status of a failed call. */
    public static final String HTTP_STATUS = "http.response.status_code";

    /** The call's task label ({@code ChatRequest.Options.task()}). */
    public static final String TASK = "domainassist.task";
    /** The duration of the call in milliseconds. */
    public static final String LATENCY_MS = "domainassist.latency_ms";
    /** The attempt that failed (retry events), from 1. */
    public static final String RETRY_ATTEMPT = "domainassist.retry.attempt";
    /** The wait before the next attempt in milliseconds (retry events). */
    public static final String RETRY_DELAY_MS = "domainassist.retry.delay_ms";
    /** The provider tried next (failover events). */
    public static final String FAILOVER_TO = "domainassist.failover.to";
    /** The kind of stream event: {@code text}, {@code reasoning}, {@code tool_call}, {@code usage}. */
    public static final String STREAM_EVENT = "domainassist.stream.event";

    /**
     * The id of the logical call ({@code Long}, unique within the process): on the call's events
     * and on each of its attempts' events (started, succeeded, failed, stream chunks), so a
     * listener can put attempts under their call.
     */
    public static final String CALL_ID = "domainassist.call.id";
    /** The attempt's number within its call, from 1, counted across retries and failovers ({@code Integer}). */
    public static final String ATTEMPT = "domainassist.attempt";
    /** How many attempts the call made ({@code Integer}, on a call's end events). */
    public static final String CALL_ATTEMPTS = "domainassist.call.attempts";
    /** The duration in nanoseconds ({@code Long}) of an attempt, a call or a task, on their end events. */
    public static final String DURATION_NS = "domainassist.duration_ns";
    /**
     * For a stream: nanoseconds from the call's start to its first chunk ({@code Long}), on the
     * call's end event when a chunk arrived (OpenTelemetry's {@code gen_ai.client.operation.time_to_first_chunk}).
     */
    public static final String TIME_TO_FIRST_CHUNK_NS = "domainassist.stream.time_to_first_chunk_ns";
    /** {@code true} on the events of a streamed call. */
    public static final String STREAMING = "domainassist.stream";
    /** The provider's request id of a failed call (its {@code x-request-id} header), when it sent one. */
    public static final String PROVIDER_REQUEST_ID = "domainassist.provider.request_id";

    /** The id of a helper task ({@code Long}, unique within the process), on its start and end events. */
    public static final String TASK_ID = "domainassist.task.id";
    /** How a helper task's result was produced: {@code offline}, {@code model}, {@code hybrid}, {@code degraded}. */
    public static final String TASK_MODE = "domainassist.task.mode";
    /** How many review flags a helper task's result carries ({@code Integer}). */
    public static final String TASK_FLAGS = "domainassist.task.flags";
    /**
     * The kinds of a task result's review flags, one lower-case entry per flag
     * ({@code List<String>}, for example {@code [missing, missing, ungrounded]}).
     */
    public static final String TASK_FLAG_KINDS = "domainassist.task.flag_kinds";
    /** The audit id of a helper task's result ({@code Result.auditId()}), when a model was called. */
    public static final String AUDIT_ID = "domainassist.audit_id";
}
