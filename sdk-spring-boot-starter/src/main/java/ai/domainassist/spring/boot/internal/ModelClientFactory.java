package ai.domainassist.spring.boot.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelClientBuilder;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.spring.boot.DomainAssistProperties;
import java.util.List;

/**
 * Turns {@code domainassist.model.*} into a {@link ModelClientBuilder}: one provider spec per
 * configured endpoint (the primary, then the failover list), timeouts, retry, cache, redaction,
 * budget and logging. Stateless.
 */
public final class ModelClientFactory {
    private ModelClientFactory() {
    }

    /**
     * @param m the properties
     * @return a builder with every property applied (listeners and customizers not yet)
     * @throws IllegalArgumentException if a provider lacks what its preset needs (the message
     *     names the property, never the key)
     */
    public static ModelClientBuilder builder(DomainAssistProperties.Model m) {
        ModelClientBuilder b = ModelClient.builder()
                .connectTimeout(m.getConnectTimeout())
                .readTimeout(m.getReadTimeout())
                .callTimeout(m.getCallTimeout())
                .logging(m.isLogging());
        List<DomainAssistProperties.Provider> failover = m.getFailover();
        if (failover.isEmpty()) {
            // one provider: its model is the client's default, so every request (and its metrics) names it
            b.provider(spec(m, "domainassist.model", false));
            if (m.getModel() != null && !m.getModel().isBlank()) {
                b.defaultModel(m.getModel());
            }
        } else {
            // several: each keeps its own model, since model names differ between vendors
            b.provider(spec(m, "domainassist.model", true));
            for (int i = 0; i < failover.size(); i++) {
                b.provider(spec(failover.get(i), "domainassist.model.failover[" + i + "]", true));
            }
        }
        DomainAssistProperties.Retry r = m.getRetry();
        b.retry(!r.isEnabled() ? RetryPolicy.disabled() : RetryPolicy.builder().maxAttempts(r.getMaxAttempts())
                .initialBackoff(r.getInitialBackoff()).maxBackoff(r.getMaxBackoff()).maxTotalTime(r.getMaxTotalTime())
                .build());
        DomainAssistProperties.Cache c = m.getCache();
        b.cache(c.isEnabled() ? CachePolicy.defaults().withResponses(c.getMaxResponses(), c.getResponseTtl()) : null);
        if (!m.getRedaction().isEnabled()) {
            b.redactor(null);
        }
        b.redactEmbeddings(m.getRedaction().isEmbeddings());
        DomainAssistProperties.Budget budget = m.getBudget();
        if (budget.getMaxTokens() != null && budget.getMaxCost() != null) {
            throw new IllegalArgumentException("domainassist.model.budget: set max-tokens or max-cost, not both");
        }
        if (budget.getMaxTokens() != null) {
            b.budget(Budget.tokens(budget.getMaxTokens()));
        } else if (budget.getMaxCost() != null) {
            b.budget(Budget.cost(budget.getMaxCost()));
        }
        return b;
    }

    /**
     * @param p one endpoint's properties
     * @param where the property prefix, for error messages
     * @param modelOnSpec whether the model becomes the spec's default chat model
     * @return its provider spec
     */
    static ProviderSpec spec(DomainAssistProperties.Provider p, String where, boolean modelOnSpec) {
        DomainAssistProperties.Preset preset = p.getPreset() != null ? p.getPreset()
                : DomainAssistProperties.Preset.OPENAI_COMPATIBLE;
        String url = p.getBaseUrl() == null || p.getBaseUrl().isBlank() ? null : p.getBaseUrl().strip();
        String key = p.getApiKey();
        String model = p.getModel();
        ProviderSpec spec = switch (preset) {
            case OPENAI_COMPATIBLE -> Providers.openAiCompatible(require(url, where + ".base-url", preset), key);
            case OPENAI -> Providers.openAi(key);
            case AZURE_OPENAI -> Providers.azureOpenAi(require(url, where + ".base-url", preset), key,
                    require(model, where + ".model", preset));
            case DEEPSEEK -> Providers.deepSeek(key);
            case QWEN -> Providers.qwen(key);
            case ZHIPU -> Providers.zhipu(key);
            case MOONSHOT -> Providers.moonshot(key);
            case QIANFAN -> Providers.qianfan(key);
            case VLLM -> Providers.vllm(require(url, where + ".base-url", preset), key, require(model, where + ".model", preset));
            case OLLAMA -> url == null ? Providers.ollama(require(model, where + ".model", preset))
                    : Providers.ollama(url, require(model, where + ".model", preset));
            case XINFERENCE -> Providers.xinference(require(url, where + ".base-url", preset), key,
                    require(model, where + ".model", preset));
            case ANTHROPIC -> Providers.anthropic(key);
            case ANTHROPIC_COMPATIBLE -> Providers.anthropicCompatible(require(url, where + ".base-url", preset), key);
        };
        ProviderSpec.Builder sb = spec.toBuilder();
        boolean urlInPreset = switch (preset) {
            case OPENAI_COMPATIBLE, AZURE_OPENAI, VLLM, OLLAMA, XINFERENCE, ANTHROPIC_COMPATIBLE -> true;
            default -> false;
        };
        if (url != null && !urlInPreset) {
            sb.baseUrl(url); // a vendor preset behind a gateway
        }
        if (p.getName() != null && !p.getName().isBlank()) {
            sb.name(p.getName().strip());
        }
        if (modelOnSpec && model != null && !model.isBlank()) {
            sb.defaultChatModel(model.strip());
        }
        return sb.build();
    }

    private static String require(String value, String property, DomainAssistProperties.Preset preset) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required with preset " + preset);
        }
        return value;
    }
}
