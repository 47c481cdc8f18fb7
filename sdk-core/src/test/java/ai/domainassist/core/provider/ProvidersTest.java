package ai.domainassist.core.provider;

import static ai.domainassist.core.testing.WireServer.body;
import static ai.domainassist.core.testing.WireServer.json;
import static ai.domainassist.core.testing.WireServer.parse;
import static ai.domainassist.core.testing.WireServer.sse;
import static ai.domainassist.core.testing.WireServer.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ContentFilteredException;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolChoice;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.provider.ProviderSpec.Quirk;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.RecordingHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset against MockWebServer: the URL, the authentication header, the body fields and the
 * quirks as each vendor's API reference documents them, answered with responses shaped like the
 * vendor's examples (see src/test/resources/wire/SOURCES.md).
 */
class ProvidersTest {
    private static final String KEY = "sk-preset-0123456789abcdefSecret";

    /** A preset, what its requests must look like, and the vendor-shaped answer to give it. */
    record Case(String label, ProviderSpec spec, String baseUrl, String chatPath, String authHeader, String authValue,
                String chatFixture, String content, String streamFixture) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> openAiCompatiblePresets() {
        String bearer = "Bearer " + KEY;
        return Stream.of(
                new Case("openai", Providers.openAi(KEY), "https://api.openai.com/v1", "/v1/chat/completions",
                        "Authorization", bearer, "openai/chat.json", "Hello! How can I assist you today?", "openai/stream.sse"),
                new Case("azure-openai", Providers.azureOpenAi("https://my-res.openai.azure.com", KEY, "gpt4o-prod"),
                        "https://my-res.openai.azure.com", "/openai/deployments/gpt4o-prod/chat/completions",
                        "api-key", KEY, "openai/chat.json", "Hello! How can I assist you today?", "openai/stream.sse"),
                new Case("deepseek", Providers.deepSeek(KEY), "https://api.deepseek.com", "/chat/completions",
                        "Authorization", bearer, "deepseek/reasoner.json", "9.11 is smaller than 9.8.",
                        "deepseek/stream-thinking-tools.sse"),
                new Case("qwen", Providers.qwen(KEY), "https://dashscope.aliyuncs.com/compatible-mode/v1",
                        "/compatible-mode/v1/chat/completions", "Authorization", bearer, "openai/chat.json",
                        "Hello! How can I assist you today?", "qwen/stream-tools.sse"),
                new Case("zhipu", Providers.zhipu(KEY), "https://open.bigmodel.cn/api/paas/v4",
                        "/api/paas/v4/chat/completions", "Authorization", bearer, "zhipu/chat.json",
                        "智谱AI开放平台提供通用大模型服务。", "zhipu/stream.sse"),
                new Case("moonshot", Providers.moonshot(KEY), "https://api.moonshot.cn/v1", "/v1/chat/completions",
                        "Authorization", bearer, "openai/chat.json", "Hello! How can I assist you today?", "openai/stream.sse"),
                new Case("qianfan", Providers.qianfan(KEY), "https://qianfan.baidubce.com/v2", "/v2/chat/completions",
                        "Authorization", bearer, "qianfan/chat.json", "您好，我是文心一言。", "openai/stream.sse"),
                new Case("vllm", Providers.vllm("http://gpu-box:8000/v1", KEY, "Qwen/Qwen2.5-7B-Instruct"),
                        "http://gpu-box:8000/v1", "/v1/chat/completions", "Authorization", bearer, "vllm/chat.json",
                        "Hi! How can I help?", "openai/stream.sse"),
                new Case("ollama", Providers.ollama("qwen2.5:7b"), "http://localhost:11434/v1", "/v1/chat/completions",
                        null, null, "ollama/chat.json", "Hello there.", "openai/stream.sse"),
                new Case("xinference", Providers.xinference("http://127.0.0.1:9997/v1", null, "qwen2.5-instruct"),
                        "http://127.0.0.1:9997/v1", "/v1/chat/completions", null, null, "openai/chat.json",
                        "Hello! How can I assist you today?", "openai/stream.sse"),
                new Case("openai-compatible", Providers.openAiCompatible("https://llm.internal/gateway/v1", KEY)
                        .toBuilder().defaultChatModel("internal-72b").build(), "https://llm.internal/gateway/v1",
                        "/gateway/v1/chat/completions", "Authorization", bearer, "openai/chat.json",
                        "Hello! How can I assist you today?", "openai/stream.sse"));
    }

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The preset pointed at the mock server, keeping the preset's base path. */
    private ModelClient clientFor(ProviderSpec spec) {
        String path = HttpUrl.get(spec.baseUrl()).encodedPath();
        return ai.domainassist.core.testing.Fixtures.adapterOnly(ModelClient.builder()).provider(spec.toBuilder().baseUrl(server.url(path).toString()).build()).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openAiCompatiblePresets")
    void presetPointsAtTheVendorsDocumentedBaseUrl(Case c) {
        assertThat(c.spec().baseUrl()).isEqualTo(c.baseUrl());
        assertThat(c.spec().name()).isEqualTo(c.label());
        assertThat(c.spec().protocol()).isEqualTo(ProviderSpec.Protocol.OPENAI_COMPATIBLE);
        assertThat(c.spec().defaultChatModel()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openAiCompatiblePresets")
    void chatRequestAndAnswerFollowTheVendorsReference(Case c) {
        server.enqueue(json(200, Fixtures.wire(c.chatFixture())));
        ChatResponse response;
        try (ModelClient client = clientFor(c.spec())) {
            response = client.chat(ChatRequest.builder().system("简洁回答").user("你好").temperature(0.3).maxTokens(64).build());
        }
        RecordedRequest r = take(server);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo(c.chatPath());
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        for (String auth : List.of("Authorization", "api-key", "x-api-key")) {
            assertThat(r.getHeaders().get(auth)).as(auth).isEqualTo(auth.equals(c.authHeader()) ? c.authValue() : null);
        }
        JsonNode body = body(r);
        if (c.spec().has(Quirk.AZURE_DEPLOYMENTS)) {
            assertThat(r.getUrl().queryParameter("api-version")).isEqualTo(Providers.AZURE_DEFAULT_API_VERSION);
            assertThat(body.has("model")).isFalse();
        } else {
            assertThat(r.getUrl().query()).isNull();
            assertThat(body.get("model").asText()).isEqualTo(c.spec().defaultChatModel().orElseThrow());
        }
        assertThat(body.get("messages")).isEqualTo(parse(
                "[{\"role\":\"system\",\"content\":\"简洁回答\"},{\"role\":\"user\",\"content\":\"你好\"}]"));
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
        String limit = c.spec().has(Quirk.MAX_COMPLETION_TOKENS) ? "max_completion_tokens" : "max_tokens";
        assertThat(body.get(limit).asInt()).isEqualTo(64);
        assertThat(body.has("stream")).isFalse();

        assertThat(response.content()).isEqualTo(c.content());
        assertThat(response.provider()).isEqualTo(c.label());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage().totalTokens()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openAiCompatiblePresets")
    void streamRequestAndEventsFollowTheVendorsReference(Case c) {
        server.enqueue(sse(Fixtures.wire(c.streamFixture())));
        RecordingHandler handler = new RecordingHandler();
        StreamEvent last;
        try (ModelClient client = clientFor(c.spec())) {
            client.stream(ChatRequest.of("你好"), handler);
            last = handler.awaitTerminal(Duration.ofSeconds(5));
        }
        JsonNode body = body(take(server));
        assertThat(body.get("stream").asBoolean()).isTrue();
        if (c.spec().has(Quirk.NO_STREAM_OPTIONS)) {
            assertThat(body.has("stream_options")).isFalse();
        } else {
            assertThat(body.get("stream_options")).isEqualTo(parse("{\"include_usage\":true}"));
        }
        assertThat(last).isInstanceOf(StreamEvent.Completed.class);
        ChatResponse done = ((StreamEvent.Completed) last).response();
        assertThat(done.provider()).isEqualTo(c.label());
        assertThat(done.usage().totalTokens()).isPositive();
        assertThat(done.content().isEmpty() && done.toolCalls().isEmpty()).isFalse();
    }

    @Test
    void anthropicPresetSendsItsHeadersToV1Messages() {
        ProviderSpec spec = Providers.anthropic(KEY);
        assertThat(spec.baseUrl()).isEqualTo("https://api.anthropic.com");
        assertThat(spec.protocol()).isEqualTo(ProviderSpec.Protocol.ANTHROPIC);
        server.enqueue(json(200, Fixtures.wire("anthropic/message.json")));
        try (ModelClient client = clientFor(spec)) {
            assertThat(client.chat(ChatRequest.of("Hello")).content()).isEqualTo("Hi! My name is Claude.");
        }
        RecordedRequest r = take(server);
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(r.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(r.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(body(r)).isEqualTo(parse("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":4096,"
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"}]}]}"));
    }

    @Test
    void deepSeekSendsReasoningContentBackOnToolCallTurnsOnly() {
        List<Message> conversation = List.of(
                Message.user("杭州天气？"),
                Message.assistant(null, List.of(new ToolCall("call_0", "get_weather", "{\"city\":\"杭州\"}")), "Need the tool."),
                Message.toolResult("call_0", "晴，25度"),
                Message.assistant("杭州晴，25度。", List.of(), "Summarise."),
                Message.user("明天呢？"));
        ToolSpec weather = new ToolSpec("get_weather", "", "{\"type\":\"object\"}");
        server.enqueue(json(200, Fixtures.wire("deepseek/reasoner.json")));
        server.enqueue(json(200, Fixtures.wire("openai/chat.json")));
        try (ModelClient deepseek = clientFor(Providers.deepSeek(KEY));
             ModelClient openai = clientFor(Providers.openAi(KEY))) {
            ChatResponse r = deepseek.chat(ChatRequest.builder().messages(conversation).addTool(weather).build());
            assertThat(r.reasoningContent()).isEqualTo("Compare the decimals: 0.11 < 0.80.");
            openai.chat(ChatRequest.builder().messages(conversation).addTool(weather).build());
        }
        JsonNode deepseekMessages = body(take(server)).get("messages");
        assertThat(deepseekMessages.get(1).get("reasoning_content").asText()).isEqualTo("Need the tool.");
        assertThat(deepseekMessages.get(1).get("content").isNull()).isTrue();
        assertThat(deepseekMessages.get(3).has("reasoning_content")).isFalse();
        JsonNode openaiMessages = body(take(server)).get("messages");
        assertThat(openaiMessages.get(1).has("reasoning_content")).isFalse();
    }

    @Test
    void zhipuAndMoonshotRefuseWhatTheyDoNotAcceptBeforeSending() {
        ToolSpec tool = new ToolSpec("t", "", "{\"type\":\"object\"}");
        try (ModelClient zhipu = clientFor(Providers.zhipu(KEY))) {
            assertThatThrownBy(() -> zhipu.chat(ChatRequest.builder().user("x").addTool(tool).toolChoice(ToolChoice.REQUIRED).build()))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("zhipu does not accept tool_choice 'required'");
            assertThatThrownBy(() -> zhipu.chat(ChatRequest.builder().user("x")
                    .responseFormat(ResponseFormat.jsonSchema("s", "{\"type\":\"object\"}", true)).build()))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("json_schema");
        }
        try (ModelClient moonshot = clientFor(Providers.moonshot(KEY))) {
            assertThatThrownBy(() -> moonshot.chat(ChatRequest.builder().user("x").addTool(tool)
                    .toolChoice(ToolChoice.named("t")).build())).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> moonshot.embed(EmbeddingRequest.of(List.of("x"))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no embeddings");
        }
        assertThat(server.getRequestCount()).isZero();
        assertThat(Providers.zhipu(KEY).capabilities().jsonSchema()).isFalse();
        assertThat(Providers.zhipu(KEY).capabilities().forcedToolChoice()).isFalse();
        assertThat(Providers.openAi(KEY).capabilities()).isEqualTo(ProviderCapabilities.ALL);
        assertThat(Providers.anthropic(KEY).capabilities().embeddings()).isFalse();
    }

    @Test
    void azureEmbeddingsGoToTheEmbeddingDeployment() {
        ProviderSpec azure = Providers.azureOpenAi("https://my-res.openai.azure.com", KEY, "gpt4o-prod", "2024-06-01")
                .toBuilder().defaultEmbeddingModel("embed-small").build();
        server.enqueue(json(200, Fixtures.wire("openai/embeddings.json")));
        try (ModelClient client = clientFor(azure)) {
            assertThat(client.embed(EmbeddingRequest.of(List.of("a", "b"))).size()).isEqualTo(2);
        }
        RecordedRequest r = take(server);
        assertThat(r.getUrl().encodedPath()).isEqualTo("/openai/deployments/embed-small/embeddings");
        assertThat(r.getUrl().queryParameter("api-version")).isEqualTo("2024-06-01");
        assertThat(r.getHeaders().get("api-key")).isEqualTo(KEY);
        assertThat(body(r)).isEqualTo(parse("{\"input\":[\"a\",\"b\"],\"encoding_format\":\"base64\"}"));
    }

    @Test
    void onlyPresetsWhoseReferenceDocumentsBase64EmbeddingsAskForThem() {
        assertThat(Providers.openAi(KEY).has(Quirk.BASE64_EMBEDDINGS)).isTrue();
        assertThat(Providers.azureOpenAi("https://my-res.openai.azure.com", KEY, "gpt4o-prod").has(Quirk.BASE64_EMBEDDINGS))
                .isTrue();
        for (ProviderSpec other : List.of(Providers.qwen(KEY), Providers.zhipu(KEY), Providers.qianfan(KEY),
                Providers.vllm("http://127.0.0.1:8000/v1", null, "m"), Providers.ollama("m"),
                Providers.xinference("http://127.0.0.1:9997/v1", null, "m"),
                Providers.openAiCompatible("http://127.0.0.1:8000/v1", KEY))) {
            assertThat(other.has(Quirk.BASE64_EMBEDDINGS)).as(other.name()).isFalse();
        }
    }

    @Test
    void theOpenAiPresetReadsBase64Embeddings() {
        server.enqueue(json(200, Fixtures.wire("openai/embeddings-base64.json")));
        try (ModelClient client = clientFor(Providers.openAi(KEY))) {
            EmbeddingResponse e = client.embed(EmbeddingRequest.of(List.of("a", "b")));
            assertThat(e.vector(1)).containsExactly(1.0f, -2.5f);
        }
        assertThat(body(take(server))).isEqualTo(parse(
                "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\"],\"encoding_format\":\"base64\"}"));
    }

    @Test
    void qianfanSendsItsAppIdHeaderAndReadsNormalAsStop() {
        server.enqueue(json(200, Fixtures.wire("qianfan/chat.json")));
        try (ModelClient client = clientFor(Providers.qianfan(KEY).toBuilder().header("appid", "app-42").build())) {
            assertThat(client.chat(ChatRequest.of("你好")).finishReason()).isEqualTo(FinishReason.STOP);
        }
        assertThat(take(server).getHeaders().get("appid")).isEqualTo("app-42");
    }

    @Test
    void zhipuRequestIdComesFromTheBody() {
        server.enqueue(json(200, Fixtures.wire("zhipu/chat.json")));
        try (ModelClient client = clientFor(Providers.zhipu(KEY))) {
            assertThat(client.chat(ChatRequest.of("你好")).requestId()).isEqualTo("8239375684858666781");
        }
    }

    @Test
    void vendorErrorBodiesComeOutTyped() {
        server.enqueue(json(400, Fixtures.wire("zhipu/error-1301.json")));
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .setHeader("x-acs-request-id", "acs-1").body(Fixtures.wire("qwen/error-inspection-400.json")).build());
        try (ModelClient zhipu = clientFor(Providers.zhipu(KEY)); ModelClient qwen = clientFor(Providers.qwen(KEY))) {
            assertThatThrownBy(() -> zhipu.chat(ChatRequest.of("x"))).isInstanceOf(ContentFilteredException.class)
                    .hasMessageContaining("code=1301");
            assertThatThrownBy(() -> qwen.chat(ChatRequest.of("x"))).isInstanceOf(ContentFilteredException.class)
                    .hasMessageContaining("request-id=acs-1");
        }
    }

    @Test
    void hostedPresetsNeedAKeyAndLocalOnesDoNot() {
        assertThatThrownBy(() -> Providers.openAi(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Providers.deepSeek(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DA_API_KEY");
        assertThatThrownBy(() -> Providers.anthropic("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Providers.ollama("m").apiKey()).isEmpty();
        assertThat(Providers.openAiCompatible("http://localhost:8080/v1", null).apiKey()).isEmpty();
        assertThat(Providers.anthropicCompatible("http://localhost:8080", null).protocol())
                .isEqualTo(ProviderSpec.Protocol.ANTHROPIC);
    }
}
