package ai.domainassist.core.provider;

import ai.domainassist.core.provider.ProviderSpec.Protocol;
import ai.domainassist.core.provider.ProviderSpec.Quirk;
import java.util.Objects;

/**
 * Presets for the supported model endpoints. Each returns a {@link ProviderSpec} with the vendor's
 * base URL, authentication and known quirks set; pass it to
 * {@link ai.domainassist.core.ModelClientBuilder#provider(ProviderSpec)}. Change what differs
 * (region, default model, a proxy URL) with {@link ProviderSpec#toBuilder()}.
 *
 * <p>Default models are the vendors' general-purpose ones at the time of writing; set your own
 * with {@code toBuilder().defaultChatModel(...)} or per request. A {@code null} or blank key is
 * allowed for local servers only; hosted presets reject it at once.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class Providers {

    /** The Azure OpenAI data-plane API version used when none is given (latest GA inference version). */
    public static final String AZURE_DEFAULT_API_VERSION = "2024-10-21";

    /** The {@code anthropic-version} header value the Anthropic adapter sends. */
    public static final String ANTHROPIC_VERSION = "2023-06-01";

    private Providers() {
    }

    /**
     * OpenAI ({@code https://api.openai.com/v1}, {@code Authorization: Bearer}). The token limit is
     * sent as {@code max_completion_tokens}; embeddings are asked for as base64
     * ({@link Quirk#BASE64_EMBEDDINGS}, documented in OpenAI's embeddings reference).
     *
     * @param apiKey the API key
     * @return the spec (chat {@code gpt-4o-mini}, embeddings {@code text-embedding-3-small})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec openAi(String apiKey) {
        return hosted("openai", "https://api.openai.com/v1", apiKey)
                .defaultChatModel("gpt-4o-mini").defaultEmbeddingModel("text-embedding-3-small")
                .quirk(Quirk.MAX_COMPLETION_TOKENS).quirk(Quirk.BASE64_EMBEDDINGS).build();
    }

    /**
     * Azure OpenAI with the default API version.
     *
     * @param endpoint the resource endpoint, for example {@code https://my-resource.openai.azure.com}
     * @param apiKey the resource key, sent in the {@code api-key} header
     * @param chatDeployment the chat deployment's name (used as the model when a request names none)
     * @return the spec
     * @throws IllegalArgumentException if an argument is blank or the endpoint is not a URL
     */
    public static ProviderSpec azureOpenAi(String endpoint, String apiKey, String chatDeployment) {
        return azureOpenAi(endpoint, apiKey, chatDeployment, AZURE_DEFAULT_API_VERSION);
    }

    /**
     * Azure OpenAI: {@code {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...},
     * key in the {@code api-key} header. A request's model names the deployment. Set the embedding
     * deployment with {@code toBuilder().defaultEmbeddingModel(...)}.
     *
     * @param endpoint the resource endpoint, for example {@code https://my-resource.openai.azure.com}
     * @param apiKey the resource key
     * @param chatDeployment the chat deployment's name
     * @param apiVersion the {@code api-version} query parameter, for example {@code 2024-10-21}
     * @return the spec
     * @throws IllegalArgumentException if an argument is blank or the endpoint is not a URL
     */
    public static ProviderSpec azureOpenAi(String endpoint, String apiKey, String chatDeployment, String apiVersion) {
        requireText(chatDeployment, "chatDeployment");
        requireText(apiVersion, "apiVersion");
        return hosted("azure-openai", endpoint, apiKey).defaultChatModel(chatDeployment)
                .queryParameter("api-version", apiVersion).quirk(Quirk.AZURE_DEPLOYMENTS)
                .quirk(Quirk.BASE64_EMBEDDINGS).build();
    }

    /**
     * DeepSeek ({@code https://api.deepseek.com}). Thinking mode's {@code reasoning_content} is sent
     * back on tool-call turns; no json_schema (json_object works); no embeddings.
     *
     * @param apiKey the API key
     * @return the spec (chat {@code deepseek-chat})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec deepSeek(String apiKey) {
        return hosted("deepseek", "https://api.deepseek.com", apiKey).defaultChatModel("deepseek-chat")
                .quirk(Quirk.REASONING_CONTENT_ON_TOOL_TURNS).quirk(Quirk.NO_JSON_SCHEMA)
                .quirk(Quirk.NO_EMBEDDINGS).build();
    }

    /**
     * Qwen through Alibaba Cloud DashScope's OpenAI-compatible mode
     * ({@code https://dashscope.aliyuncs.com/compatible-mode/v1}, the Beijing region; for the
     * international region set {@code https://dashscope-intl.aliyuncs.com/compatible-mode/v1}).
     * Qwen3's {@code enable_thinking} goes through {@code extraParameter}.
     *
     * @param apiKey the DashScope API key
     * @return the spec (chat {@code qwen-plus}, embeddings {@code text-embedding-v3})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec qwen(String apiKey) {
        return hosted("qwen", "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey)
                .defaultChatModel("qwen-plus").defaultEmbeddingModel("text-embedding-v3").build();
    }

    /**
     * Zhipu GLM ({@code https://open.bigmodel.cn/api/paas/v4}). No {@code stream_options} (usage
     * comes in the last chunk anyway), no json_schema, {@code tool_choice} auto only.
     *
     * @param apiKey the API key
     * @return the spec (chat {@code glm-4-flash}, embeddings {@code embedding-3})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec zhipu(String apiKey) {
        return hosted("zhipu", "https://open.bigmodel.cn/api/paas/v4", apiKey)
                .defaultChatModel("glm-4-flash").defaultEmbeddingModel("embedding-3")
                .quirk(Quirk.NO_STREAM_OPTIONS).quirk(Quirk.NO_JSON_SCHEMA).quirk(Quirk.TOOL_CHOICE_AUTO_ONLY).build();
    }

    /**
     * Moonshot / Kimi ({@code https://api.moonshot.cn/v1}; international: {@code https://api.moonshot.ai/v1}).
     * Kimi thinking models need {@code reasoning_content} back on tool-call turns; {@code tool_choice}
     * auto only; no json_schema; no embeddings.
     *
     * @param apiKey the API key
     * @return the spec (chat {@code moonshot-v1-8k})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec moonshot(String apiKey) {
        return hosted("moonshot", "https://api.moonshot.cn/v1", apiKey).defaultChatModel("moonshot-v1-8k")
                .quirk(Quirk.REASONING_CONTENT_ON_TOOL_TURNS).quirk(Quirk.TOOL_CHOICE_AUTO_ONLY)
                .quirk(Quirk.NO_JSON_SCHEMA).quirk(Quirk.NO_EMBEDDINGS).build();
    }

    /**
     * Baidu Qianfan inference API v2 ({@code https://qianfan.baidubce.com/v2}, a
     * {@code bce-v3/...} API key as Bearer token). An application id goes in with
     * {@code toBuilder().header("appid", ...)}.
     *
     * @param apiKey the Qianfan API key
     * @return the spec (chat {@code ernie-4.0-turbo-8k}, embeddings {@code embedding-v1})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec qianfan(String apiKey) {
        return hosted("qianfan", "https://qianfan.baidubce.com/v2", apiKey)
                .defaultChatModel("ernie-4.0-turbo-8k").defaultEmbeddingModel("embedding-v1")
                .quirk(Quirk.NO_JSON_SCHEMA).build();
    }

    /**
     * A vLLM server ({@code vllm serve ... --api-key}); the model is the served model's name.
     *
     * @param baseUrl the server's base URL, for example {@code http://localhost:8000/v1}
     * @param apiKey the key given with {@code --api-key}, or {@code null} if none
     * @param model the served model
     * @return the spec
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     */
    public static ProviderSpec vllm(String baseUrl, String apiKey, String model) {
        return local("vllm", baseUrl, apiKey).defaultChatModel(model).build();
    }

    /**
     * Ollama's OpenAI-compatible endpoint on this machine ({@code http://localhost:11434/v1}, no key).
     *
     * @param model the model, for example {@code qwen2.5:7b}
     * @return the spec
     */
    public static ProviderSpec ollama(String model) {
        return ollama("http://localhost:11434/v1", model);
    }

    /**
     * Ollama's OpenAI-compatible endpoint ({@code /v1} under the server URL, no key).
     *
     * @param baseUrl the base URL including {@code /v1}
     * @param model the model
     * @return the spec
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     */
    public static ProviderSpec ollama(String baseUrl, String model) {
        return local("ollama", baseUrl, null).defaultChatModel(model).build();
    }

    /**
     * An Xorbits Inference server ({@code http://127.0.0.1:9997/v1} by default); the model is the
     * launched model's uid.
     *
     * @param baseUrl the base URL including {@code /v1}
     * @param apiKey the key when authentication is on, or {@code null}
     * @param model the model uid
     * @return the spec
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     */
    public static ProviderSpec xinference(String baseUrl, String apiKey, String model) {
        return local("xinference", baseUrl, apiKey).defaultChatModel(model).build();
    }

    /**
     * Any other OpenAI-compatible endpoint (a gateway, llama.cpp's server, LM Studio ...), named
     * {@code openai-compatible}. Rename with {@code toBuilder().name(...)}.
     *
     * @param baseUrl the base URL under which {@code /chat/completions} lives
     * @param apiKey the Bearer key, or {@code null} if the endpoint needs none
     * @return the spec, without default models
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     */
    public static ProviderSpec openAiCompatible(String baseUrl, String apiKey) {
        return local("openai-compatible", baseUrl, apiKey).build();
    }

    /**
     * Anthropic Messages ({@code https://api.anthropic.com}, {@code x-api-key} and
     * {@code anthropic-version} headers). No embeddings, no {@code response_format}.
     *
     * @param apiKey the API key
     * @return the spec (chat {@code claude-sonnet-4-5})
     * @throws IllegalArgumentException if the key is missing ({@code null} or blank; the message names the provider and {@code DA_API_KEY})
     */
    public static ProviderSpec anthropic(String apiKey) {
        requireKey("anthropic", apiKey);
        return ProviderSpec.builder("anthropic", Protocol.ANTHROPIC, "https://api.anthropic.com").apiKey(apiKey)
                .defaultChatModel("claude-sonnet-4-5").quirk(Quirk.NO_EMBEDDINGS).build();
    }

    /**
     * Another endpoint that speaks Anthropic Messages under {@code {baseUrl}/v1/messages}
     * (llama.cpp's server, a gateway), named {@code anthropic-compatible}.
     *
     * @param baseUrl the base URL, without {@code /v1}
     * @param apiKey the key, or {@code null} if the endpoint needs none
     * @return the spec, without a default model
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     */
    public static ProviderSpec anthropicCompatible(String baseUrl, String apiKey) {
        return ProviderSpec.builder("anthropic-compatible", Protocol.ANTHROPIC, baseUrl).apiKey(apiKey)
                .quirk(Quirk.NO_EMBEDDINGS).build();
    }

    private static ProviderSpec.Builder hosted(String name, String baseUrl, String apiKey) {
        requireKey(name, apiKey);
        return ProviderSpec.builder(name, Protocol.OPENAI_COMPATIBLE, baseUrl).apiKey(apiKey);
    }

    private static ProviderSpec.Builder local(String name, String baseUrl, String apiKey) {
        return ProviderSpec.builder(name, Protocol.OPENAI_COMPATIBLE, baseUrl).apiKey(apiKey);
    }

    private static void requireKey(String provider, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("no API key for provider '" + provider + "': pass the key the vendor"
                    + " issued (README's snippets read it from the environment variable DA_API_KEY: is it set?)");
        }
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
