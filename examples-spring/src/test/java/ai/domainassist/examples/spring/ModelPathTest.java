package ai.domainassist.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.testkit.FakeOpenAiServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The model path: the example application with {@code domainassist.model.base-url} pointing at the
 * test kit's fake OpenAI server, which fails the record's model call three times (503). The record
 * comes back DEGRADED, the span tree is task &gt; call &gt; three attempts in OpenTelemetry's
 * in-memory exporter, no attribute holds the dialogue or the key, and health and Prometheus show
 * the provider's failure.
 */
// metrics export (Prometheus) is off in Spring Boot tests unless asked for
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "domainassist.claims.registry-directory=target/test-registry/${random.uuid}")
class ModelPathTest {
    private static final String KEY = "sk-example-model-path-1f2e3d4c5b6a";
    private static final FakeOpenAiServer SERVER = FakeOpenAiServer.start().requireApiKey(KEY);
    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry p) {
        p.add("domainassist.model.base-url", SERVER::baseUrl);
        p.add("domainassist.model.api-key", () -> KEY);
        p.add("domainassist.model.model", () -> "qwen-plus");
        p.add("domainassist.model.name", () -> "fakeai");
        p.add("domainassist.model.retry.initial-backoff", () -> "1ms");
        p.add("domainassist.model.retry.max-backoff", () -> "2ms");
    }

    /** The application's OpenTelemetry, exporting to memory. */
    @TestConfiguration
    static class Tracing {
        @Bean(destroyMethod = "close")
        OpenTelemetrySdk openTelemetry() {
            return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build()).build();
        }
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    OpenTelemetry openTelemetry;

    @Test
    void aFailingModelGivesADegradedRecordATaskCallAttemptsSpanTreeAndAFailingProviderInHealthAndMetrics()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            SERVER.enqueueError(503, "server_error", null, "overloaded");
        }
        String dialogue = Samples.dialogue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        JsonNode record = Samples.JSON.readTree(http.postForObject("/records", new HttpEntity<>(dialogue, headers),
                String.class));
        assertThat(record.path("mode").asText()).isEqualTo("DEGRADED");
        assertThat(SERVER.requestCount()).isEqualTo(3);

        List<SpanData> spans = SPANS.getFinishedSpanItems();
        SpanData task = spans.stream().filter(s -> s.getName().equals("medical.structure")).findFirst().orElseThrow();
        SpanData call = spans.stream().filter(s -> s.getName().equals("chat qwen-plus")).findFirst().orElseThrow();
        List<SpanData> attempts = spans.stream().filter(s -> s.getName().equals("attempt fakeai")).toList();
        assertThat(call.getParentSpanId()).isEqualTo(task.getSpanId());
        assertThat(attempts).hasSize(3).allMatch(a -> a.getParentSpanId().equals(call.getSpanId()));
        assertThat(call.getAttributes().asMap().toString()).contains("gen_ai.provider.name=fakeai")
                .contains("error.type=ServerException").contains("domainassist.retry.count=2");
        assertThat(task.getAttributes().asMap().toString()).contains("domainassist.task.mode=degraded");

        String dialogueText = Samples.JSON.readTree(dialogue).path("dialogue").asText();
        for (SpanData s : spans) {
            String attributes = s.getName() + " " + s.getAttributes() + " " + s.getStatus() + " " + s.getEvents();
            assertThat(attributes).doesNotContain(KEY);
            for (String line : dialogueText.split("\n")) {
                String text = line.contains("：") ? line.substring(line.indexOf('：') + 1).strip() : line.strip();
                if (text.length() >= 4) {
                    assertThat(attributes).doesNotContain(text);
                }
            }
        }

        JsonNode provider = Samples.JSON.readTree(http.getForObject("/actuator/health", String.class))
                .path("components").path("domainAssist").path("components").path("fakeai");
        assertThat(provider.path("status").asText()).isEqualTo("UP");
        assertThat(provider.path("details").path("lastOutcome").asText()).isEqualTo("FAILURE");
        assertThat(provider.path("details").path("lastError").asText()).isEqualTo("ServerException");

        String prometheus = http.getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus).containsPattern("gen_ai_client_operation_duration_seconds_count\\{[^}]*"
                + "error_type=\"ServerException\"[^}]*gen_ai_provider_name=\"fakeai\"[^}]*} 1");
        assertThat(prometheus).containsPattern("domainassist_client_retries_total\\{[^}]*} 2");
        assertThat(prometheus).doesNotContain(KEY);
    }
}
