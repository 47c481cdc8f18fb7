package ai.domainassist.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.privacy.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactingProviderTest {
    private final ScriptedProvider provider = new ScriptedProvider("p");
    private final RedactingProvider redacting = RedactingProvider.wrap(provider, Redactor.defaults());
    private final ChatRequest request = ChatRequest.builder()
            .user("我是李雷，电话13812345678，身份证11010519491231002X，请复述").privateTerm("李雷").build();

    @Test
    void theProviderSeesOnlyPlaceholdersAndTheCallerSeesOriginals() {
        provider.thenAnswer("好的[PRIVATE_1]，电话[PHONE_1]，证件[ID_CARD_1]");

        ChatResponse answer = redacting.chat(request);

        String sent = provider.chatRequests().get(0).messages().get(0).text();
        assertThat(sent).doesNotContain("李雷", "13812345678", "11010519491231002X");
        assertThat(provider.chatRequests().get(0).options().privateTerms()).isEmpty();
        assertThat(answer.content()).isEqualTo("好的李雷，电话13812345678，证件11010519491231002X");
    }

    @Test
    void toolCallArgumentsAreRestored() {
        provider.thenRespond(ScriptedProvider.toolAnswer("p", new ToolCall("c", "dial", "{\"number\":\"[PHONE_1]\"}")));
        assertThat(redacting.chat(request).toolCalls().get(0).arguments()).isEqualTo("{\"number\":\"13812345678\"}");
    }

    @Test
    void streamDeltasAreRestoredAlsoWhenAPlaceholderIsSplit() {
        ChatResponse whole = provider.answer("您好[PRIVATE_1]，回拨[PHONE_1]");
        provider.thenStream(new StreamEvent.TextDelta("您好[PRI"), new StreamEvent.TextDelta("VATE_1]，回拨[PH"),
                new StreamEvent.TextDelta("ONE_1"), new StreamEvent.ToolCallDelta(0, "c", "dial", "{\"n\":\"[PHO"),
                new StreamEvent.ToolCallDelta(0, null, null, "NE_1]\"}"), new StreamEvent.TextDelta("]"),
                new StreamEvent.Completed(whole));
        RecordingHandler h = new RecordingHandler();

        var handle = redacting.stream(request, h);

        assertThat(h.text()).isEqualTo("您好李雷，回拨13812345678");
        assertThat(handle.completion().join().content()).isEqualTo("您好李雷，回拨13812345678");
        String args = h.events().stream().filter(StreamEvent.ToolCallDelta.class::isInstance)
                .map(e -> ((StreamEvent.ToolCallDelta) e).argumentsDelta()).reduce("", String::concat);
        assertThat(args).isEqualTo("{\"n\":\"13812345678\"}");
        assertThat(((StreamEvent.Completed) h.last()).response().content()).isEqualTo("您好李雷，回拨13812345678");
        assertThat(h.terminalCount()).isEqualTo(1);
    }

    @Test
    void heldBackTextIsReleasedBeforeAFailure() {
        provider.thenStream(new StreamEvent.TextDelta("号码 [PHONE"), new StreamEvent.Failed(
                new ai.domainassist.core.NetworkException("cut", ai.domainassist.core.ErrorDetails.UNKNOWN)));
        RecordingHandler h = new RecordingHandler();
        redacting.stream(request, h);
        assertThat(h.text()).isEqualTo("号码 [PHONE");
        assertThat(h.last()).isInstanceOf(StreamEvent.Failed.class);
    }

    @Test
    void embeddingInputsAreRedactedUnlessTurnedOff() {
        redacting.embed(EmbeddingRequest.of(List.of("联系13812345678")));
        assertThat(provider.embedRequests().get(0).inputs()).containsExactly("联系[PHONE_1]");

        RedactingProvider plain = RedactingProvider.wrap(provider, Redactor.defaults(), false);
        plain.embed(EmbeddingRequest.of(List.of("联系13812345678")));
        assertThat(provider.embedRequests().get(1).inputs()).containsExactly("联系13812345678");
    }
}
