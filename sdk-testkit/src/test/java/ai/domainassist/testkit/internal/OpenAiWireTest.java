package ai.domainassist.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> events(String sse) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String event : sse.split("\n\n")) {
            String data = event.substring("data: ".length());
            if (!data.equals("[DONE]")) {
                out.add(JSON.readTree(data));
            }
        }
        return out;
    }

    @Test
    void contentIsEscapedByJackson() throws Exception {
        String tricky = "引号\"、反斜杠\\、换行\n和</script>";
        JsonNode c = JSON.readTree(OpenAiWire.completion("id", "m", tricky, List.of(), "stop", Usage.of(1, 2)));
        assertThat(c.path("choices").get(0).path("message").path("content").asText()).isEqualTo(tricky);
        assertThat(c.path("created").asLong()).isEqualTo(OpenAiWire.CREATED);
        assertThat(c.path("usage").path("prompt_tokens_details").path("cached_tokens").asLong()).isZero();
    }

    @Test
    void aStreamedToolCallIntroducesTheCallThenSplitsItsArguments() throws Exception {
        String sse = OpenAiWire.stream("id", "m", List.of(), List.of(new ToolCall("c1", "f", "{\"a\":1}")),
                "tool_calls", null);
        List<JsonNode> e = events(sse);
        assertThat(sse).endsWith("data: [DONE]\n\n");
        assertThat(e).hasSize(5); // role, intro, two argument pieces, finish
        JsonNode intro = e.get(1).path("choices").get(0).path("delta").path("tool_calls").get(0);
        assertThat(intro.path("id").asText()).isEqualTo("c1");
        assertThat(intro.path("function").path("name").asText()).isEqualTo("f");
        String args = e.get(2).path("choices").get(0).path("delta").path("tool_calls").get(0).path("function")
                .path("arguments").asText() + e.get(3).path("choices").get(0).path("delta").path("tool_calls").get(0)
                .path("function").path("arguments").asText();
        assertThat(args).isEqualTo("{\"a\":1}");
        assertThat(e.get(4).path("choices").get(0).path("finish_reason").asText()).isEqualTo("tool_calls");
    }

    @Test
    void emptyToolArgumentsSendOnlyTheIntroduction() throws Exception {
        List<JsonNode> e = events(OpenAiWire.stream("id", "m", List.of(), List.of(new ToolCall("c", "f", "")),
                "tool_calls", Usage.of(1, 1)));
        assertThat(e).hasSize(4); // role, intro, finish, usage
        assertThat(e.get(3).path("usage").path("total_tokens").asInt()).isEqualTo(2);
    }

    @Test
    void embeddingsAndErrorsHaveOpenAisShape() throws Exception {
        JsonNode emb = JSON.readTree(OpenAiWire.embeddings("e", List.of(new float[] {1f, 2f}), 3));
        assertThat(emb.path("data").get(0).path("embedding").get(1).floatValue()).isEqualTo(2f);
        assertThat(emb.path("usage").path("prompt_tokens").asInt()).isEqualTo(3);
        JsonNode err = JSON.readTree(OpenAiWire.error("m", null, "c"));
        assertThat(err.path("error").path("type").isNull()).isTrue();
        assertThat(err.path("error").path("code").asText()).isEqualTo("c");
        assertThat(err.path("error").has("param")).isTrue();
    }
}
