package ai.domainassist.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.provider.ProviderSpec.Protocol;
import ai.domainassist.core.provider.ProviderSpec.Quirk;
import org.junit.jupiter.api.Test;

class ProviderSpecTest {
    private static final String KEY = "sk-spec-0123456789Secret";

    @Test
    void toStringNeverShowsTheKey() {
        ProviderSpec spec = Providers.deepSeek(KEY).toBuilder().header("X-Tenant", "t1").build();
        assertThat(spec.toString()).doesNotContain(KEY).contains("apiKey=***").contains("deepseek")
                .contains("X-Tenant").doesNotContain("t1");
        assertThat(Providers.ollama("m").toString()).contains("apiKey=none");
    }

    @Test
    void builderValidatesEveryValueAtOnce() {
        assertThatThrownBy(() -> ProviderSpec.builder("bad name", Protocol.ANTHROPIC, "https://x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProviderSpec.builder("p", Protocol.ANTHROPIC, "ftp://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ProviderSpec.builder("p", Protocol.ANTHROPIC, "https://x/v1?key=1"))
                .isInstanceOf(IllegalArgumentException.class);
        ProviderSpec.Builder b = ProviderSpec.builder("p", Protocol.OPENAI_COMPATIBLE, "https://x/v1/");
        assertThatThrownBy(() -> b.header("Authorization", "Bearer x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.header("bad header", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.apiKey("sk-with space-" + KEY)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThat(b.build().baseUrl()).isEqualTo("https://x/v1");
    }

    @Test
    void toBuilderCopiesEverythingAndTheSpecIsImmutable() {
        ProviderSpec spec = Providers.azureOpenAi("https://r.openai.azure.com", KEY, "dep");
        ProviderSpec copy = spec.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(spec.toString());
        assertThat(copy.apiKey()).contains(KEY);
        assertThat(copy.quirks()).containsExactlyInAnyOrder(Quirk.AZURE_DEPLOYMENTS, Quirk.BASE64_EMBEDDINGS);
        assertThat(copy.queryParameters()).containsEntry("api-version", Providers.AZURE_DEFAULT_API_VERSION);
        assertThatThrownBy(() -> copy.quirks().add(Quirk.NO_EMBEDDINGS)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.extraHeaders().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        ProviderSpec changed = spec.toBuilder().withoutQuirk(Quirk.AZURE_DEPLOYMENTS).withoutQuirk(Quirk.BASE64_EMBEDDINGS).apiKey(" ").defaultChatModel(" ").build();
        assertThat(changed.quirks()).isEmpty();
        assertThat(changed.apiKey()).isEmpty();
        assertThat(changed.defaultChatModel()).isEmpty();
        assertThat(spec.has(Quirk.AZURE_DEPLOYMENTS)).isTrue();
    }
}
