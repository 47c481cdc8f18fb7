package ai.domainassist.benchmarks.core;

import ai.domainassist.benchmarks.InMemoryProvider;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelClientBuilder;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.observability.MicrometerListener;
import ai.domainassist.observability.OpenTelemetryListener;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the observability listeners add to one chat call through the default pipeline over an
 * in-memory provider (the trust pipeline benchmark's call: redaction, cache miss, bulkhead, circuit
 * breaker, retry, audit, usage), so the ratio to {@code none} is the listeners' whole cost with no
 * network to hide it. {@code micrometer}: {@link MicrometerListener} on a Prometheus registry (what
 * a Spring Boot application scrapes); {@code otel}: {@link OpenTelemetryListener} on an SDK with
 * every span sampled, a batch span processor and a periodic metric reader, both exporting to
 * nowhere; {@code both}: the two; {@code events}: a listener that wants call ends and does nothing
 * (the SDK's own share: the call observer and the events it builds). Logging off in every case (as in the trust benchmark).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ListenerOverheadBenchmark {
    private static final String PARAGRAPH = "患者张三，男，45岁，身份证11010519491231002X，电话13812345678，因咳嗽、咳痰3天，"
            + "伴发热1天就诊。最高体温39.5℃，无胸痛。既往高血压病史5年。诊断：社区获得性肺炎。";

    /** Which listeners the client has. */
    @Param({"none", "events", "micrometer", "otel", "both"})
    public String listeners;

    private ModelClient client;
    private ChatRequest request;
    private final List<OpenTelemetrySdk> sdks = new java.util.ArrayList<>();

    /** Builds the client with the listeners of this run. */
    @Setup
    public void setUp() {
        client = build(listeners);
        request = request();
    }

    /** @return the request every call sends (a record with personal data, redacted on the way) */
    static ChatRequest request() {
        return ChatRequest.builder().system("你是病历助手").user(PARAGRAPH).privateTerm("张三").model("m").build();
    }

    /**
     * @param listeners {@code none}, {@code micrometer}, {@code otel} or {@code both}
     * @return a client over the in-memory provider with those listeners (close it)
     */
    ModelClient build(String listeners) {
        ModelProvider memory = new InMemoryProvider();
        return build(listeners, ModelClient.builder().provider(memory));
    }

    /**
     * @param listeners as {@link #build(String)}
     * @param b a builder with its provider set
     * @return the client {@code b} builds with logging off and those listeners (close it)
     */
    ModelClient build(String listeners, ModelClientBuilder b) {
        b.logging(false);
        if (listeners.equals("events")) {
            // the SDK's share: call-end events built and delivered to a listener that does nothing
            b.listener(new ai.domainassist.core.observe.ModelCallListener() {
                @Override
                public void onEvent(ai.domainassist.core.observe.ModelCallEvent event) {
                    // nothing: the SDK's cost of building and delivering the event is what is measured
                }

                @Override
                public boolean wants(ai.domainassist.core.observe.ModelCallEvent.Kind kind) {
                    return kind == ai.domainassist.core.observe.ModelCallEvent.Kind.CALL_SUCCEEDED;
                }
            });
        }
        if (listeners.equals("micrometer") || listeners.equals("both")) {
            b.listener(new MicrometerListener(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        }
        if (listeners.equals("otel") || listeners.equals("both")) {
            OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder()
                            .addSpanProcessor(BatchSpanProcessor.builder(new Nowhere()).build()).build())
                    .setMeterProvider(SdkMeterProvider.builder()
                            .registerMetricReader(PeriodicMetricReader.builder(new NowhereMetrics())
                                    .setInterval(Duration.ofSeconds(10)).build()).build())
                    .build();
            sdks.add(otel);
            b.listener(new OpenTelemetryListener(otel));
        }
        return b.build();
    }

    /** Closes the client and the SDK. */
    @TearDown
    public void tearDown() {
        client.close();
        closeOtel();
    }

    /** Closes the OpenTelemetry SDKs made so far. */
    void closeOtel() {
        sdks.forEach(OpenTelemetrySdk::close);
        sdks.clear();
    }

    /** @return the answer */
    @Benchmark
    public ChatResponse chat() {
        return client.chat(request);
    }

    /** A span exporter that drops what it is given. */
    private static final class Nowhere implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** A metric exporter that drops what it is given. */
    private static final class NowhereMetrics implements MetricExporter {
        @Override
        public CompletableResultCode export(Collection<io.opentelemetry.sdk.metrics.data.MetricData> metrics) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public io.opentelemetry.sdk.metrics.data.AggregationTemporality getAggregationTemporality(
                io.opentelemetry.sdk.metrics.InstrumentType type) {
            return io.opentelemetry.sdk.metrics.data.AggregationTemporality.CUMULATIVE;
        }
    }
}
