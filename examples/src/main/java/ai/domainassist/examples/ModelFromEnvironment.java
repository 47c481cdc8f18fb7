package ai.domainassist.examples;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the model the examples and the command line use from four environment variables, or none.
 *
 * <ul>
 *   <li>{@code DA_PROVIDER}: a preset of {@link Providers}: {@code openai}, {@code azure-openai},
 *       {@code deepseek}, {@code qwen}, {@code zhipu}, {@code moonshot}, {@code qianfan},
 *       {@code vllm}, {@code ollama}, {@code xinference}, {@code openai-compatible},
 *       {@code anthropic}, {@code anthropic-compatible};</li>
 *   <li>{@code DA_BASE_URL}: the endpoint (required by the local and compatible presets, replaces
 *       the hosted presets' URL when given);</li>
 *   <li>{@code DA_API_KEY}: the key (hosted presets require one; never printed);</li>
 *   <li>{@code DA_MODEL}: the chat model (deployment name for Azure).</li>
 * </ul>
 * None of them set: no model, the helpers run their offline engines. Only {@code DA_BASE_URL}
 * set: an OpenAI-compatible endpoint. The client pseudonymises personal data ({@link Redactor#defaults()})
 * before a prompt leaves the process.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelFromEnvironment {
    private ModelFromEnvironment() {
    }

    /**
     * The model described by the process environment.
     *
     * @return the client, or empty when no variable is set
     * @throws IllegalArgumentException if the variables name an unknown provider or lack what it needs
     */
    public static Optional<ModelClient> fromSystem() {
        return from(System.getenv());
    }

    /**
     * The model described by the given variables.
     *
     * @param env the variables (only the {@code DA_*} ones are read)
     * @return the client, or empty when none of them is set
     * @throws IllegalArgumentException if they name an unknown provider or lack what it needs
     */
    public static Optional<ModelClient> from(Map<String, String> env) {
        return spec(env).map(spec -> ModelClient.builder().provider(spec)
                .redactor(Redactor.defaults())            // ID, phone and card numbers never leave the process
                .callTimeout(Duration.ofSeconds(120)).build());
    }

    /**
     * The provider the variables describe, without building a client.
     *
     * @param env the variables
     * @return the provider spec, or empty when none of them is set
     * @throws IllegalArgumentException if they name an unknown provider or lack what it needs
     */
    public static Optional<ProviderSpec> spec(Map<String, String> env) {
        String provider = value(env, "DA_PROVIDER");
        String baseUrl = value(env, "DA_BASE_URL");
        String key = value(env, "DA_API_KEY");
        String model = value(env, "DA_MODEL");
        if (provider == null && baseUrl == null && key == null && model == null) {
            return Optional.empty();
        }
        if (provider == null) {
            if (baseUrl == null) {
                throw new IllegalArgumentException("DA_API_KEY or DA_MODEL is set but neither DA_PROVIDER nor DA_BASE_URL:"
                        + " say which endpoint to use");
            }
            provider = "openai-compatible";
        }
        String name = provider.toLowerCase(Locale.ROOT).replace('_', '-');
        ProviderSpec spec = switch (name) {
            case "openai" -> Providers.openAi(need(key, "DA_API_KEY", name));
            case "azure", "azure-openai" -> Providers.azureOpenAi(need(baseUrl, "DA_BASE_URL", name),
                    need(key, "DA_API_KEY", name), need(model, "DA_MODEL", name));
            case "deepseek" -> Providers.deepSeek(need(key, "DA_API_KEY", name));
            case "qwen", "dashscope" -> Providers.qwen(need(key, "DA_API_KEY", name));
            case "zhipu", "glm" -> Providers.zhipu(need(key, "DA_API_KEY", name));
            case "moonshot", "kimi" -> Providers.moonshot(need(key, "DA_API_KEY", name));
            case "qianfan", "ernie" -> Providers.qianfan(need(key, "DA_API_KEY", name));
            case "vllm" -> Providers.vllm(need(baseUrl, "DA_BASE_URL", name), key, need(model, "DA_MODEL", name));
            case "ollama" -> baseUrl == null ? Providers.ollama(need(model, "DA_MODEL", name))
                    : Providers.ollama(baseUrl, need(model, "DA_MODEL", name));
            case "xinference" -> Providers.xinference(need(baseUrl, "DA_BASE_URL", name), key, need(model, "DA_MODEL", name));
            case "openai-compatible", "llamacpp", "llama.cpp" ->
                    Providers.openAiCompatible(need(baseUrl, "DA_BASE_URL", name), key);
            case "anthropic" -> Providers.anthropic(need(key, "DA_API_KEY", name));
            case "anthropic-compatible" -> Providers.anthropicCompatible(need(baseUrl, "DA_BASE_URL", name), key);
            default -> throw new IllegalArgumentException("DA_PROVIDER=" + provider + " is not a known provider; use one of"
                    + " openai, azure-openai, deepseek, qwen, zhipu, moonshot, qianfan, vllm, ollama, xinference,"
                    + " openai-compatible, anthropic, anthropic-compatible");
        };
        ProviderSpec.Builder b = spec.toBuilder();
        if (baseUrl != null && !spec.baseUrl().equals(baseUrl)) {
            b.baseUrl(baseUrl);
        }
        if (model != null) {
            b.defaultChatModel(model);
        }
        return Optional.of(b.build());
    }

    /**
     * One line saying which model is used, for the examples' banner: provider, URL and model, never the key.
     *
     * @param env the variables
     * @return the description
     * @throws IllegalArgumentException as {@link #spec(Map)}
     */
    public static String describe(Map<String, String> env) {
        return spec(env).map(s -> "model: " + s.name() + " at " + s.baseUrl() + " (" + s.defaultChatModel().orElse("server default")
                + (s.apiKey().isPresent() ? ", key from DA_API_KEY" : "") + ")")
                .orElse("no model configured (DA_PROVIDER, DA_BASE_URL, DA_API_KEY, DA_MODEL unset): offline engines");
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String need(String value, String variable, String provider) {
        if (value == null) {
            throw new IllegalArgumentException(variable + " must be set for DA_PROVIDER=" + provider);
        }
        return value;
    }
}
