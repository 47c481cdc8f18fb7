package ai.domainassist.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The example application on a random port, no model configured: each endpoint answers with the
 * helper's result as JSON, the health endpoint is up, and the Prometheus page shows the tasks.
 */
// metrics export (Prometheus) is off in Spring Boot tests unless asked for
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "domainassist.claims.registry-directory=target/test-registry/${random.uuid}")
class ExampleApplicationTest {
    @Autowired
    TestRestTemplate http;

    private JsonNode post(String path, String json) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
        assertThat(r.getStatusCode()).as(path + ": " + r.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        return Samples.JSON.readTree(r.getBody());
    }

    @Test
    void aDialogueBecomesARecordInTheVersionedExport() throws Exception {
        JsonNode record = post("/records", Samples.dialogue());
        assertThat(record.path("schema").asText()).isEqualTo("domainassist.medical.outpatient-record");
        assertThat(record.path("mode").asText()).isEqualTo("OFFLINE");
        assertThat(record.toString()).contains("咳嗽");
    }

    @Test
    void aClaimIsAssessedWithARecommendationAndItsFlags() throws Exception {
        JsonNode body = post("/claims/CLM-2024-0611/assessment", Samples.claim());
        assertThat(body.path("mode").asText()).isEqualTo("OFFLINE");
        assertThat(body.path("flags").isArray()).isTrue();
        JsonNode value = body.path("value");
        assertThat(value.path("recommendation").path("decision").asText())
                .isIn("PAY", "PAY_PARTIALLY", "REQUEST_DOCUMENTS", "REFER_TO_HUMAN", "DECLINE");
        assertThat(value.toString()).contains("428.5");
    }

    @Test
    void aDocumentIsCheckedAgainstTheNormativeRules() throws Exception {
        JsonNode body = post("/documents/check", Samples.document());
        assertThat(body.path("mode").asText()).isEqualTo("OFFLINE");
        assertThat(body.path("value").path("findings").isArray()).isTrue();
        assertThat(body.path("flags").size()).isEqualTo(body.path("value").path("findings").size());
    }

    @Test
    void aBadRequestIsA400SayingWhatIsMissing() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity("/documents/check", new HttpEntity<>("{\"id\":\"x\"}", headers),
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody()).contains("missing field \"text\"");
    }

    @Test
    void healthIsUpAndPrometheusShowsTheTasks() throws Exception {
        post("/records", Samples.dialogue());
        post("/documents/check", Samples.document());
        JsonNode health = Samples.JSON.readTree(http.getForObject("/actuator/health", String.class));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").has("domainAssist")).as("no model, no provider health").isFalse();

        String prometheus = http.getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus).containsPattern(
                "domainassist_task_duration_seconds_count\\{[^}]*domainassist_task=\"medical.structure\"[^}]*} [1-9]");
        assertThat(prometheus).containsPattern(
                "domainassist_task_duration_seconds_count\\{[^}]*domainassist_task=\"gov.check\"[^}]*} [1-9]");
        assertThat(prometheus).contains("domainassist_task_mode=\"offline\"");
    }
}
