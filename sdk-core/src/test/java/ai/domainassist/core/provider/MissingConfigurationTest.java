package ai.domainassist.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees when README's snippet runs with DA_BASE_URL, DA_API_KEY or DA_MODEL unset
 * ({@code System.getenv} gives {@code null}): a message naming the setting and the variable, not a
 * bare {@code NullPointerException: baseUrl}.
 */
class MissingConfigurationTest {
    @Test
    void aMissingBaseUrlNamesTheSettingAndTheVariable() {
        for (String unset : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> Providers.openAiCompatible(unset, "sk-x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no base URL for provider 'openai-compatible'")
                    .hasMessageContaining("DA_BASE_URL");
        }
        assertThatThrownBy(() -> Providers.vllm(null, null, "qwen"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider 'vllm'");
    }

    @Test
    void aMissingKeyNamesTheProviderAndTheVariable() {
        assertThatThrownBy(() -> Providers.deepSeek(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no API key for provider 'deepseek'").hasMessageContaining("DA_API_KEY");
        assertThatThrownBy(() -> Providers.anthropic(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider 'anthropic'");
    }

    @Test
    void aMissingModelNamesTheThreePlacesAndTheVariable() {
        try (ModelClient model = ModelClient.builder()
                .provider(Providers.openAiCompatible("http://127.0.0.1:9/v1", null))
                .defaultModel(System.getenv("DA_TEST_SURELY_UNSET_MODEL"))
                .retry(null).build()) {
            assertThatThrownBy(() -> model.chat(ChatRequest.of("你好")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("no model for provider 'openai-compatible'")
                    .hasMessageContaining("ModelClient.builder().defaultModel(...)")
                    .hasMessageContaining("DA_MODEL");
        }
        assertThat(System.getenv("DA_TEST_SURELY_UNSET_MODEL")).isNull();
    }
}
