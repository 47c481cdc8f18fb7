package quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.testkit.FakeOpenAiServer;
import org.junit.jupiter.api.Test;

/**
 * The response cache runs on Caffeine, an optional dependency of sdk-core that this project (the
 * helpers and the test kit, as README's project has them) does not add: the client works without a
 * cache, and a cache asked for says which artifact to add. The Spring Boot variant, whose starter
 * brings Caffeine, checks the cache itself.
 */
class OptionalCacheTest {
    @Test
    void caffeineIsNotOnThisProjectsClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.github.benmanes.caffeine.cache.Caffeine"));
    }

    @Test
    void withoutCaffeineTheClientAsksTheModelEachTime() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            server.enqueueChat("第一次");
            server.enqueueChat("第二次");
            try (ModelClient model = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test")).defaultModel("qwen-plus").build()) {
                ChatRequest deterministic = ChatRequest.builder().user("你好").temperature(0.0).build();
                assertEquals("第一次", model.chat(deterministic).content());
                assertEquals("第二次", model.chat(deterministic).content(), "no cache: the second call reaches the server");
                assertTrue(model.cacheStats().isEmpty());
            }
            assertEquals(2, server.requestCount());
        }
    }

    @Test
    void aCacheAskedForWithoutCaffeineNamesTheArtifact() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test")).defaultModel("qwen-plus")
                    .cache(CachePolicy.defaults()).build());
            assertTrue(e.getMessage().contains("com.github.ben-manes.caffeine:caffeine"), e.getMessage());
        }
    }
}
