package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void theSameOriginalGetsTheSamePlaceholderAcrossMessages() {
        Redaction r = Redactor.defaults().newRedaction(List.of("张三"));
        ChatRequest req = ChatRequest.builder().system("客户张三").user("张三的电话13812345678；再说一次13812345678")
                .privateTerm("张三").build();

        ChatRequest out = r.redact(req);

        assertThat(out.messages().get(0).text()).isEqualTo("客户[PRIVATE_1]");
        assertThat(out.messages().get(1).text()).isEqualTo("[PRIVATE_1]的电话[PHONE_1]；再说一次[PHONE_1]");
        assertThat(out.options().privateTerms()).isEmpty();
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.toString()).doesNotContain("张三").doesNotContain("138");
    }

    @Test
    void redactsToolCallArgumentsAndToolResultsToo() {
        Redaction r = Redactor.defaults().newRedaction(List.of());
        ChatRequest req = ChatRequest.builder().user("查")
                .addMessage(Message.assistant(null, List.of(new ToolCall("c1", "lookup", "{\"phone\":\"13812345678\"}")), null))
                .addMessage(Message.toolResult("c1", "{\"email\":\"a@b.cn\"}")).build();

        ChatRequest out = r.redact(req);

        assertThat(out.messages().get(1).toolCalls().get(0).arguments()).isEqualTo("{\"phone\":\"[PHONE_1]\"}");
        assertThat(out.messages().get(2).text()).isEqualTo("{\"email\":\"[EMAIL_1]\"}");
    }

    @Test
    void restoresTextAndJsonAndToleratesOtherBracketShapes() throws Exception {
        Redaction r = Redactor.defaults().newRedaction(List.of("王\"小\"明"));
        r.redact("王\"小\"明 13812345678");
        assertThat(r.restore("请致电[PHONE_1]或【PHONE_1】或［PHONE_1］，[PHONE_9]不认识"))
                .isEqualTo("请致电13812345678或13812345678或13812345678，[PHONE_9]不认识");

        String json = r.restoreJson("{\"name\":\"[PRIVATE_1]\",\"phone\":\"[PHONE_1]\"}");
        var node = new ObjectMapper().readTree(json);
        assertThat(node.get("name").asText()).isEqualTo("王\"小\"明");
        assertThat(node.get("phone").asText()).isEqualTo("13812345678");
    }

    @Test
    void restoresAnAnswersContentReasoningAndToolArguments() {
        Redaction r = Redactor.defaults().newRedaction(List.of());
        r.redact("13812345678");
        ChatResponse answer = new ChatResponse("i", "m", "p", "{\"p\":\"[PHONE_1]\"}", "想到[PHONE_1]",
                List.of(new ToolCall("c", "call", "{\"to\":\"[PHONE_1]\"}")), FinishReason.STOP, Usage.ZERO,
                Duration.ZERO, null);

        ChatResponse back = r.restore(answer, ResponseFormat.JSON_OBJECT);

        assertThat(back.content()).isEqualTo("{\"p\":\"13812345678\"}");
        assertThat(back.reasoningContent()).isEqualTo("想到13812345678");
        assertThat(back.toolCalls().get(0).arguments()).isEqualTo("{\"to\":\"13812345678\"}");
    }
}
