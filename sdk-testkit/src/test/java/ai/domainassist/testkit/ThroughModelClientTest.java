package ai.domainassist.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.AuthenticationException;
import ai.domainassist.core.ContentFilteredException;
import ai.domainassist.core.ContextLengthExceededException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.provider.Providers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Both fakes under the SDK's real client, as an application's tests use them: the scripted
 * provider under the real pipeline, and the fake server behind the real OpenAI-compatible adapter.
 */
class ThroughModelClientTest {

    /** Collects a stream's events through the client. */
    private static List<StreamEvent> stream(ModelClient client, ChatRequest request) throws Exception {
        List<StreamEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamHandle h = client.stream(request, e -> {
            events.add(e);
            if (e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed) {
                done.complete(null);
            }
        });
        done.get(10, TimeUnit.SECONDS);
        h.completion().handle((r, t) -> null).get(10, TimeUnit.SECONDS);
        return events;
    }

    private static StreamEvent last(List<StreamEvent> events) {
        return events.get(events.size() - 1);
    }

    @Nested
    class ScriptedProviderUnderThePipeline {
        private final ScriptedModelProvider fake = new ScriptedModelProvider("fake", ProviderCapabilities.ALL);
        // retry off: these tests pin that a scripted failure reaches the caller typed (retries are sdk-core's tests)
        private final ModelClient client = ModelClient.builder().provider(fake).retry(null).build();

        @AfterEach
        void close() {
            client.close();
        }

        @Test
        void chatStreamAndEmbedAnswerFromTheScript() throws Exception {
            fake.on(ChatRequestMatchers.userTextContains("主诉"), Answer.text("{\"chiefComplaint\":\"咳嗽3天\"}"))
                    .enqueue(Answer.stream("急性", "支气管炎").withUsage(Usage.of(9, 4)))
                    .embedWith(text -> new float[] {text.length()});
            ChatResponse r = client.chat(ChatRequest.of("请写主诉：患者咳嗽三天"));
            assertThat(r.content()).isEqualTo("{\"chiefComplaint\":\"咳嗽3天\"}");
            assertThat(r.provider()).isEqualTo("fake");

            List<StreamEvent> events = stream(client, ChatRequest.of("诊断？"));
            assertThat(events).contains(new StreamEvent.TextDelta("急性"), new StreamEvent.UsageUpdate(Usage.of(9, 4)));
            assertThat(((StreamEvent.Completed) last(events)).response().content()).isEqualTo("急性支气管炎");

            EmbeddingResponse e = client.embed(EmbeddingRequest.of(List.of("咳嗽")));
            assertThat(e.vector(0)).containsExactly(2f);
            assertThat(fake.requests()).hasSize(2);
            fake.verify();
        }

        @Test
        void scriptedFailuresReachTheCallerTyped() {
            fake.enqueue(Answer.failure(new RateLimitedException("slow down",
                    ai.domainassist.core.ErrorDetails.of("fake", null), Duration.ofSeconds(1), null)));
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(RateLimitedException.class);
        }

        @Test
        void aRequestTheScriptDoesNotCoverFailsLoudly() {
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ModelException.class)
                    .hasMessageContaining("no answer");
            assertThatThrownBy(fake::verify).isInstanceOf(AssertionError.class);
        }
    }

    @Nested
    class FakeServerBehindTheOpenAiAdapter {
        private final FakeOpenAiServer server = FakeOpenAiServer.start().requireApiKey("sk-test-key");
        // retry off: these tests pin that each recorded error reaches the caller typed (retries are sdk-core's tests)
        private final ModelClient client = ModelClient.builder()
                .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test-key"))
                .defaultModel("tiny-test-model").retry(null).build();

        @AfterEach
        void close() {
            client.close();
            server.close();
        }

        @Test
        void recordedAnswersParse() throws Exception {
            server.enqueue(Recording.CHAT).enqueue(Recording.CHAT_TOOL_CALL).enqueue(Recording.CHAT_JSON_SCHEMA)
                    .enqueue(Recording.EMBEDDINGS).enqueue(Recording.CHAT_CONTENT_FILTER);
            ChatResponse chat = client.chat(ChatRequest.of("患者咳嗽三天，请总结主诉。"));
            assertThat(chat.content()).isEqualTo("Hello! I'm a tiny test model.");
            assertThat(chat.usage().totalTokens()).isEqualTo(105);

            ChatRequest withTool = ChatRequest.builder().user("患者咳嗽三天。").addTool(new ToolSpec("record_symptom", "",
                    "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}")).build();
            ChatResponse tool = client.chat(withTool);
            assertThat(tool.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
            assertThat(tool.toolCalls()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("record_symptom");
                assertThat(c.arguments()).isEqualTo("{\"name\":\"test\",\"days\":42}");
            });

            assertThat(client.chat(ChatRequest.of("x")).content()).isEqualTo("{\"name\":\"test\",\"days\":42}");
            EmbeddingResponse emb = client.embed(EmbeddingRequest.of("tiny-test-model", List.of("患者咳嗽三天", "急性支气管炎")));
            assertThat(emb.size()).isEqualTo(2);
            assertThat(emb.vector(0)).hasSize(384);
            assertThat(client.chat(ChatRequest.of("x")).finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
            server.verify();
            assertThat(server.takeRequest().header("Authorization")).contains("Bearer sk-test-key");
        }

        @Test
        void recordedStreamsAssemble() throws Exception {
            server.enqueue(Recording.CHAT_STREAM).enqueue(Recording.CHAT_STREAM_TOOL_CALL)
                    .enqueue(Recording.CHAT_STREAM_REASONING);
            List<StreamEvent> text = stream(client, ChatRequest.of("x"));
            ChatResponse r = ((StreamEvent.Completed) last(text)).response();
            assertThat(r.content()).isEqualTo("Hello! I'm a tiny test model.");
            assertThat(r.usage().totalTokens()).isEqualTo(68);
            assertThat(server.takeRequest().json().path("stream_options").path("include_usage").asBoolean()).isTrue();

            ChatResponse tool = ((StreamEvent.Completed) last(stream(client, ChatRequest.builder().user("x")
                    .addTool(new ToolSpec("record_symptom", "", "{\"type\":\"object\"}")).build()))).response();
            assertThat(tool.toolCalls()).singleElement().extracting(c -> c.arguments())
                    .isEqualTo("{\"name\":\"test\",\"days\":42}");

            List<StreamEvent> reasoning = stream(client, ChatRequest.of("x"));
            ChatResponse thought = ((StreamEvent.Completed) last(reasoning)).response();
            assertThat(thought.reasoningContent()).isEqualTo("患者咳嗽三天，伴发热，主诉应写症状加时间。");
            assertThat(thought.content()).isEqualTo("咳嗽伴发热3天");
            assertThat(thought.usage().reasoningTokens()).isEqualTo(27);
        }

        @Test
        void generatedAnswersServeChatAndStream() throws Exception {
            server.enqueueChat("{\"diagnosis\":\"急性支气管炎\"}", Usage.of(30, 8)).enqueueChat("急性支气管炎", Usage.of(5, 3));
            assertThat(client.chat(ChatRequest.of("x")).content()).isEqualTo("{\"diagnosis\":\"急性支气管炎\"}");
            List<StreamEvent> events = stream(client, ChatRequest.of("y"));
            assertThat(events.stream().filter(StreamEvent.TextDelta.class::isInstance)).hasSizeGreaterThan(1);
            ChatResponse r = ((StreamEvent.Completed) last(events)).response();
            assertThat(r.content()).isEqualTo("急性支气管炎");
            assertThat(r.usage()).isEqualTo(Usage.of(5, 3));
        }

        @Test
        void recordedErrorsBecomeTheirTypedExceptions() {
            server.enqueue(Recording.ERROR_CONTEXT_LENGTH).enqueue(Recording.ERROR_CONTEXT_LENGTH_LLAMACPP)
                    .enqueue(Recording.ERROR_CONTENT_FILTER);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ContextLengthExceededException.class);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ContextLengthExceededException.class);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ContentFilteredException.class);
            server.verify();
        }

        @Test
        void retryableRecordedErrorsCarryWhatARetryNeeds() {
            server.enqueue(Recording.ERROR_RATE_LIMIT);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                        assertThat(e.requestId()).contains("req_7c1e5b0a9d2f4e8a");
                        assertThat(e.isRetryable()).isTrue();
                    });
            server.enqueue(Recording.ERROR_SERVER);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ServerException.class);
            server.enqueue(Recording.ERROR_OVERLOADED);
            assertThatThrownBy(() -> client.chat(ChatRequest.of("x"))).isInstanceOf(ServerException.class);
        }

        @Test
        void aWrongKeyIsAnAuthenticationError() {
            try (ModelClient wrong = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-wrong")).defaultModel("m").build()) {
                assertThatThrownBy(() -> wrong.chat(ChatRequest.of("x"))).isInstanceOf(AuthenticationException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-wrong"));
            }
        }

        @Test
        void brokenStreamsFailAndNeverCompleteAsIfWhole() throws Exception {
            server.enqueue(Recording.CHAT_STREAM_NO_DONE).enqueue(Recording.CHAT_STREAM_DISCONNECTED)
                    .enqueue(Recording.CHAT_STREAM_ERROR_EVENT);
            for (int i = 0; i < 3; i++) {
                List<StreamEvent> events = stream(client, ChatRequest.of("x"));
                assertThat(last(events)).as("stream %d: %s", i, events).isInstanceOf(StreamEvent.Failed.class);
                assertThat(events).noneMatch(StreamEvent.Completed.class::isInstance);
                if (i < 2) {
                    assertThat(((StreamEvent.Failed) last(events)).error()).isInstanceOf(NetworkException.class);
                }
            }
        }
    }
}
