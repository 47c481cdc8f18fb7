package ai.domainassist.observability;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.observe.GenAiAttributes;
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallEvent.RequestInfo;
import ai.domainassist.core.observe.ModelCallEvent.ResponseInfo;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.observability.internal.CallEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traces and measures model calls and helper tasks with OpenTelemetry, following its GenAI
 * semantic conventions.
 *
 * <p><b>Spans.</b> A helper task ({@code medical.structure}, {@code claims.assess}, {@code gov.check}
 * ...) is an internal span named after the task, current on its thread while it runs, with
 * {@code domainassist.task.mode}, {@code domainassist.task.flags} and the flags' kinds. Each logical
 * model call is a client span {@code "{gen_ai.operation.name} {gen_ai.request.model}"} (child of the
 * current span: the task's, or the application's), with one child span {@code "attempt {provider}"}
 * per attempt, so retries and failovers show as siblings. Both carry {@code gen_ai.provider.name},
 * {@code gen_ai.request.model}, {@code gen_ai.response.model}, {@code gen_ai.response.finish_reasons},
 * token usage and {@code error.type} (status ERROR on failure, described by the error type only);
 * attempts carry {@code domainassist.attempt} and {@code domainassist.retry.count}, the call
 * {@code domainassist.call.attempts} and {@code domainassist.retry.count}. No attribute holds prompt
 * text, answer text or a key: only the {@code gen_ai.*}, {@code error.type}, HTTP status and
 * {@code domainassist.*} attributes sdk-core puts on its events, which carry none.
 *
 * <p><b>Metrics.</b> {@code gen_ai.client.operation.duration} (s), {@code gen_ai.client.token.usage}
 * ({@code {token}}, by {@code gen_ai.token.type}) and, for streams,
 * {@code gen_ai.client.operation.time_to_first_chunk} (s), with the conventions' bucket advice;
 * {@code domainassist.task.duration} (s) by task, mode and error type.
 *
 * <p>Register it on {@code ModelClient.builder().listener(...)} (the call spans need the client's
 * call events) and on each helper's builder (task spans). A call started on another thread than its
 * task (for example through {@code chatAsync}) has the span current on that thread as its parent.
 * Thread-safe.
 */
public final class OpenTelemetryListener implements ModelCallListener {
    /** The instrumentation scope name of the tracer and meter. */
    public static final String SCOPE = "ai.domainassist.sdk";
    private static final AttributeKey<Long> RETRY_COUNT = AttributeKey.longKey("domainassist.retry.count");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
    // the keys a call's and an attempt's spans get from the events' typed fields (the names and types
    // sdk-core's ModelCallEvent.attributes() gives them; OpenTelemetryListenerTest pins the equality)
    private static final AttributeKey<String> PROVIDER = AttributeKey.stringKey(GenAiAttributes.PROVIDER_NAME);
    private static final AttributeKey<Long> CALL_ID = AttributeKey.longKey(GenAiAttributes.CALL_ID);
    private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey(GenAiAttributes.ATTEMPT);
    private static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey(GenAiAttributes.RESPONSE_MODEL);
    private static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey(GenAiAttributes.RESPONSE_ID);
    private static final AttributeKey<List<String>> FINISH_REASONS =
            AttributeKey.stringArrayKey(GenAiAttributes.RESPONSE_FINISH_REASONS);
    private static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey(GenAiAttributes.USAGE_INPUT_TOKENS);
    private static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey(GenAiAttributes.USAGE_OUTPUT_TOKENS);
    private static final AttributeKey<Long> LATENCY_MS = AttributeKey.longKey(GenAiAttributes.LATENCY_MS);
    private static final AttributeKey<Long> DURATION_NS = AttributeKey.longKey(GenAiAttributes.DURATION_NS);
    private static final AttributeKey<Long> CALL_ATTEMPTS = AttributeKey.longKey(GenAiAttributes.CALL_ATTEMPTS);
    private static final AttributeKey<Long> TTFC_NS = AttributeKey.longKey(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS);
    private static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey(GenAiAttributes.HTTP_STATUS);
    private static final AttributeKey<String> PROVIDER_REQUEST_ID =
            AttributeKey.stringKey(GenAiAttributes.PROVIDER_REQUEST_ID);
    /** {@code gen_ai.response.finish_reasons} per finish reason, built once. */
    private static final Map<FinishReason, List<String>> FINISH_REASON_VALUES = new EnumMap<>(FinishReason.class);

    static {
        for (FinishReason r : FinishReason.values()) {
            FINISH_REASON_VALUES.put(r, List.of(r.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final DoubleHistogram timeToFirstChunk;
    private final LongHistogram tokens;
    private final DoubleHistogram taskDuration;
    private final ConcurrentHashMap<Long, CallSpans> calls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, TaskSpan> tasks = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_ATTRIBUTES = 1024;
    private final ConcurrentHashMap<MetricKey, MetricAttributes> metricAttributes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<RequestInfo, Attributes> requestAttributes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<MetricKey, String> callNames = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> attemptNames = new ConcurrentHashMap<>();

    /**
     * @param openTelemetry the SDK (or {@code GlobalOpenTelemetry.get()})
     * @throws NullPointerException if {@code openTelemetry} is {@code null}
     */
    public OpenTelemetryListener(OpenTelemetry openTelemetry) {
        Objects.requireNonNull(openTelemetry, "openTelemetry");
        this.tracer = openTelemetry.getTracer(SCOPE);
        Meter meter = openTelemetry.getMeter(SCOPE);
        List<Double> seconds = new ArrayList<>();
        for (double b : MicrometerListener.DURATION_BUCKETS_SECONDS) {
            seconds.add(b);
        }
        List<Long> tokenBuckets = new ArrayList<>();
        for (double b : MicrometerListener.TOKEN_BUCKETS) {
            tokenBuckets.add((long) b);
        }
        this.duration = meter.histogramBuilder("gen_ai.client.operation.duration").setUnit("s")
                .setDescription("GenAI operation duration.").setExplicitBucketBoundariesAdvice(seconds).build();
        this.timeToFirstChunk = meter.histogramBuilder("gen_ai.client.operation.time_to_first_chunk").setUnit("s")
                .setDescription("Time to receive the first chunk of a streamed call.")
                .setExplicitBucketBoundariesAdvice(seconds).build();
        this.tokens = meter.histogramBuilder("gen_ai.client.token.usage").ofLongs().setUnit("{token}")
                .setDescription("Number of input and output tokens used.")
                .setExplicitBucketBoundariesAdvice(tokenBuckets).build();
        this.taskDuration = meter.histogramBuilder("domainassist.task.duration").setUnit("s")
                .setDescription("Duration of a helper task.").setExplicitBucketBoundariesAdvice(seconds).build();
    }

    @Override
    public boolean wants(ModelCallEvent.Kind kind) {
        return switch (CallEvent.kind(kind)) {
            case CALL_START, CALL_END, CALL_FAILED, ATTEMPT_START, ATTEMPT_END, ATTEMPT_FAILED, TASK_START, TASK_END -> true;
            default -> false;
        };
    }

    @Override
    public void onEvent(ModelCallEvent event) {
        CallEvent e = new CallEvent(event);
        switch (e.kind()) {
            case TASK_START -> taskStarted(e);
            case TASK_END -> taskEnded(e);
            case CALL_START -> callStarted(e);
            case CALL_END, CALL_FAILED -> callEnded(e);
            case ATTEMPT_START -> attemptStarted(e);
            case ATTEMPT_END, ATTEMPT_FAILED -> attemptEnded(e);
            default -> {
                // not wanted
            }
        }
    }

    private void taskStarted(CallEvent e) {
        Span span = tracer.spanBuilder(e.task()).setSpanKind(SpanKind.INTERNAL).setAllAttributes(attributes(e)).startSpan();
        tasks.put(e.taskId(), new TaskSpan(span, span.makeCurrent(), Thread.currentThread()));
    }

    private void taskEnded(CallEvent e) {
        TaskSpan t = tasks.remove(e.taskId());
        if (t == null) {
            return;
        }
        t.span.setAllAttributes(attributes(e));
        fail(t.span, e.errorType());
        if (t.thread == Thread.currentThread()) {
            t.scope.close();
        }
        t.span.end();
        long ns = e.durationNanos();
        if (ns >= 0) {
            AttributesBuilder a = Attributes.builder().put("domainassist.task", e.task())
                    .put("domainassist.task.mode", e.taskMode() == null ? "none" : e.taskMode());
            if (e.errorType() != null) {
                a.put(ERROR_TYPE, e.errorType());
            }
            taskDuration.record(ns / 1e9, a.build());
        }
    }

    private void callStarted(CallEvent e) {
        RequestInfo request = e.request();
        Span span = tracer.spanBuilder(callName(e.operation(), e.requestModel())).setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current()).setAllAttributes(requestAttributes(request))
                .setAttribute(CALL_ID, e.callId()).startSpan();
        calls.put(e.callId(), new CallSpans(span, request));
    }

    /**
     * The call span's attributes are its start's (the request's, the call id) and, here, its end's:
     * the provider, the answer's or the error's, the attempts, the durations. Each is written from the
     * event's typed fields (no attribute map built and converted per event).
     */
    private void callEnded(CallEvent e) {
        CallSpans c = calls.remove(e.callId());
        if (c != null) {
            Span s = c.span;
            RequestInfo request = e.request();
            if (request != c.request && request != null && !request.equals(c.request)) {
                s.setAllAttributes(requestAttributes(request));
            }
            String provider = e.providerOrNull();
            if (provider != null) {
                s.setAttribute(PROVIDER, provider);
            }
            long ns = e.durationNanos();
            ResponseInfo response = e.response();
            if (response != null) {
                response(s, response);
                s.setAttribute(LATENCY_MS, ns / 1_000_000);
            }
            error(s, e.error());
            s.setAttribute(CALL_ATTEMPTS, (long) e.attempts());
            s.setAttribute(DURATION_NS, ns);
            long ttfc = e.timeToFirstChunkNanos();
            if (ttfc >= 0) {
                s.setAttribute(TTFC_NS, ttfc);
            }
            s.setAttribute(RETRY_COUNT, Math.max(0, e.attempts() - 1));
            fail(s, e.errorType());
            s.end();
        }
        MetricAttributes m = metricAttributes(e.operation(), e.provider(), e.requestModel());
        Attributes base = m.base;
        if (e.durationNanos() >= 0) {
            duration.record(e.durationNanos() / 1e9, e.errorType() == null ? base
                    : base.toBuilder().put(ERROR_TYPE, e.errorType()).build());
        }
        if (e.timeToFirstChunkNanos() >= 0) {
            timeToFirstChunk.record(e.timeToFirstChunkNanos() / 1e9, base);
        }
        if (e.inputTokens() >= 0) {
            tokens.record(e.inputTokens(), m.input);
        }
        if (e.outputTokens() >= 0) {
            tokens.record(e.outputTokens(), m.output);
        }
    }

    /**
     * The metric attributes of a call's end for its operation, provider and model, built once per
     * combination (the values are bounded sets, as the metrics' own series are; past
     * {@value #MAX_CACHED_ATTRIBUTES} combinations they are built per call).
     */
    private MetricAttributes metricAttributes(String operation, String provider, String model) {
        MetricKey key = new MetricKey(operation, provider, model);
        MetricAttributes m = metricAttributes.get(key);
        if (m == null) {
            AttributesBuilder a = Attributes.builder().put("gen_ai.operation.name", operation)
                    .put("gen_ai.provider.name", provider);
            if (model != null) {
                a.put("gen_ai.request.model", model);
            }
            Attributes base = a.build();
            m = new MetricAttributes(base, base.toBuilder().put(TOKEN_TYPE, "input").build(),
                    base.toBuilder().put(TOKEN_TYPE, "output").build());
            if (metricAttributes.size() < MAX_CACHED_ATTRIBUTES) {
                metricAttributes.putIfAbsent(key, m);
            }
        }
        return m;
    }

    /** Which call-end metric attributes: operation, provider and model (each may be {@code null}). */
    private record MetricKey(String operation, String provider, String model) {
    }

    /** A call end's metric attributes: for the duration, and with the token type for the token counts. */
    private record MetricAttributes(Attributes base, Attributes input, Attributes output) {
    }

    private void attemptStarted(CallEvent e) {
        CallSpans c = calls.get(e.callId());
        if (c == null) {
            return; // an attempt outside a call observed by this listener: nothing to hang it on
        }
        String provider = e.provider();
        SpanBuilder b = tracer.spanBuilder(attemptName(provider)).setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current().with(c.span)).setAllAttributes(requestAttributes(e.request()))
                .setAttribute(PROVIDER, provider)
                .setAttribute(CALL_ID, e.callId()).setAttribute(ATTEMPT, (long) e.attempt())
                .setAttribute(RETRY_COUNT, Math.max(0, e.attempt() - 1));
        c.attempts.put(e.attempt(), b.startSpan());
    }

    /** An attempt's span gets its start's attributes (above) and, here, the answer's or the error's and the durations. */
    private void attemptEnded(CallEvent e) {
        CallSpans c = calls.get(e.callId());
        Span span = c == null ? null : c.attempts.remove(e.attempt());
        if (span == null) {
            return;
        }
        long ns = e.durationNanos();
        ResponseInfo response = e.response();
        if (response != null) {
            response(span, response);
            span.setAttribute(LATENCY_MS, ns / 1_000_000);
        }
        error(span, e.error());
        span.setAttribute(DURATION_NS, ns);
        fail(span, e.errorType());
        span.end();
    }

    /** What came back, as {@code ResponseInfo} names it in sdk-core's attributes. */
    private static void response(Span s, ResponseInfo r) {
        if (r.model() != null) {
            s.setAttribute(RESPONSE_MODEL, r.model());
        }
        if (r.id() != null) {
            s.setAttribute(RESPONSE_ID, r.id());
        }
        if (r.finishReason() != null) {
            s.setAttribute(FINISH_REASONS, FINISH_REASON_VALUES.get(r.finishReason()));
        }
        s.setAttribute(INPUT_TOKENS, r.usage().promptTokens());
        if (r.finishReason() != null) {
            s.setAttribute(OUTPUT_TOKENS, r.usage().completionTokens());
        }
    }

    /** An error's HTTP status and request id ({@code error.type} and the status: {@link #fail}). */
    private static void error(Span s, ModelException error) {
        if (error == null) {
            return;
        }
        error.httpStatus().ifPresent(status -> s.setAttribute(HTTP_STATUS, (long) status));
        error.requestId().ifPresent(id -> s.setAttribute(PROVIDER_REQUEST_ID, id));
    }

    /**
     * A request's span attributes (those of sdk-core's {@code CallStarted} without the call id), built
     * once per distinct request description (bounded like the metric attributes).
     */
    private Attributes requestAttributes(RequestInfo request) {
        if (request == null) {
            return Attributes.empty();
        }
        Attributes a = requestAttributes.get(request);
        if (a == null) {
            a = attributes(new ModelCallEvent.CallStarted(0L, request).attributes()).toBuilder()
                    .remove(CALL_ID).build();
            if (requestAttributes.size() < MAX_CACHED_ATTRIBUTES) {
                requestAttributes.putIfAbsent(request, a);
            }
        }
        return a;
    }

    /** {@code "{operation} {model}"}, or the operation when no model was named; built once per pair. */
    private String callName(String operation, String model) {
        if (model == null) {
            return operation;
        }
        MetricKey key = new MetricKey(operation, null, model);
        String name = callNames.get(key);
        if (name == null) {
            name = operation + " " + model;
            if (callNames.size() < MAX_CACHED_ATTRIBUTES) {
                callNames.putIfAbsent(key, name);
            }
        }
        return name;
    }

    private String attemptName(String provider) {
        String name = attemptNames.get(provider);
        if (name == null) {
            name = "attempt " + provider;
            if (attemptNames.size() < MAX_CACHED_ATTRIBUTES) {
                attemptNames.putIfAbsent(provider, name);
            }
        }
        return name;
    }

    private static void fail(Span span, String errorType) {
        if (errorType != null) {
            span.setAttribute(ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, errorType);
        }
    }

    /**
     * The event's attributes that may go on a span: the {@code gen_ai.*}, {@code error.*},
     * {@code http.*} and {@code domainassist.*} ones, with scalar or string-list values. sdk-core
     * puts no text on events; this allow-list keeps it so if a later event carries more.
     */
    static Attributes attributes(CallEvent e) {
        return attributes(e.attributes());
    }

    private static Attributes attributes(Map<String, Object> eventAttributes) {
        AttributesBuilder b = Attributes.builder();
        for (Map.Entry<String, Object> en : eventAttributes.entrySet()) {
            String k = en.getKey();
            if (!(k.startsWith("gen_ai.") || k.startsWith("error.") || k.startsWith("http.")
                    || k.startsWith("domainassist."))) {
                continue;
            }
            Object v = en.getValue();
            if (v instanceof String s) {
                b.put(k, s);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                b.put(k, ((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                b.put(k, ((Number) v).doubleValue());
            } else if (v instanceof Boolean bool) {
                b.put(k, bool);
            } else if (v instanceof List<?> list) {
                List<String> strings = new ArrayList<>(list.size());
                for (Object o : list) {
                    strings.add(String.valueOf(o));
                }
                b.put(AttributeKey.stringArrayKey(k), strings);
            }
        }
        return b.build();
    }

    /** A call's span and its attempts' spans in flight, by attempt number. */
    private static final class CallSpans {
        final Span span;
        /** What the call's start described (its span has these attributes). */
        final RequestInfo request;
        final ConcurrentHashMap<Integer, Span> attempts = new ConcurrentHashMap<>();

        CallSpans(Span span, RequestInfo request) {
            this.span = span;
            this.request = request;
        }
    }

    /** A task's span, the scope that made it current, and the thread that must close that scope. */
    private record TaskSpan(Span span, Scope scope, Thread thread) {
    }
}
