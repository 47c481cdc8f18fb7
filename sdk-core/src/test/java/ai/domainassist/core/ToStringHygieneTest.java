package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.core.structured.ExtractionStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values that carry a conversation print its shape, never its text: a request, message,
 * answer or extraction that reaches a log line through {@code toString()} shows counts and
 * settings only, not the personal data in it.
 */
class ToStringHygieneTest {
    private static final String NAME = "王建国";
    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13812345678";

    private static void assertNoPersonalData(Object value) {
        assertThat(value.toString()).doesNotContain(NAME, ID, PHONE, "138", "1101");
    }

    @Test
    void aChatRequestPrintsItsShapeNotItsText() {
        ChatRequest request = ChatRequest.builder().model("m").system("患者" + NAME + "，身份证" + ID)
                .user("回电 " + PHONE)
                .addMessage(Message.assistant(null, List.of(new ToolCall("c1", "lookup", "{\"id\":\"" + ID + "\"}")), null))
                .addMessage(Message.toolResult("c1", "{\"phone\":\"" + PHONE + "\"}"))
                .addTool(new ToolSpec("lookup", "for " + NAME, "{\"description\":\"" + ID + "\"}"))
                .stop(List.of(NAME)).privateTerm(NAME).temperature(0.0).task("claims.extract")
                .extraParameter("note", PHONE).build();

        String text = request.toString();

        assertNoPersonalData(request);
        assertThat(text).contains("model=m", "messages=4", "tools=[lookup]", "temperature=0.0", "task=claims.extract",
                "privateTerms=1");
        for (Message m : request.messages()) {
            assertNoPersonalData(m);
        }
        assertNoPersonalData(new ContentPart.Text(NAME));
        assertNoPersonalData(request.messages().get(2).toolCalls().get(0));
    }

    @Test
    void anAnswerAnExtractionAndStreamEventsPrintNoText() {
        ChatResponse answer = new ChatResponse("r1", "m", "p", "已为" + NAME + "登记，回电" + PHONE, "想到" + ID,
                List.of(new ToolCall("c1", "save", "{\"id\":\"" + ID + "\"}")), FinishReason.STOP, Usage.ZERO,
                Duration.ofMillis(5), "req-1");
        record Person(String name, String id) {
        }
        Extraction<Person> extraction = new Extraction<>(new Person(NAME, ID), "{\"name\":\"" + NAME + "\"}", 1,
                Usage.ZERO, ExtractionStrategy.JSON_SCHEMA, "p", false);

        assertNoPersonalData(answer);
        assertThat(answer.toString()).contains("id=r1", "provider=p", "finishReason=STOP", "requestId=req-1");
        assertNoPersonalData(extraction);
        assertThat(extraction.toString()).contains("Person", "attempts=1", "JSON_SCHEMA");
        assertNoPersonalData(new StreamEvent.TextDelta(NAME));
        assertNoPersonalData(new StreamEvent.ReasoningDelta(ID));
        assertNoPersonalData(new StreamEvent.ToolCallDelta(0, "c1", "save", PHONE));
        assertNoPersonalData(new StreamEvent.Completed(answer));
        assertNoPersonalData(new EmbeddingRequest(null, List.of(NAME, PHONE), null, Map.of()));
    }
}
