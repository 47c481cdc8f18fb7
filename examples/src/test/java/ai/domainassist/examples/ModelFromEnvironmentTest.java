package ai.domainassist.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.provider.ProviderSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFromEnvironmentTest {

    @Test
    void noVariablesMeansOffline() {
        assertThat(ModelFromEnvironment.spec(Map.of())).isEmpty();
        assertThat(ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "  ", "PATH", "/bin"))).isEmpty();
        assertThat(ModelFromEnvironment.describe(Map.of())).contains("offline");
    }

    @Test
    void hostedPresetTakesKeyAndModel() {
        ProviderSpec spec = ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "qwen", "DA_API_KEY", "sk-secret-1",
                "DA_MODEL", "qwen-max")).orElseThrow();
        assertThat(spec.name()).isEqualTo("qwen");
        assertThat(spec.baseUrl()).startsWith("https://dashscope.aliyuncs.com/");
        assertThat(spec.defaultChatModel()).contains("qwen-max");
        assertThat(spec.apiKey()).contains("sk-secret-1");
    }

    @Test
    void baseUrlReplacesTheHostedUrl() {
        ProviderSpec spec = ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "QWEN", "DA_API_KEY", "k",
                "DA_BASE_URL", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1")).orElseThrow();
        assertThat(spec.baseUrl()).isEqualTo("https://dashscope-intl.aliyuncs.com/compatible-mode/v1");
    }

    @Test
    void baseUrlAloneIsAnOpenAiCompatibleEndpoint() {
        ProviderSpec spec = ModelFromEnvironment.spec(Map.of("DA_BASE_URL", "http://127.0.0.1:8080/v1",
                "DA_MODEL", "tiny")).orElseThrow();
        assertThat(spec.name()).isEqualTo("openai-compatible");
        assertThat(spec.protocol()).isEqualTo(ProviderSpec.Protocol.OPENAI_COMPATIBLE);
        assertThat(spec.defaultChatModel()).contains("tiny");
        assertThat(spec.apiKey()).isEmpty();
    }

    @Test
    void everyPresetNameMapsToItsProvider() {
        Map<String, String> names = Map.ofEntries(Map.entry("openai", "openai"), Map.entry("deepseek", "deepseek"),
                Map.entry("zhipu", "zhipu"), Map.entry("moonshot", "moonshot"), Map.entry("qianfan", "qianfan"),
                Map.entry("anthropic", "anthropic"), Map.entry("vllm", "vllm"), Map.entry("ollama", "ollama"),
                Map.entry("xinference", "xinference"), Map.entry("azure-openai", "azure-openai"),
                Map.entry("anthropic_compatible", "anthropic-compatible"), Map.entry("openai-compatible", "openai-compatible"));
        names.forEach((given, expected) -> {
            ProviderSpec spec = ModelFromEnvironment.spec(Map.of("DA_PROVIDER", given, "DA_API_KEY", "k",
                    "DA_BASE_URL", "http://localhost:9000/v1", "DA_MODEL", "m")).orElseThrow();
            assertThat(spec.name()).as(given).isEqualTo(expected);
        });
        assertThat(ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "anthropic", "DA_API_KEY", "k")).orElseThrow()
                .protocol()).isEqualTo(ProviderSpec.Protocol.ANTHROPIC);
    }

    @Test
    void missingOrUnknownSettingsAreClearErrorsWithoutTheKey() {
        assertThatThrownBy(() -> ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "deepseek")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DA_API_KEY");
        assertThatThrownBy(() -> ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "vllm", "DA_BASE_URL", "http://h:1/v1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DA_MODEL");
        assertThatThrownBy(() -> ModelFromEnvironment.spec(Map.of("DA_PROVIDER", "gemini", "DA_API_KEY", "sk-secret-2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gemini")
                .hasMessageNotContaining("sk-secret-2");
        assertThatThrownBy(() -> ModelFromEnvironment.spec(Map.of("DA_API_KEY", "sk-secret-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("sk-secret-3");
    }

    @Test
    void descriptionNamesTheModelButNeverTheKey() {
        String d = ModelFromEnvironment.describe(Map.of("DA_PROVIDER", "deepseek", "DA_API_KEY", "sk-secret-4"));
        assertThat(d).contains("deepseek").contains("deepseek-chat").doesNotContain("sk-secret-4");
    }
}
