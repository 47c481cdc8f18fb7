package ai.domainassist.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.resilience.ProviderStatus;
import ai.domainassist.core.resilience.RetryPolicy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ai.domainassist.core.observe.internal.Listeners;
import ai.domainassist.core.observe.internal.ObservingProvider;
import org.junit.jupiter.api.Test;

/**
 * The call-level events: one CALL_START and one CALL_RESPONSE or CALL_ERROR per logical call, the
 * attempts in between carrying the call's id and their number; helper task events; and the
 * providers' status the health check reads.
 */
class CallEventsTest {
    private final List<ModelCallEvent> seen = new CopyOnWriteArrayList<>();
    private final ModelCallListener recording = new ModelCallListener() {
        @Override
        public void onEvent(ModelCallEvent event) {
            seen.add(event);
        }
    };

    private static ServerException down(String p) {
        return new ServerException("503", ErrorDetails.of(p, null).withResponse(503, null, "rid-" + p));
    }

    private ModelClient client(ScriptedProvider... providers) {
        var b = ModelClient.builder().logging(false).listener(recording)
                .retry(RetryPolicy.builder().maxAttempts(2).sleeper(d -> { }).build());
        for (ScriptedProvider p : providers) {
            b.provider(p);
        }
        return b.build();
    }

    private List<ModelCallEvent.Kind> types() {
        return seen.stream().map(ModelCallEvent::kind).toList();
    }

    @Test
    void aRetriedAndFailedOverCallIsOneCallWithThreeNumberedAttemptsUnderIt() {
        ScriptedProvider a = new ScriptedProvider("a").thenFail(down("a")).thenFail(down("a"));
        ScriptedProvider b = new ScriptedProvider("b").thenAnswer("from b");
        try (ModelClient client = client(a, b)) {
            client.chat(ChatRequest.builder().user("问").model("m").task("medical.x").build());
        }
        assertThat(types()).containsExactly(ModelCallEvent.Kind.CALL_STARTED,
                ModelCallEvent.Kind.ATTEMPT_STARTED, ModelCallEvent.Kind.ATTEMPT_FAILED, ModelCallEvent.Kind.RETRY_SCHEDULED,
                ModelCallEvent.Kind.ATTEMPT_STARTED, ModelCallEvent.Kind.ATTEMPT_FAILED, ModelCallEvent.Kind.FAILED_OVER,
                ModelCallEvent.Kind.ATTEMPT_STARTED, ModelCallEvent.Kind.ATTEMPT_SUCCEEDED, ModelCallEvent.Kind.CALL_SUCCEEDED);
        Object callId = seen.get(0).attributes().get(GenAiAttributes.CALL_ID);
        assertThat(callId).isInstanceOf(Long.class);
        assertThat(seen.stream().filter(e -> e.kind() == ModelCallEvent.Kind.ATTEMPT_STARTED)
                .map(e -> e.attributes().get(GenAiAttributes.ATTEMPT))).containsExactly(1, 2, 3);
        assertThat(seen.stream().filter(e -> e.attributes().containsKey(GenAiAttributes.ATTEMPT))
                .map(e -> e.attributes().get(GenAiAttributes.CALL_ID))).allMatch(callId::equals);
        ModelCallEvent end = seen.get(seen.size() - 1);
        assertThat(end.attributes()).containsEntry(GenAiAttributes.PROVIDER_NAME, "b")
                .containsEntry(GenAiAttributes.CALL_ATTEMPTS, 3).containsEntry(GenAiAttributes.TASK, "medical.x")
                .containsEntry(GenAiAttributes.RESPONSE_FINISH_REASONS, List.of("stop"))
                .containsKey(GenAiAttributes.DURATION_NS);
        assertThat(seen.get(2).attributes()).containsEntry(GenAiAttributes.PROVIDER_REQUEST_ID, "rid-a");
    }

    @Test
    void aFailedCallEndsWithOneCallErrorCarryingTheCallersErrorAndTheLastProvider() {
        ScriptedProvider a = new ScriptedProvider("a").thenFail(down("a")).thenFail(down("a"));
        try (ModelClient client = client(a)) {
            assertThatThrownBy(() -> client.chat(ChatRequest.of("问"))).isInstanceOf(ServerException.class);
            assertThat(types()).filteredOn(t -> t.name().startsWith("CALL_"))
                    .containsExactly(ModelCallEvent.Kind.CALL_STARTED, ModelCallEvent.Kind.CALL_FAILED);
            ModelCallEvent end = seen.get(seen.size() - 1);
            assertThat(((ModelCallEvent.CallFailed) end).error()).isInstanceOf(ServerException.class);
            assertThat(end.attributes()).containsEntry(GenAiAttributes.ERROR_TYPE, "ServerException")
                    .containsEntry(GenAiAttributes.CALL_ATTEMPTS, 2).containsEntry(GenAiAttributes.PROVIDER_NAME, "a")
                    .containsEntry(GenAiAttributes.PROVIDER_REQUEST_ID, "rid-a");

            ProviderStatus status = client.providerStatus().get(0);
            assertThat(status.provider()).isEqualTo("a");
            assertThat(status.circuit()).isEqualTo(ProviderStatus.Circuit.CLOSED);
            assertThat(status.lastOutcome()).isEqualTo(ProviderStatus.Outcome.FAILURE);
            assertThat(status.lastError()).contains("ServerException");
        }
    }

    @Test
    void aStreamedCallReportsTheTimeToItsFirstChunk() {
        ScriptedProvider a = new ScriptedProvider("a");
        a.thenStream(new StreamEvent.TextDelta("你"), new StreamEvent.TextDelta("好"),
                new StreamEvent.Completed(a.answer("你好")));
        try (ModelClient client = client(a)) {
            RecordingHandler handler = new RecordingHandler();
            client.stream(ChatRequest.of("问"), handler);
            assertThat(handler.events()).hasSize(3);
        }
        ModelCallEvent end = seen.get(seen.size() - 1);
        assertThat(end.kind()).isEqualTo(ModelCallEvent.Kind.CALL_SUCCEEDED);
        assertThat(end.attributes()).containsEntry(GenAiAttributes.STREAMING, true)
                .containsKey(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS);
        long ttfc = (Long) end.attributes().get(GenAiAttributes.TIME_TO_FIRST_CHUNK_NS);
        assertThat(ttfc).isPositive().isLessThanOrEqualTo((Long) end.attributes().get(GenAiAttributes.DURATION_NS));
    }

    @Test
    void theSameRequestObjectInTwoCallsGetsTwoCallIdsAndNoCallStaysRegistered() {
        Listeners events = new Listeners(List.of(recording));
        ScriptedProvider a = new ScriptedProvider("a").thenAnswer("x").thenAnswer("y");
        ChatRequest shared = ChatRequest.of("问");
        // the outer call runs the inner one with the same request object while it is in flight
        var inner = ObservingProvider.observeCalls(ObservingProvider.wrap(a, events), events);
        var outer = ObservingProvider.observeCalls(new ScriptedProvider("outer").otherwise(r -> inner.chat(shared)),
                events);
        outer.chat(shared);
        assertThat(seen.stream().filter(e -> e.kind() == ModelCallEvent.Kind.CALL_STARTED)
                .map(e -> e.attributes().get(GenAiAttributes.CALL_ID)).distinct()).hasSize(2);
        assertThat(events.callsInFlight()).isZero();
    }

    @Test
    void aTaskPublishesItsStartAndItsModeAndFlagsOrItsError() {
        TaskEvents events = TaskEvents.of(List.of(recording));
        TaskEvents.Task task = events.start("medical.structure");
        Result<String> r = new Result<>("record", List.of(ReviewFlag.of(ReviewFlag.Kind.MISSING, "f", "缺"),
                ReviewFlag.of(ReviewFlag.Kind.MISSING, "g", "缺"), ReviewFlag.of(ReviewFlag.Kind.DEGRADED, "", "降级")),
                Mode.DEGRADED, Usage.ZERO, null);
        assertThat(task.end(r)).isSameAs(r);
        task.end(r); // a second end is ignored
        events.start("claims.assess").fail(new IllegalArgumentException("bad"));

        assertThat(types()).containsExactly(ModelCallEvent.Kind.TASK_STARTED, ModelCallEvent.Kind.TASK_ENDED,
                ModelCallEvent.Kind.TASK_STARTED, ModelCallEvent.Kind.TASK_ENDED);
        assertThat(seen.get(1).attributes()).containsEntry(GenAiAttributes.TASK, "medical.structure")
                .containsEntry(GenAiAttributes.TASK_MODE, "degraded").containsEntry(GenAiAttributes.TASK_FLAGS, 3)
                .containsEntry(GenAiAttributes.TASK_FLAG_KINDS, List.of("missing", "missing", "degraded"))
                .containsEntry(GenAiAttributes.TASK_ID, seen.get(0).attributes().get(GenAiAttributes.TASK_ID));
        assertThat(seen.get(3).attributes()).containsEntry(GenAiAttributes.ERROR_TYPE, "IllegalArgumentException");
    }

    @Test
    void tasksCostNothingWithoutListeners() {
        assertThat(TaskEvents.NONE.start("gov.check")).isSameAs(TaskEvents.NONE.start("gov.ask"));
    }
}
