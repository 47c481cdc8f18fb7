package boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.testkit.FakeOpenAiServer;
import ai.domainassist.testkit.ReceivedRequest;
import org.junit.jupiter.api.Test;

/**
 * The SDK with Spring Boot 3.5.7's versions of the libraries they share: the quickstart offline,
 * then real HTTP calls (chat, stream, a helper in hybrid mode) through OkHttp and Jackson to the
 * test kit's fake OpenAI-compatible server on 127.0.0.1.
 */
class BootVersionsTest {
    private static final String DIALOGUE = """
            医生：你好，哪里不舒服？
            患者：咳嗽三天了，昨天开始发烧，最高三十八度五。
            医生：有没有药物过敏？
            患者：没有。
            """;

    record Diagnosis(String diagnosis, int days) {
    }

    @Test
    void runsWithBootsVersions() {
        String jackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String kotlinStdlib = kotlin.KotlinVersion.CURRENT.toString();
        String okhttp = okhttp3.OkHttp.VERSION;
        System.out.println("under Spring Boot 3.5.7: Jackson " + jackson + ", Kotlin stdlib " + kotlinStdlib + ", OkHttp " + okhttp
                + ", SLF4J " + org.slf4j.LoggerFactory.class.getPackage().getImplementationVersion());
        assertEquals("2.19.2", jackson, "Boot's Jackson, not the SDK's");
        assertEquals("1.9.25", kotlinStdlib, "Boot's Kotlin stdlib, not the SDK's");
        String caffeineJar = com.github.benmanes.caffeine.cache.Caffeine.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath();
        System.out.println("under Spring Boot 3.5.7: Caffeine from " + caffeineJar.substring(caffeineJar.lastIndexOf('/') + 1));
        assertTrue(caffeineJar.endsWith("caffeine-3.2.2.jar"), "Boot's Caffeine, not the SDK's: " + caffeineJar);
    }

    @Test
    void theResponseCacheRunsOnBootsCaffeine() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.enqueueChat("只答一次");
            try (ModelClient model = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test")).defaultModel("qwen-plus").build()) {
                ChatRequest deterministic = ChatRequest.builder().user("你好").temperature(0.0).build();
                assertEquals("只答一次", model.chat(deterministic).content());
                assertEquals("只答一次", model.chat(deterministic).content(), "the second answer comes from the cache");
                assertEquals(1, model.cacheStats().orElseThrow().hits());
            }
            assertEquals(1, server.requestCount());
        }
    }

    @Test
    void theQuickstartRunsOffline() {
        Result<OutpatientRecord> result = MedicalRecordAssistant.builder().build().structure(Transcript.parse(DIALOGUE));
        assertEquals(Mode.OFFLINE, result.mode());
        assertTrue(result.value().chiefComplaint().orElseThrow().value().startsWith("咳嗽3天"));
    }

    @Test
    void aRealHttpCallGoesThroughOkHttpAndJackson() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start().requireApiKey("sk-test")) {
            server.enqueueChat("你好，我是测试模型。").enqueueStream(java.util.List.of("急性", "支气管炎"), Usage.of(12, 4))
                    .enqueueChat("{\"diagnosis\":\"急性支气管炎\",\"days\":3}");
            try (ModelClient model = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test")).defaultModel("qwen-plus").build()) {
                ChatResponse answer = model.chat(ChatRequest.of("你好"));
                assertEquals("你好，我是测试模型。", answer.content());
                StringBuilder streamed = new StringBuilder();
                model.stream(ChatRequest.of("诊断？"), event -> {
                    if (event instanceof ai.domainassist.core.chat.StreamEvent.TextDelta d) {
                        streamed.append(d.text());
                    }
                }).completion().get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals("急性支气管炎", streamed.toString());
                // structured output: a JSON schema generated from the record, the answer validated and mapped by Jackson
                Diagnosis d = model.extract(ChatRequest.of("诊断？"), Diagnosis.class).value();
                assertEquals(new Diagnosis("急性支气管炎", 3), d);
            }
            ReceivedRequest sent = server.takeRequest();
            assertEquals("qwen-plus", sent.json().path("model").asText());
            assertEquals("Bearer sk-test", sent.header("Authorization").orElseThrow());
            server.verify();
        }
    }
}
