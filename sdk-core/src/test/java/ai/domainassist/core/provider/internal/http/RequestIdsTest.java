package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void headersOfEachVendorAreFound() {
        assertThat(RequestIds.fromHeaders(Headers.of("X-Request-Id", "openai-1"))).isEqualTo("openai-1");
        assertThat(RequestIds.fromHeaders(Headers.of("request-id", "req_anthropic"))).isEqualTo("req_anthropic");
        assertThat(RequestIds.fromHeaders(Headers.of("x-ms-request-id", "azure-1"))).isEqualTo("azure-1");
        assertThat(RequestIds.fromHeaders(Headers.of("apim-request-id", "azure-2"))).isEqualTo("azure-2");
        assertThat(RequestIds.fromHeaders(Headers.of("x-acs-request-id", "ali-1"))).isEqualTo("ali-1");
        assertThat(RequestIds.fromHeaders(Headers.of("Content-Type", "application/json"))).isNull();
    }

    @Test
    void bodyFieldsAreTheFallback() throws IOException {
        assertThat(RequestIds.find(Headers.of(), Json.parse("{\"request_id\":\"dash-1\"}"))).isEqualTo("dash-1");
        assertThat(RequestIds.find(Headers.of(), Json.parse("{\"error\":{\"requestId\":\"e-1\"}}"))).isEqualTo("e-1");
        assertThat(RequestIds.find(Headers.of("x-request-id", "h"), Json.parse("{\"request_id\":\"b\"}"))).isEqualTo("h");
        assertThat(RequestIds.find(Headers.of(), null)).isNull();
    }
}
