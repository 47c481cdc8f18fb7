package ai.domainassist.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The recordings are what they say they are. */
class RecordingTest {

    @ParameterizedTest
    @EnumSource(Recording.class)
    void everyRecordingLoadsAndItsBodyIsWellFormed(Recording r) throws Exception {
        assertThat(r.status()).isBetween(200, 599);
        String type = r.headers().get("Content-Type");
        assertThat(type).isNotNull();
        if (type.startsWith("text/event-stream")) {
            assertThat(Sse.chunks(r.body())).isNotEmpty();
        } else {
            JsonNode json = Sse.JSON.readTree(r.body());
            if (r.status() >= 400) {
                assertThat(json.path("error").path("message").asText()).as(r.name()).isNotBlank();
            }
        }
    }

    @Test
    void theRecordedStreamHasItsUsageChunkAndTerminator() throws Exception {
        List<String> data = Sse.data(Recording.CHAT_STREAM.body());
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        List<JsonNode> chunks = Sse.chunks(Recording.CHAT_STREAM.body());
        JsonNode usageChunk = chunks.get(chunks.size() - 1);
        assertThat(usageChunk.path("choices")).isEmpty();
        assertThat(usageChunk.path("usage").path("total_tokens").asInt()).isEqualTo(68);
        assertThat(Sse.content(chunks)).isEqualTo("Hello! I'm a tiny test model.");
        assertThat(Sse.content(Sse.chunks(Recording.CHAT_STREAM.body())))
                .isEqualTo(Sse.JSON.readTree(Recording.CHAT.body()).path("choices").get(0).path("message")
                        .path("content").asText());
    }

    @Test
    void theStreamedToolCallsArgumentsAssembleToJson() throws Exception {
        List<JsonNode> chunks = Sse.chunks(Recording.CHAT_STREAM_TOOL_CALL.body());
        assertThat(chunks.size()).isGreaterThan(10);
        assertThat(Sse.JSON.readTree(Sse.toolArguments(chunks, 0))).isEqualTo(Sse.JSON.readTree("{\"name\":\"test\",\"days\":42}"));
    }

    @Test
    void theReasoningStreamHasKeepAliveCommentsAndReasoningBeforeContent() throws Exception {
        String body = Recording.CHAT_STREAM_REASONING.body();
        assertThat(body).startsWith(": keep-alive\n");
        List<JsonNode> chunks = Sse.chunks(body);
        assertThat(chunks.get(1).path("choices").get(0).path("delta").path("reasoning_content").asText())
                .isEqualTo("患者咳嗽三天，");
        assertThat(Sse.content(chunks)).isEqualTo("咳嗽伴发热3天");
    }

    @Test
    void theBrokenStreamsLackTheirTerminator() {
        assertThat(Sse.data(Recording.CHAT_STREAM_NO_DONE.body())).doesNotContain("[DONE]");
        assertThat(Sse.data(Recording.CHAT_STREAM_ERROR_EVENT.body())).doesNotContain("[DONE]")
                .last().asString().startsWith("{\"error\"");
        assertThat(Recording.CHAT_STREAM_DISCONNECTED.disconnects()).isTrue();
        assertThat(Recording.CHAT_STREAM_DISCONNECTED.fileName()).isEqualTo(Recording.CHAT_STREAM.fileName());
    }

    @Test
    void theRateLimitSaysHowLongToWait() {
        assertThat(Recording.ERROR_RATE_LIMIT.status()).isEqualTo(429);
        assertThat(Recording.ERROR_RATE_LIMIT.headers()).containsEntry("retry-after", "2")
                .containsKey("x-request-id");
    }

    @Test
    void theEmbeddingsAreTwoVectorsOf384() throws Exception {
        JsonNode data = Sse.JSON.readTree(Recording.EMBEDDINGS.body()).path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).path("embedding")).hasSize(384);
    }
}
