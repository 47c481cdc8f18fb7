package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.AuthenticationException;
import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ContentFilteredException;
import ai.domainassist.core.ContextLengthExceededException;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ModelTimeoutException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.PermissionDeniedException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.testing.Fixtures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
    private static final String KEY = "sk-test-0123456789abcdefghijSecret";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final CallContext CTX = new CallContext("openai", "gpt-4o-mini",
            Scrubber.NONE.withSecret(KEY).withPromptTexts(List.of("患者张三，身份证号 110101199003074514")));

    private static ModelException map(int status, String body, String... headers) {
        return ErrorMapper.fromStatus(status, Headers.of(headers), body.getBytes(StandardCharsets.UTF_8), CTX, CLOCK);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, InvalidRequestException", "401, AuthenticationException", "402, PermissionDeniedException",
        "403, PermissionDeniedException", "404, InvalidRequestException", "408, ModelTimeoutException",
        "409, ServerException", "413, InvalidRequestException", "422, InvalidRequestException",
        "429, RateLimitedException", "500, ServerException", "502, ServerException", "503, ServerException",
        "504, ServerException", "529, ServerException"})
    void statusesMapToTypes(int status, String type) {
        ModelException e = map(status, "{\"error\":{\"message\":\"nope\",\"type\":\"x\"}}");
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.httpStatus()).contains(status);
        assertThat(e.provider()).contains("openai");
        assertThat(e.getMessage()).contains("HTTP " + status + ": nope").contains("model=gpt-4o-mini");
    }

    @Test
    void retryableExactlyForRateLimitsTimeoutsAndServerErrors() {
        assertThat(map(429, "{}").isRetryable()).isTrue();
        assertThat(map(503, "{}").isRetryable()).isTrue();
        assertThat(map(408, "{}").isRetryable()).isTrue();
        assertThat(map(400, "{}").isRetryable()).isFalse();
        assertThat(map(401, "{}").isRetryable()).isFalse();
    }

    @Test
    void openAiAuthErrorHidesTheEchoedKeyAndKeepsCodeAndRequestId() {
        ModelException e = map(401, Fixtures.wire("openai/error-401.json"), "x-request-id", "req_abc");
        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.errorCode()).contains("invalid_api_key");
        assertThat(e.requestId()).contains("req_abc");
        assertThat(e.getMessage()).contains("Incorrect API key provided: ***").doesNotContain("sk-test");
    }

    @Test
    void theFullKeyAndPromptTextEchoedByAProviderAreScrubbed() {
        ModelException e = map(400, "{\"error\":{\"message\":\"bad key " + KEY
                + " for input 患者张三，身份证号 110101199003074514\",\"code\":\"bad\"}}");
        assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("110101199003074514").contains("[prompt]");
    }

    @Test
    void contextLengthIsRecognisedAcrossVendors() {
        assertThat(map(400, "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens.\","
                + "\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"}}"))
                .isInstanceOf(ContextLengthExceededException.class);
        assertThat(map(400, "{\"error\":{\"code\":400,\"message\":\"the request exceeds the available context size\","
                + "\"type\":\"exceed_context_size_error\"}}")).isInstanceOf(ContextLengthExceededException.class);
        assertThat(map(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                + "\"message\":\"prompt is too long: 210000 tokens > 200000 maximum\"}}"))
                .isInstanceOf(ContextLengthExceededException.class);
        assertThat(map(400, "{\"error\":{\"code\":\"1261\",\"message\":\"Prompt 超长\"}}"))
                .isInstanceOf(ContextLengthExceededException.class);
        assertThat(map(413, "{\"type\":\"error\",\"error\":{\"type\":\"request_too_large\",\"message\":\"Request exceeds the maximum allowed number of bytes.\"}}"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void contentFiltersAreRecognisedAcrossVendors() {
        ModelException azure = map(400, Fixtures.wire("azure/content-filter-400.json"), "apim-request-id", "a-1");
        assertThat(azure).isInstanceOf(ContentFilteredException.class);
        assertThat(azure.errorCode()).contains("content_filter");
        assertThat(azure.requestId()).contains("a-1");
        ModelException qwen = map(400, Fixtures.wire("qwen/error-inspection-400.json"));
        assertThat(qwen).isInstanceOf(ContentFilteredException.class);
        assertThat(qwen.requestId()).contains("b1c2d3e4-0000-9a8b-aaaa-123456789abc");
        assertThat(map(400, Fixtures.wire("zhipu/error-1301.json"))).isInstanceOf(ContentFilteredException.class);
        assertThat(map(400, "{\"error\":{\"code\":\"13012\",\"message\":\"x\"}}")).isExactlyInstanceOf(InvalidRequestException.class);
    }

    @Test
    void quotaExhaustionIsPermissionNotRateLimit() {
        assertThat(map(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
                + "\"code\":\"insufficient_quota\"}}")).isInstanceOf(PermissionDeniedException.class);
        assertThat(map(402, "{\"error\":{\"message\":\"Insufficient Balance\",\"type\":\"unknown_error\"}}"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(map(429, "{\"error\":{\"code\":\"1113\",\"message\":\"余额不足\"}}")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void retryAfterIsReadFromMillisecondsSecondsOrADate() {
        assertThat(((RateLimitedException) map(429, "{}", "retry-after-ms", "1500", "Retry-After", "9")).retryAfter())
                .contains(Duration.ofMillis(1500));
        assertThat(((RateLimitedException) map(429, "{}", "Retry-After", "20")).retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(((RateLimitedException) map(429, "{}", "Retry-After", "Wed, 01 Jan 2025 00:00:30 GMT")).retryAfter())
                .contains(Duration.ofSeconds(30));
        assertThat(((RateLimitedException) map(429, "{}", "Retry-After", "soon")).retryAfter()).isEmpty();
        assertThat(((RateLimitedException) map(429, "{}")).retryAfter()).isEmpty();
    }

    @Test
    void htmlPagesEmptyBodiesAndOddBodiesAreDescribedWithoutTheirContent() {
        ModelException html = map(502, "<!DOCTYPE html><html><body>Bad Gateway secret-internal-host</body></html>");
        assertThat(html).isInstanceOf(ServerException.class);
        assertThat(html.getMessage()).contains("HTML error page").doesNotContain("secret-internal-host");
        assertThat(map(500, "").getMessage()).contains("(empty body)");
        assertThat(map(500, "upstream connect error").getMessage()).contains("not the documented error JSON");
    }

    @Test
    void vllmFlatErrorsAndAnthropicErrorsAreRead() {
        ModelException vllm = map(404, Fixtures.wire("vllm/error-404.json"));
        assertThat(vllm).isInstanceOf(InvalidRequestException.class);
        assertThat(vllm.errorCode()).contains("NotFoundError");
        assertThat(vllm.getMessage()).contains("does not exist");
        ModelException anthropic = map(404, Fixtures.wire("anthropic/error-404.json"));
        assertThat(anthropic.errorCode()).contains("not_found_error");
        assertThat(anthropic.requestId()).contains("req_011CSHoEeqs5C35K2UUqR7Fy");
    }

    @Test
    void errorsInsideAStreamAreTypedByTheirType() throws IOException {
        assertThat(ErrorMapper.fromErrorBody(Json.parse(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"), "r", CTX))
                .isInstanceOf(ServerException.class);
        assertThat(ErrorMapper.fromErrorBody(Json.parse(
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow\"}}"), null, CTX))
                .isInstanceOf(RateLimitedException.class);
        assertThat(ErrorMapper.fromErrorBody(Json.parse("{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"x\"}}"), null, CTX))
                .isInstanceOf(AuthenticationException.class);
        assertThat(ErrorMapper.fromErrorBody(Json.parse("{\"error\":\"something broke\"}"), null, CTX).getMessage())
                .contains("something broke");
        assertThat(ErrorMapper.fromErrorBody(Json.parse("{\"error\":{\"message\":\"?\"}}"), null, CTX).httpStatus()).isEmpty();
    }

    @Test
    void ioFailuresMapToTimeoutNetworkOrCancelled() {
        assertThat(ErrorMapper.fromIo(new SocketTimeoutException("Read timed out"), false, CTX))
                .isInstanceOf(ModelTimeoutException.class);
        assertThat(ErrorMapper.fromIo(new InterruptedIOException("timeout"), false, CTX))
                .isInstanceOf(ModelTimeoutException.class).hasMessageContaining("whole-call deadline");
        assertThat(ErrorMapper.fromIo(new java.net.SocketException("Connection reset"), false, CTX))
                .isInstanceOf(NetworkException.class).hasMessageContaining("Connection reset");
        assertThat(ErrorMapper.fromIo(new IOException("Canceled"), true, CTX)).isInstanceOf(CancelledException.class);
        assertThat(ErrorMapper.malformed("bad", CTX, "r", null)).isInstanceOf(MalformedResponseException.class);
    }
}
