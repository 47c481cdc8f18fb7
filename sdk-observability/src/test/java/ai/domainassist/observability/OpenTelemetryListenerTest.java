package ai.domainassist.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.observability.internal.CallEvent;
import ai.domainassist.testkit.FakeOpenAiServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The span tree and metrics of a helper task whose model call is retried once, against the test
 * kit's fake OpenAI server, exported to OpenTelemetry's in-memory exporters; and that no attribute
 * carries the prompt, the answer or the key.
 */
class OpenTelemetryListenerTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    private final OpenTelemetryListener listener = new OpenTelemetryListener(otel);

    @AfterEach
    void close() {
        otel.close();
    }

    private static SpanData named(List<SpanData> all, String name) {
        return all.stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + all));
    }

    @Test
    void aTaskSpanHoldsOneCallSpanWithOneChildPerAttemptAndNoTextOrKeyAnywhere() {
        String answer = "考虑急性支气管炎";
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.requireApiKey(Fixture.KEY);
            server.enqueueError(503, "server_error", null, "overloaded");
            server.enqueueChat(answer, Usage.of(42, 7));
            try (ModelClient client = Fixture.client(server, listener)) {
                assertThat(Fixture.task(listener, client).value()).isEqualTo(answer);
            }
        }
        List<SpanData> all = spans.getFinishedSpanItems();
        assertThat(all).hasSize(4);
        SpanData task = named(all, "medical.structure");
        SpanData call = named(all, "chat qwen-plus");
        List<SpanData> attempts = all.stream().filter(s -> s.getName().equals("attempt fakeai")).toList();
        assertThat(attempts).hasSize(2);

        // the tree: task > call > two attempts, one trace
        assertThat(task.getParentSpanContext().isValid()).isFalse();
        assertThat(call.getParentSpanId()).isEqualTo(task.getSpanId());
        assertThat(attempts).allMatch(a -> a.getParentSpanId().equals(call.getSpanId()));
        assertThat(all).extracting(SpanData::getTraceId).containsOnly(task.getTraceId());

        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("fakeai");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("qwen-plus");
        assertThat(call.getAttributes().get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
                .containsExactly("stop");
        assertThat(call.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(42L);
        assertThat(call.getAttributes().get(AttributeKey.longKey("domainassist.call.attempts"))).isEqualTo(2L);
        assertThat(call.getAttributes().get(AttributeKey.longKey("domainassist.retry.count"))).isEqualTo(1L);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        SpanData first = attempts.stream().filter(a -> a.getAttributes()
                .get(AttributeKey.longKey("domainassist.attempt")) == 1L).findFirst().orElseThrow();
        SpanData second = attempts.stream().filter(a -> a.getAttributes()
                .get(AttributeKey.longKey("domainassist.attempt")) == 2L).findFirst().orElseThrow();
        assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(first.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("ServerException");
        assertThat(first.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503L);
        assertThat(second.getAttributes().get(AttributeKey.longKey("domainassist.retry.count"))).isEqualTo(1L);
        assertThat(second.getAttributes().get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
                .containsExactly("stop");

        assertThat(task.getAttributes().get(AttributeKey.stringKey("domainassist.task.mode"))).isEqualTo("hybrid");
        assertThat(task.getAttributes().get(AttributeKey.longKey("domainassist.task.flags"))).isEqualTo(1L);
        assertThat(task.getAttributes().get(AttributeKey.stringArrayKey("domainassist.task.flag_kinds")))
                .containsExactly("missing");

        for (SpanData s : all) {
            String everything = s.getName() + " " + s.getAttributes() + " " + s.getEvents() + " " + s.getStatus();
            assertThat(everything).doesNotContain(Fixture.PROMPT).doesNotContain("李雷").doesNotContain("110101199003074514")
                    .doesNotContain(answer).doesNotContain(Fixture.KEY).doesNotContain("overloaded");
        }

        List<MetricData> data = List.copyOf(metrics.collectAllMetrics());
        assertThat(data).extracting(MetricData::getName).contains("gen_ai.client.operation.duration",
                "gen_ai.client.token.usage", "domainassist.task.duration");
        MetricData tokens = data.stream().filter(m -> m.getName().equals("gen_ai.client.token.usage")).findFirst()
                .orElseThrow();
        assertThat(tokens.getHistogramData().getPoints()).extracting(p -> p.getAttributes()
                .get(AttributeKey.stringKey("gen_ai.token.type")) + "=" + (long) p.getSum())
                .containsExactlyInAnyOrder("input=42", "output=7");
        assertThat(data.toString()).doesNotContain(Fixture.PROMPT).doesNotContain(Fixture.KEY);
    }

    @Test
    void aFailedCallEndsItsSpanWithErrorStatusAndTheTaskSpanToo() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            for (int i = 0; i < 3; i++) {
                server.enqueueError(503, "server_error", null, "overloaded");
            }
            try (ModelClient client = Fixture.client(server, listener)) {
                assertThatThrownBy(() -> Fixture.task(listener, client)).isInstanceOf(ServerException.class);
            }
        }
        List<SpanData> all = spans.getFinishedSpanItems();
        assertThat(all).hasSize(5);
        SpanData call = named(all, "chat qwen-plus");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getStatus().getDescription()).isEqualTo("ServerException");
        assertThat(call.getAttributes().get(AttributeKey.longKey("domainassist.retry.count"))).isEqualTo(2L);
        SpanData task = named(all, "medical.structure");
        assertThat(task.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getParentSpanId()).isEqualTo(task.getSpanId());
    }

    @Test
    void aStreamedCallRecordsTheTimeToItsFirstChunk() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.enqueueStream(List.of("你", "好"), Usage.of(5, 2));
            try (ModelClient client = Fixture.client(server, listener)) {
                client.stream(ChatRequest.of("问"), e -> { }).completion().get();
            }
        }
        Optional<MetricData> ttfc = metrics.collectAllMetrics().stream()
                .filter(m -> m.getName().equals("gen_ai.client.operation.time_to_first_chunk")).findFirst();
        assertThat(ttfc).isPresent();
        assertThat(ttfc.get().getHistogramData().getPoints()).singleElement()
                .satisfies(p -> assertThat(p.getCount()).isEqualTo(1));
        assertThat(spans.getFinishedSpanItems()).extracting(SpanData::getName).contains("chat qwen-plus", "attempt fakeai");
    }

    /**
     * The spans' attributes are written from the events' typed fields; this pins them to what the
     * events' own attribute maps say (sdk-core's {@code ModelCallEvent.attributes()} through the
     * listener's allow-list): a call span has exactly its start's and its end's, an attempt span its
     * start's and its end's, each with the retry count. A retried call, a failed call and a stream.
     */
    @Test
    void eachSpanHasExactlyTheAttributesItsEventsName() throws Exception {
        List<ModelCallEvent> events = new CopyOnWriteArrayList<>();
        ModelCallListener recorder = new ModelCallListener() {
            @Override
            public void onEvent(ModelCallEvent event) {
                events.add(event);
            }
        };
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.enqueueError(503, "server_error", null, "overloaded");
            server.enqueueChat("好", Usage.of(42, 7));
            for (int i = 0; i < 3; i++) {
                server.enqueueError(429, "rate_limit", null, "slow down");
            }
            server.enqueueStream(List.of("你", "好"), Usage.of(5, 2));
            try (ModelClient client = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), Fixture.KEY).toBuilder().name("fakeai").build())
                    .defaultModel("qwen-plus").retry(RetryPolicy.builder().maxAttempts(3).sleeper(d -> { }).build())
                    .listener(listener).listener(recorder).build()) {
                client.chat(ChatRequest.builder().user(Fixture.PROMPT).temperature(0.2).maxTokens(64).build());
                assertThatThrownBy(() -> client.chat(ChatRequest.of("再问"))).isInstanceOf(ModelException.class);
                client.stream(ChatRequest.of("问"), e -> { }).completion().get();
            }
        }
        List<SpanData> all = spans.getFinishedSpanItems();
        assertThat(all).hasSize(3 + 4 + 2); // call + attempts: retried once, failed three times, streamed
        AttributeKey<Long> callId = AttributeKey.longKey("domainassist.call.id");
        AttributeKey<Long> attempt = AttributeKey.longKey("domainassist.attempt");
        for (SpanData span : all) {
            long id = span.getAttributes().get(callId);
            boolean isAttempt = span.getName().startsWith("attempt ");
            AttributesBuilder expected = Attributes.builder();
            long attempts = 0;
            for (ModelCallEvent ev : events) {
                CallEvent e = new CallEvent(ev);
                if (e.callId() != id) {
                    continue;
                }
                boolean attemptEvent = e.kind() == CallEvent.Kind.ATTEMPT_START || e.kind() == CallEvent.Kind.ATTEMPT_END
                        || e.kind() == CallEvent.Kind.ATTEMPT_FAILED;
                boolean callEvent = e.kind() == CallEvent.Kind.CALL_START || e.kind() == CallEvent.Kind.CALL_END
                        || e.kind() == CallEvent.Kind.CALL_FAILED;
                if (isAttempt ? attemptEvent && e.attempt() == span.getAttributes().get(attempt) : callEvent) {
                    expected.putAll(OpenTelemetryListener.attributes(e));
                    attempts = isAttempt ? e.attempt() : Math.max(attempts, e.attempts());
                }
            }
            expected.put(AttributeKey.longKey("domainassist.retry.count"), Math.max(0, attempts - 1));
            assertThat(span.getAttributes().asMap()).as(span.getName()).isEqualTo(expected.build().asMap());
        }
    }
}
