package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redaction on the wire: for every provider preset, chat and streaming, no planted personal datum
 * appears in any request body or header that leaves the process (checked on what a real local HTTP
 * server received), while the caller gets the originals back in the answer.
 */
class RedactionOnTheWireTest {
    private static final String NAME = "王建国";
    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13812345678";
    private static final String CARD = "6222021234567890128";
    private static final String EMAIL = "wang.jianguo@example.com";
    private static final List<String> PLANTED = List.of(NAME, ID, PHONE, CARD, EMAIL, "1381234", "622202123456");
    private static final String ANSWER = "已为[PRIVATE_1]登记，回电[PHONE_1]，证件[ID_CARD_1]";
    private static final String RESTORED = "已为王建国登记，回电13812345678，证件11010519491231002X";

    record Preset(String label, ProviderSpec spec, boolean anthropic) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Preset> presets() {
        String key = "sk-wire-test-key";
        return Stream.of(
                new Preset("openai", Providers.openAi(key), false),
                new Preset("azure-openai", Providers.azureOpenAi("https://res.openai.azure.com", key, "gpt4o"), false),
                new Preset("deepseek", Providers.deepSeek(key), false),
                new Preset("qwen", Providers.qwen(key), false),
                new Preset("zhipu", Providers.zhipu(key), false),
                new Preset("moonshot", Providers.moonshot(key), false),
                new Preset("qianfan", Providers.qianfan(key), false),
                new Preset("vllm", Providers.vllm("http://gpu:8000/v1", key, "qwen2.5"), false),
                new Preset("ollama", Providers.ollama("qwen2.5:7b"), false),
                new Preset("xinference", Providers.xinference("http://127.0.0.1:9997/v1", null, "qwen2.5"), false),
                new Preset("openai-compatible", Providers.openAiCompatible("https://llm.internal/v1", key).toBuilder()
                        .defaultChatModel("internal").build(), false),
                new Preset("anthropic", Providers.anthropic(key), true));
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

    private ModelClient client(Preset p) {
        String path = HttpUrl.get(p.spec().baseUrl()).encodedPath();
        return ModelClient.builder().provider(p.spec().toBuilder().baseUrl(server.url(path).toString()).build())
                .retry(RetryPolicy.disabled()).build();
    }

    private static ChatRequest plantedRequest() {
        return ChatRequest.builder()
                .system("客户" + NAME + "，身份证" + ID + "，请勿泄露。")
                .user("我是" + NAME + "，手机" + PHONE + "，卡号" + CARD + "，邮箱" + EMAIL + "，请登记。")
                .addMessage(Message.assistant(null, List.of(new ToolCall("call_1", "lookup",
                        "{\"phone\":\"" + PHONE + "\",\"name\":\"" + NAME + "\"}")), null))
                .addMessage(Message.toolResult("call_1", "{\"email\":\"" + EMAIL + "\",\"card\":\"" + CARD + "\"}"))
                .addTool(new ai.domainassist.core.chat.ToolSpec("lookup", "look a customer up, e.g. " + NAME + " " + PHONE,
                        "{\"type\":\"object\",\"properties\":{\"phone\":{\"type\":\"string\",\"description\":\"like "
                                + PHONE + " of " + ID + "\"},\"email\":{\"enum\":[\"" + EMAIL + "\"]}}}"))
                .stop(List.of(NAME + "：", CARD))
                .privateTerm(NAME)
                .build();
    }

    private static MockResponse chatAnswer(boolean anthropic) {
        String body = anthropic
                ? "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude\",\"content\":[{\"type\":"
                        + "\"text\",\"text\":\"" + ANSWER + "\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
                        + "\"usage\":{\"input_tokens\":10,\"output_tokens\":5}}"
                : "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":\"" + ANSWER + "\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** The answer streamed with every placeholder split across two deltas. */
    private static MockResponse streamAnswer(boolean anthropic) {
        List<String> pieces = List.of("已为[PRI", "VATE_1]登记，回电[PH", "ONE_1]，证件[", "ID_CARD_1]");
        StringBuilder sb = new StringBuilder();
        if (anthropic) {
            sb.append("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                    + "\"role\":\"assistant\",\"content\":[],\"model\":\"claude\",\"stop_reason\":null,\"stop_sequence\":null,"
                    + "\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\n\n");
            sb.append("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                    + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n");
            for (String p : pieces) {
                sb.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                        + "\"delta\":{\"type\":\"text_delta\",\"text\":\"").append(p).append("\"}}\n\n");
            }
            sb.append("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n");
            sb.append("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                    + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":5}}\n\n");
            sb.append("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        } else {
            for (String p : pieces) {
                sb.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"content\":\"").append(p).append("\"},\"finish_reason\":null}]}\n\n");
            }
            sb.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream").body(sb.toString())
                .build();
    }

    private void assertNothingPlantedLeft(RecordedRequest sent) throws IOException {
        String raw = sent.getBody().utf8();
        String decoded = new ObjectMapper().readTree(raw).toString();
        String headers = sent.getHeaders().toString();
        for (String datum : PLANTED) {
            assertThat(raw).as("body").doesNotContain(datum);
            assertThat(decoded).as("decoded body").doesNotContain(datum);
            assertThat(headers).as("headers").doesNotContain(datum);
            assertThat(sent.getUrl().toString()).as("url").doesNotContain(datum);
        }
        assertThat(raw).contains("[PRIVATE_1]", "[PHONE_1]", "[ID_CARD_1]", "[BANK_CARD_1]", "[EMAIL_1]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void chatSendsOnlyPlaceholdersAndTheCallerSeesOriginals(Preset p) throws Exception {
        server.enqueue(chatAnswer(p.anthropic()));
        try (ModelClient client = client(p)) {
            ChatResponse answer = client.chat(plantedRequest());
            assertThat(answer.content()).isEqualTo(RESTORED);
        }
        assertNothingPlantedLeft(server.takeRequest(5, TimeUnit.SECONDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void streamingSendsOnlyPlaceholdersAndRestoresSplitPlaceholders(Preset p) throws Exception {
        server.enqueue(streamAnswer(p.anthropic()));
        RecordingHandler h = new RecordingHandler();
        try (ModelClient client = client(p)) {
            ChatResponse done = client.stream(plantedRequest(), h).completion().get(5, TimeUnit.SECONDS);
            assertThat(done.content()).isEqualTo(RESTORED);
        }
        assertThat(h.text()).isEqualTo(RESTORED);
        assertThat(h.text()).doesNotContain("[", "]");
        assertNothingPlantedLeft(server.takeRequest(5, TimeUnit.SECONDS));
    }
}
