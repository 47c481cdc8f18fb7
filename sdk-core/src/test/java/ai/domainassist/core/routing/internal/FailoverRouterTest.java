package ai.domainassist.core.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.CircuitOpenException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverRouterTest {
    private final ScriptedProvider cloud = new ScriptedProvider("cloud");
    private final ScriptedProvider local = new ScriptedProvider("local");
    private final List<String> failovers = new ArrayList<>();
    private final FailoverRouter router = FailoverRouter.of(List.of(cloud, local),
            (from, to, e) -> failovers.add(from + "->" + to + ":" + e.getClass().getSimpleName()));

    @Test
    void theFirstProviderAnswersWhenHealthy() {
        cloud.thenAnswer("from cloud");
        assertThat(router.chat(ChatRequest.of("q")).provider()).isEqualTo("cloud");
        assertThat(local.chatCalls()).isZero();
    }

    @Test
    void movesOnWhenTheCircuitIsOpenAndTheAnswerNamesWhoAnswered() {
        cloud.thenFail(new CircuitOpenException("open", ErrorDetails.of("cloud", null)));
        local.thenAnswer("from local");

        var answer = router.chat(ChatRequest.of("q"));

        assertThat(answer.provider()).isEqualTo("local");
        assertThat(answer.content()).isEqualTo("from local");
        assertThat(failovers).containsExactly("cloud->local:CircuitOpenException");
    }

    @Test
    void movesOnAfterARetryableErrorExhaustedItsRetries() {
        cloud.thenFail(new ServerException("503", ErrorDetails.of("cloud", null).withResponse(503, null, null)));
        local.thenAnswer("ok");
        assertThat(router.chat(ChatRequest.of("q")).provider()).isEqualTo("local");
    }

    @Test
    void doesNotMoveOnForTheCallersErrors() {
        InvalidRequestException bad = new InvalidRequestException("400", ErrorDetails.of("cloud", null));
        cloud.thenFail(bad);
        assertThatThrownBy(() -> router.chat(ChatRequest.of("q"))).isSameAs(bad);
        assertThat(local.chatCalls()).isZero();
    }

    @Test
    void whenAllFailTheLastErrorIsThrownWithTheEarlierSuppressed() {
        ServerException first = new ServerException("503", ErrorDetails.of("cloud", null));
        NetworkException last = new NetworkException("refused", ErrorDetails.of("local", null));
        cloud.thenFail(first);
        local.thenFail(last);

        assertThatThrownBy(() -> router.chat(ChatRequest.of("q"))).isSameAs(last)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(first));
    }

    @Test
    void aStreamFailsOverOnlyBeforeItsFirstEvent() {
        cloud.thenStream(new StreamEvent.Failed(new NetworkException("refused", ErrorDetails.of("cloud", null))));
        local.thenStream(new StreamEvent.TextDelta("hi"), new StreamEvent.Completed(local.answer("hi")));
        RecordingHandler h = new RecordingHandler();

        var handle = router.stream(ChatRequest.of("q"), h);

        assertThat(h.text()).isEqualTo("hi");
        assertThat(((StreamEvent.Completed) h.last()).response().provider()).isEqualTo("local");
        assertThat(handle.completion().join().provider()).isEqualTo("local");

        NetworkException cut = new NetworkException("reset", ErrorDetails.of("cloud", null));
        cloud.thenStream(new StreamEvent.TextDelta("par"), new StreamEvent.Failed(cut));
        RecordingHandler h2 = new RecordingHandler();
        router.stream(ChatRequest.of("q"), h2);
        assertThat(h2.events()).containsExactly(new StreamEvent.TextDelta("par"), new StreamEvent.Failed(cut));
        assertThat(local.streamCalls()).isEqualTo(1);
    }

    @Test
    void capabilitiesAreWhatEveryProviderHas() {
        ProviderCapabilities noSchema = new ProviderCapabilities(false, true, true, true, true, true, false);
        FailoverRouter r = FailoverRouter.of(List.of(new ScriptedProvider("a"), new ScriptedProvider("b", noSchema)));
        assertThat(r.capabilities()).isEqualTo(noSchema);
        assertThat(r.name()).isEqualTo("a>b");
        assertThatThrownBy(() -> FailoverRouter.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embeddingsFailOverToo() {
        cloud.thenFailEmbed(new ServerException("503", ErrorDetails.of("cloud", null)));
        var r = router.embed(ai.domainassist.core.chat.EmbeddingRequest.of(List.of("a")));
        assertThat(r.provider()).isEqualTo("local");
    }
}
