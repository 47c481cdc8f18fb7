package ai.domainassist.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import ai.domainassist.core.observe.internal.Listeners;
import ai.domainassist.core.observe.internal.ObservingProvider;
import org.junit.jupiter.api.Test;

class ObservingProviderTest {
    private final List<ModelCallEvent> seen = new CopyOnWriteArrayList<>();
    private final ModelCallListener recording = new ModelCallListener() {
        @Override
        public void onEvent(ModelCallEvent event) {
            seen.add(event);
        }
    };
    private final ModelCallListener throwing = event -> {
        if (event.kind() == ModelCallEvent.Kind.ATTEMPT_STARTED) {
            throw new IllegalStateException("listener bug");
        }
    };
    private final ScriptedProvider provider = new ScriptedProvider("deepseek");
    private final ObservingProvider observed = ObservingProvider.wrap(provider,
            new Listeners(List.of(throwing, recording)));

    @Test
    void reportsRequestAndResponseWithGenAiAttributes() {
        provider.thenAnswer("ok");
        observed.chat(ChatRequest.builder().user("秘密内容").model("deepseek-chat").temperature(0.2).task("t").build());

        assertThat(seen).extracting(ModelCallEvent::kind)
                .containsExactly(ModelCallEvent.Kind.ATTEMPT_STARTED, ModelCallEvent.Kind.ATTEMPT_SUCCEEDED);
        var response = seen.get(1).attributes();
        assertThat(response).containsEntry(GenAiAttributes.OPERATION_NAME, "chat")
                .containsEntry(GenAiAttributes.PROVIDER_NAME, "deepseek")
                .containsEntry(GenAiAttributes.REQUEST_MODEL, "deepseek-chat")
                .containsEntry(GenAiAttributes.REQUEST_TEMPERATURE, 0.2)
                .containsEntry(GenAiAttributes.USAGE_INPUT_TOKENS, 10L)
                .containsEntry(GenAiAttributes.USAGE_OUTPUT_TOKENS, 5L)
                .containsEntry(GenAiAttributes.RESPONSE_FINISH_REASONS, List.of("stop"))
                .containsEntry(GenAiAttributes.TASK, "t");
        assertThat(response.toString()).doesNotContain("秘密内容");
    }

    @Test
    void reportsErrorsWithTheirTypeAndStatusAndRethrows() {
        provider.thenFail(new RateLimitedException("429", ErrorDetails.of("deepseek", null).withResponse(429, null, null),
                null, null));
        assertThatThrownBy(() -> observed.chat(ChatRequest.of("x"))).isInstanceOf(RateLimitedException.class);
        assertThat(seen.get(1).kind()).isEqualTo(ModelCallEvent.Kind.ATTEMPT_FAILED);
        assertThat(seen.get(1).attributes()).containsEntry(GenAiAttributes.ERROR_TYPE, "RateLimitedException")
                .containsEntry(GenAiAttributes.HTTP_STATUS, 429);
    }

    @Test
    void reportsStreamEvents() {
        provider.thenStream(new StreamEvent.TextDelta("a"), new StreamEvent.Completed(provider.answer("a")));
        observed.stream(ChatRequest.of("x"), new RecordingHandler());
        assertThat(seen).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_STARTED,
                ModelCallEvent.Kind.STREAM_CHUNK, ModelCallEvent.Kind.ATTEMPT_SUCCEEDED);
        assertThat(seen.get(1).attributes().get(GenAiAttributes.STREAM_EVENT)).isEqualTo("text");
    }

    @Test
    void buildsAndDeliversOnlyTheEventTypesSomeListenerWants() {
        List<ModelCallEvent> errorsOnly = new CopyOnWriteArrayList<>();
        ModelCallListener errorListener = new ModelCallListener() {
            @Override
            public boolean wants(ModelCallEvent.Kind type) {
                return type == ModelCallEvent.Kind.ATTEMPT_FAILED;
            }

            @Override
            public void onEvent(ModelCallEvent event) {
                errorsOnly.add(event);
            }
        };
        Listeners events = new Listeners(List.of(errorListener, recording));
        assertThat(events.wants(ModelCallEvent.Kind.STREAM_CHUNK)).isTrue();
        ObservingProvider both = ObservingProvider.wrap(provider, events);
        provider.thenAnswer("ok");
        both.chat(ChatRequest.of("x"));
        provider.thenFail(new RateLimitedException("429", ErrorDetails.of("deepseek", null).withResponse(429, null, null),
                null, null));
        assertThatThrownBy(() -> both.chat(ChatRequest.of("y"))).isInstanceOf(RateLimitedException.class);

        assertThat(errorsOnly).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_FAILED);
        assertThat(errorsOnly.get(0).attributes()).containsEntry(GenAiAttributes.OPERATION_NAME, "chat")
                .containsEntry(GenAiAttributes.PROVIDER_NAME, "deepseek")
                .containsEntry(GenAiAttributes.HTTP_STATUS, 429);
        assertThat(seen).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_STARTED,
                ModelCallEvent.Kind.ATTEMPT_SUCCEEDED, ModelCallEvent.Kind.ATTEMPT_STARTED, ModelCallEvent.Kind.ATTEMPT_FAILED);
    }

    @Test
    void aResponseEventCarriesTheRequestAttributesWhenNoListenerWantedTheRequest() {
        ModelCallListener noRequests = recordingAllBut(ModelCallEvent.Kind.ATTEMPT_STARTED);
        ObservingProvider o = ObservingProvider.wrap(provider, new Listeners(List.of(noRequests)));
        provider.thenAnswer("ok");
        o.chat(ChatRequest.builder().user("x").model("deepseek-chat").task("t").build());
        provider.thenStream(new StreamEvent.TextDelta("a"), new StreamEvent.Completed(provider.answer("a")));
        o.stream(ChatRequest.builder().user("x").model("deepseek-chat").build(), new RecordingHandler());

        assertThat(seen).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_SUCCEEDED,
                ModelCallEvent.Kind.STREAM_CHUNK, ModelCallEvent.Kind.ATTEMPT_SUCCEEDED);
        assertThat(seen.get(0).attributes()).containsEntry(GenAiAttributes.REQUEST_MODEL, "deepseek-chat")
                .containsEntry(GenAiAttributes.TASK, "t").containsEntry(GenAiAttributes.USAGE_INPUT_TOKENS, 10L);
    }

    @Test
    void noStreamEventIsBuiltWhenNoListenerWantsThem() {
        ModelCallListener noChunks = recordingAllBut(ModelCallEvent.Kind.STREAM_CHUNK);
        ObservingProvider o = ObservingProvider.wrap(provider, new Listeners(List.of(noChunks)));
        provider.thenStream(new StreamEvent.TextDelta("a"), new StreamEvent.TextDelta("b"),
                new StreamEvent.Completed(provider.answer("ab")));
        RecordingHandler handler = new RecordingHandler();
        o.stream(ChatRequest.of("x"), handler);

        assertThat(seen).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_STARTED,
                ModelCallEvent.Kind.ATTEMPT_SUCCEEDED);
        assertThat(handler.events()).hasSize(3);
    }

    @Test
    void aListenerWhoseWantsThrowsStillGetsTheEvent() {
        ModelCallListener broken = new ModelCallListener() {
            @Override
            public boolean wants(ModelCallEvent.Kind type) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onEvent(ModelCallEvent event) {
                seen.add(event);
            }
        };
        ObservingProvider o = ObservingProvider.wrap(provider, new Listeners(List.of(broken)));
        provider.thenAnswer("ok");
        o.chat(ChatRequest.of("x"));
        assertThat(seen).extracting(ModelCallEvent::kind).containsExactly(ModelCallEvent.Kind.ATTEMPT_STARTED,
                ModelCallEvent.Kind.ATTEMPT_SUCCEEDED);
    }

    @Test
    void retryAndFailoverEventsCarryTheirDetails() {
        ModelCallEvent retry = new ModelCallEvent.RetryScheduled("a", 2,
                new RateLimitedException("x", ErrorDetails.UNKNOWN, null, null), java.time.Duration.ofMillis(250));
        assertThat(retry.attributes()).containsEntry(GenAiAttributes.RETRY_ATTEMPT, 2)
                .containsEntry(GenAiAttributes.RETRY_DELAY_MS, 250L);
        ModelCallEvent failover = new ModelCallEvent.FailedOver("a", "b",
                new RateLimitedException("x", ErrorDetails.UNKNOWN, null, null));
        assertThat(failover.attributes()).containsEntry(GenAiAttributes.FAILOVER_TO, "b");
    }

    @Test
    void httpLoggingMasksCredentialHeadersByName() {
        Headers h = Headers.of("Authorization", "Bearer sk-secret", "api-key", "azure-secret", "x-api-key", "ant-secret",
                "Content-Type", "application/json");
        String text = HttpLogging.defaults().headers(h);
        assertThat(text).doesNotContain("sk-secret", "azure-secret", "ant-secret").contains("application/json");
        String custom = HttpLogging.of(java.util.Set.of("X-Dashscope-Token"), false,
                org.slf4j.LoggerFactory.getLogger("t")).headers(Headers.of("x-dashscope-token", "ds-secret"));
        assertThat(custom).doesNotContain("ds-secret");
    }

    /** A listener that records every event but those of one type, which it says it does not want. */
    private ModelCallListener recordingAllBut(ModelCallEvent.Kind unwanted) {
        return new ModelCallListener() {
            @Override
            public boolean wants(ModelCallEvent.Kind type) {
                return type != unwanted;
            }

            @Override
            public void onEvent(ModelCallEvent event) {
                seen.add(event);
            }
        };
    }
}
