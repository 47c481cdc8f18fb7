package ai.domainassist.observability;

import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.observability.internal.CallEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Records model calls and helper tasks as Micrometer meters, named after the OpenTelemetry GenAI
 * semantic conventions (Micrometer's Prometheus naming turns {@code gen_ai.client.operation.duration}
 * into {@code gen_ai_client_operation_duration_seconds}):
 * <ul>
 *   <li>{@code gen_ai.client.operation.duration} (timer, the conventions' buckets): one per logical
 *       call, retries and failovers included; tags {@code gen_ai.operation.name},
 *       {@code gen_ai.provider.name} (the provider that answered or was tried last),
 *       {@code gen_ai.request.model} and {@code error.type} ({@code none} on success: Prometheus
 *       wants the same tag keys on every sample);</li>
 *   <li>{@code gen_ai.client.token.usage} (distribution summary in tokens, the conventions' buckets):
 *       input and output tokens per call, tag {@code gen_ai.token.type};</li>
 *   <li>{@code gen_ai.client.operation.time_to_first_chunk} (timer): streamed calls only;</li>
 *   <li>{@code domainassist.client.retries} and {@code domainassist.client.failovers} (counters, by
 *       provider and {@code error.type});</li>
 *   <li>{@code domainassist.task.duration} (timer, by {@code domainassist.task},
 *       {@code domainassist.task.mode} and {@code error.type}) and {@code domainassist.task.flags}
 *       (counter of review flags, by task and {@code domainassist.flag.kind}).</li>
 * </ul>
 * No tag holds prompt text, answer text, a key or a per-call value: tag values are bounded sets
 * (providers, models, error types, task labels, modes, flag kinds).
 *
 * <p>Register it on {@code ModelClient.builder().listener(...)} and on each helper's builder. It
 * wants call ends, retries, failovers and task ends only, so attempts and stream chunks cost
 * nothing. Thread-safe; meters are looked up once per tag combination and cached.
 */
public final class MicrometerListener implements ModelCallListener {
    /** The GenAI conventions' buckets for operation durations, in seconds. */
    static final double[] DURATION_BUCKETS_SECONDS = {0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
        10.24, 20.48, 40.96, 81.92};
    /** The GenAI conventions' buckets for token counts. */
    static final double[] TOKEN_BUCKETS = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
        16777216, 67108864};

    private final MeterRegistry registry;
    private final ConcurrentHashMap<MeterKey, Object> meters = new ConcurrentHashMap<>();

    /**
     * @param registry where the meters are registered
     * @throws NullPointerException if {@code registry} is {@code null}
     */
    public MicrometerListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public boolean wants(ModelCallEvent.Kind kind) {
        return switch (CallEvent.kind(kind)) {
            case CALL_END, CALL_FAILED, RETRY, FAILOVER, TASK_END -> true;
            default -> false;
        };
    }

    @Override
    public void onEvent(ModelCallEvent event) {
        CallEvent e = new CallEvent(event);
        switch (e.kind()) {
            case CALL_END, CALL_FAILED -> callEnded(e);
            case RETRY -> counter("domainassist.client.retries", "Failed attempts that were retried.",
                    e.provider(), orNone(e.errorType())).increment();
            case FAILOVER -> counter("domainassist.client.failovers", "Providers given up on for the next one.",
                    e.provider(), orNone(e.errorType())).increment();
            case TASK_END -> taskEnded(e);
            default -> {
                // not wanted
            }
        }
    }

    private void callEnded(CallEvent e) {
        String model = orNone(e.requestModel());
        String error = orNone(e.errorType());
        // one look-up per call for its three usual meters (was one per meter); each meter is still
        // registered when first recorded, as before
        MeterKey key = new MeterKey("call", e.operation(), e.provider(), model, error);
        CallMeters m = (CallMeters) meters.get(key);
        if (m == null) {
            CallMeters fresh = new CallMeters(key);
            m = (CallMeters) Objects.requireNonNullElse(meters.putIfAbsent(key, fresh), fresh);
        }
        long ns = e.durationNanos();
        if (ns >= 0) {
            m.duration().record(ns, TimeUnit.NANOSECONDS);
        }
        long ttfc = e.timeToFirstChunkNanos();
        if (ttfc >= 0) {
            Timer t = (Timer) meters.computeIfAbsent(new MeterKey("ttfc", e.operation(), e.provider(), model, ""),
                    k -> Timer.builder("gen_ai.client.operation.time_to_first_chunk")
                            .description("Time from the start of a streamed call to its first chunk.")
                            .tag("gen_ai.operation.name", k.a).tag("gen_ai.provider.name", k.b)
                            .tag("gen_ai.request.model", k.c)
                            .serviceLevelObjectives(seconds(DURATION_BUCKETS_SECONDS))
                            .register(registry));
            t.record(ttfc, TimeUnit.NANOSECONDS);
        }
        if (e.inputTokens() >= 0) {
            m.input().record(e.inputTokens());
        }
        if (e.outputTokens() >= 0) {
            m.output().record(e.outputTokens());
        }
    }

    private Timer duration(String operation, String provider, String model, String error) {
        return (Timer) meters.computeIfAbsent(new MeterKey("duration", operation, provider, model, error),
                k -> Timer.builder("gen_ai.client.operation.duration")
                        .description("GenAI operation duration: one logical call, retries and failovers included.")
                        .tag("gen_ai.operation.name", k.a).tag("gen_ai.provider.name", k.b)
                        .tag("gen_ai.request.model", k.c).tag("error.type", k.d)
                        .serviceLevelObjectives(seconds(DURATION_BUCKETS_SECONDS))
                        .register(registry));
    }

    private DistributionSummary tokens(String operation, String provider, String model, String type) {
        return (DistributionSummary) meters.computeIfAbsent(new MeterKey("tokens", operation, provider, model, type),
                k -> DistributionSummary.builder("gen_ai.client.token.usage")
                        .description("Number of input and output tokens used.").baseUnit("tokens")
                        .tag("gen_ai.operation.name", k.a).tag("gen_ai.provider.name", k.b)
                        .tag("gen_ai.request.model", k.c).tag("gen_ai.token.type", k.d)
                        .serviceLevelObjectives(TOKEN_BUCKETS)
                        .register(registry));
    }

    private Counter counter(String name, String description, String provider, String error) {
        return (Counter) meters.computeIfAbsent(new MeterKey(name, provider, error, "", ""),
                k -> Counter.builder(name).description(description)
                        .tag("gen_ai.provider.name", k.a).tag("error.type", k.b).register(registry));
    }

    private void taskEnded(CallEvent e) {
        String task = e.task() == null ? "unknown" : e.task();
        String mode = e.taskMode() == null ? "none" : e.taskMode();
        String error = orNone(e.errorType());
        long ns = e.durationNanos();
        if (ns >= 0) {
            Timer t = (Timer) meters.computeIfAbsent(new MeterKey("task", task, mode, error, ""),
                    k -> Timer.builder("domainassist.task.duration")
                            .description("Duration of a helper task (structure a record, assess a claim, check a document ...).")
                            .tag("domainassist.task", k.a).tag("domainassist.task.mode", k.b).tag("error.type", k.c)
                            .serviceLevelObjectives(seconds(DURATION_BUCKETS_SECONDS))
                            .register(registry));
            t.record(ns, TimeUnit.NANOSECONDS);
        }
        for (String kind : e.taskFlagKinds()) {
            ((Counter) meters.computeIfAbsent(new MeterKey("flags", task, kind, "", ""),
                    k -> Counter.builder("domainassist.task.flags")
                            .description("Review flags raised by helper tasks.")
                            .tag("domainassist.task", k.a).tag("domainassist.flag.kind", k.b).register(registry)))
                    .increment();
        }
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }

    private static Duration[] seconds(double[] bounds) {
        Duration[] out = new Duration[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            out[i] = Duration.ofNanos(Math.round(bounds[i] * 1e9));
        }
        return out;
    }

    /** A meter's identity: which meter and its tag values. */
    private record MeterKey(String meter, String a, String b, String c, String d) {
    }

    /**
     * The meters a call's end records, for one operation, provider, model and error type, each
     * looked up (and so registered) when first needed. Thread-safe: a race looks a meter up twice
     * and gets the same one.
     */
    private final class CallMeters {
        private final MeterKey key;
        private volatile Timer duration;
        /** Input and output token counts. */
        private final AtomicReferenceArray<DistributionSummary> tokens = new AtomicReferenceArray<>(2);

        CallMeters(MeterKey key) {
            this.key = key;
        }

        Timer duration() {
            Timer t = duration;
            if (t == null) {
                t = MicrometerListener.this.duration(key.a, key.b, key.c, key.d);
                duration = t;
            }
            return t;
        }

        DistributionSummary input() {
            return tokens(0, "input");
        }

        DistributionSummary output() {
            return tokens(1, "output");
        }

        private DistributionSummary tokens(int i, String type) {
            DistributionSummary d = tokens.get(i);
            if (d == null) {
                d = MicrometerListener.this.tokens(key.a, key.b, key.c, type);
                tokens.set(i, d);
            }
            return d;
        }
    }
}
