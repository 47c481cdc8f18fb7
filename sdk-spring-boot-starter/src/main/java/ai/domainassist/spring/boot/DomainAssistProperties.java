package ai.domainassist.spring.boot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, {@code domainassist.*}: the model client ({@code domainassist.model.*}),
 * the helpers ({@code domainassist.medical.*}, {@code domainassist.claims.*},
 * {@code domainassist.policy.*}) and the listeners ({@code domainassist.observability.*}). With no
 * {@code domainassist.model.preset} and no {@code domainassist.model.base-url} no model client is
 * built and every helper runs its offline engine. Bound by Spring Boot; not thread-safe while bound,
 * read-only afterwards.
 */
@ConfigurationProperties(prefix = "domainassist")
public class DomainAssistProperties {
    private final Model model = new Model();
    private final Medical medical = new Medical();
    private final Claims claims = new Claims();
    private final Policy policy = new Policy();
    private final Observability observability = new Observability();

    /** @return the model client's settings, {@code domainassist.model.*} */
    public Model getModel() {
        return model;
    }

    /** @return the medical record assistant's settings, {@code domainassist.medical.*} */
    public Medical getMedical() {
        return medical;
    }

    /** @return the claims assistant's settings, {@code domainassist.claims.*} */
    public Claims getClaims() {
        return claims;
    }

    /** @return the policy assistant's settings, {@code domainassist.policy.*} */
    public Policy getPolicy() {
        return policy;
    }

    /** @return the listeners' settings, {@code domainassist.observability.*} */
    public Observability getObservability() {
        return observability;
    }

    /** A vendor preset of {@code ai.domainassist.core.provider.Providers}. */
    public enum Preset {
        /** Any OpenAI-compatible endpoint at {@code base-url} (vLLM, Ollama, Xinference, a gateway); {@code model} required. */
        OPENAI_COMPATIBLE,
        /** api.openai.com. */
        OPENAI,
        /** Azure OpenAI: {@code base-url} is the resource endpoint, {@code model} the deployment. */
        AZURE_OPENAI,
        /** DeepSeek. */
        DEEPSEEK,
        /** Alibaba DashScope (Qwen), compatible mode. */
        QWEN,
        /** Zhipu (GLM). */
        ZHIPU,
        /** Moonshot (Kimi). */
        MOONSHOT,
        /** Baidu Qianfan. */
        QIANFAN,
        /** A vLLM server at {@code base-url}; {@code model} required. */
        VLLM,
        /** An Ollama server ({@code base-url} optional); {@code model} required. */
        OLLAMA,
        /** A Xinference server at {@code base-url}; {@code model} required. */
        XINFERENCE,
        /** Anthropic Messages API. */
        ANTHROPIC,
        /** An Anthropic-compatible endpoint at {@code base-url}. */
        ANTHROPIC_COMPATIBLE
    }

    /** One provider endpoint: the primary one, or one of the failover list. */
    public static class Provider {
        /** The vendor preset; without one, an OpenAI-compatible endpoint at base-url. */
        private Preset preset;
        /** The endpoint's base URL: required for openai-compatible, vllm, xinference, azure-openai, anthropic-compatible; overrides a vendor preset's URL (a gateway). */
        private String baseUrl;
        /** The API key. Never logged; prefer an environment variable or a secret store. */
        private String apiKey;
        /** The model for requests that name none (required with openai-compatible, vllm, ollama, xinference; the deployment for azure-openai). */
        private String model;
        /** The provider's name in metrics, traces, audit and health (default: the preset's). */
        private String name;

        /** @return the vendor preset, or {@code null} for an OpenAI-compatible endpoint at the base URL */
        public Preset getPreset() {
            return preset;
        }

        /** @param preset the vendor preset */
        public void setPreset(Preset preset) {
            this.preset = preset;
        }

        /** @return the base URL, or {@code null} */
        public String getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl the base URL */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** @return the API key, or {@code null} */
        public String getApiKey() {
            return apiKey;
        }

        /** @param apiKey the API key */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        /** @return the default model, or {@code null} */
        public String getModel() {
            return model;
        }

        /** @param model the default model */
        public void setModel(String model) {
            this.model = model;
        }

        /** @return the provider's name, or {@code null} for the preset's */
        public String getName() {
            return name;
        }

        /** @param name the provider's name */
        public void setName(String name) {
            this.name = name;
        }

        /** @return whether this names an endpoint (a preset or a base URL) */
        public boolean isConfigured() {
            return preset != null || (baseUrl != null && !baseUrl.isBlank());
        }

        @Override
        public String toString() {
            return "Provider[preset=" + preset + ", baseUrl=" + baseUrl + ", model=" + model + ", name=" + name
                    + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
        }
    }

    /** The model client: {@code domainassist.model.*}. */
    public static class Model extends Provider {
        /** Longest wait to open a connection. */
        private Duration connectTimeout = Duration.ofSeconds(10);
        /** Longest silence between two bytes of an answer or a stream. */
        private Duration readTimeout = Duration.ofSeconds(120);
        /** Whole-call deadline, a stream's included. */
        private Duration callTimeout = Duration.ofMinutes(5);
        /** Whether calls (attributes only) and HTTP traffic (headers masked) are logged through SLF4J. */
        private boolean logging = true;
        /** Providers tried in order when the one before fails (after its retries). */
        private List<Provider> failover = new ArrayList<>();
        private final Retry retry = new Retry();
        private final Cache cache = new Cache();
        private final Redaction redaction = new Redaction();
        private final Budget budget = new Budget();

        /** @return the connect timeout */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** @param connectTimeout the connect timeout */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** @return the read timeout */
        public Duration getReadTimeout() {
            return readTimeout;
        }

        /** @param readTimeout the read timeout */
        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /** @return the whole-call timeout */
        public Duration getCallTimeout() {
            return callTimeout;
        }

        /** @param callTimeout the whole-call timeout */
        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        /** @return whether SLF4J logging is on */
        public boolean isLogging() {
            return logging;
        }

        /** @param logging whether SLF4J logging is on */
        public void setLogging(boolean logging) {
            this.logging = logging;
        }

        /** @return the failover providers, in order */
        public List<Provider> getFailover() {
            return failover;
        }

        /** @param failover the failover providers, in order */
        public void setFailover(List<Provider> failover) {
            this.failover = failover;
        }

        /** @return the retry settings */
        public Retry getRetry() {
            return retry;
        }

        /** @return the response cache settings */
        public Cache getCache() {
            return cache;
        }

        /** @return the redaction settings */
        public Redaction getRedaction() {
            return redaction;
        }

        /** @return the budget settings */
        public Budget getBudget() {
            return budget;
        }
    }

    /** Retries of failed attempts (408, 409, 429, 5xx, timeouts, network errors): {@code domainassist.model.retry.*}. */
    public static class Retry {
        /** Whether failed attempts are retried. */
        private boolean enabled = true;
        /** Attempts per provider, the first included. */
        private int maxAttempts = 3;
        /** The first backoff (full jitter, doubling). */
        private Duration initialBackoff = Duration.ofMillis(500);
        /** The longest backoff. */
        private Duration maxBackoff = Duration.ofSeconds(20);
        /** The longest time spent on one call's attempts. */
        private Duration maxTotalTime = Duration.ofMinutes(2);

        /** @return whether retries are on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether retries are on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return attempts per provider */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts attempts per provider */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the first backoff */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /** @param initialBackoff the first backoff */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /** @return the longest backoff */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** @param maxBackoff the longest backoff */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /** @return the longest time on one call's attempts */
        public Duration getMaxTotalTime() {
            return maxTotalTime;
        }

        /** @param maxTotalTime the longest time on one call's attempts */
        public void setMaxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = maxTotalTime;
        }
    }

    /** The response cache (cacheable or temperature-0 requests only): {@code domainassist.model.cache.*}. */
    public static class Cache {
        /** Whether answers are cached. */
        private boolean enabled = true;
        /** The most answers kept. */
        private long maxResponses = 1000;
        /** How long an answer is kept. */
        private Duration responseTtl = Duration.ofHours(1);

        /** @return whether the cache is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the cache is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the most answers kept */
        public long getMaxResponses() {
            return maxResponses;
        }

        /** @param maxResponses the most answers kept */
        public void setMaxResponses(long maxResponses) {
            this.maxResponses = maxResponses;
        }

        /** @return how long an answer is kept */
        public Duration getResponseTtl() {
            return responseTtl;
        }

        /** @param responseTtl how long an answer is kept */
        public void setResponseTtl(Duration responseTtl) {
            this.responseTtl = responseTtl;
        }
    }

    /** Pseudonymising personal data before a prompt leaves the process: {@code domainassist.model.redaction.*}. */
    public static class Redaction {
        /** Whether personal data (ID cards, phones, bank cards, e-mail, marked names) is replaced before sending. */
        private boolean enabled = true;
        /** Whether embedding inputs are redacted too. */
        private boolean embeddings = true;

        /** @return whether redaction is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether redaction is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return whether embedding inputs are redacted */
        public boolean isEmbeddings() {
            return embeddings;
        }

        /** @param embeddings whether embedding inputs are redacted */
        public void setEmbeddings(boolean embeddings) {
            this.embeddings = embeddings;
        }
    }

    /** A limit on all calls of the client, checked before each is sent: {@code domainassist.model.budget.*}. */
    public static class Budget {
        /** The most tokens all calls may use; unset for no token limit. */
        private Long maxTokens;
        /** The most all calls may cost (in the price table's currency); unset for no cost limit. */
        private BigDecimal maxCost;

        /** @return the token limit, or {@code null} */
        public Long getMaxTokens() {
            return maxTokens;
        }

        /** @param maxTokens the token limit */
        public void setMaxTokens(Long maxTokens) {
            this.maxTokens = maxTokens;
        }

        /** @return the cost limit, or {@code null} */
        public BigDecimal getMaxCost() {
            return maxCost;
        }

        /** @param maxCost the cost limit */
        public void setMaxCost(BigDecimal maxCost) {
            this.maxCost = maxCost;
        }
    }

    /** How a helper uses a configured model. */
    public enum HelperMode {
        /** Rules first, the model fills in and improves, the checks judge both (the default). */
        HYBRID,
        /** The model writes the result; the rules' part stands only where the model's fails. */
        MODEL
    }

    /** The medical record assistant: {@code domainassist.medical.*}. */
    public static class Medical {
        /** Whether the MedicalRecordAssistant bean is made (when sdk-medical is on the classpath). */
        private boolean enabled = true;
        /** A term lexicon file (TSV, docs/medical.md) added to the shipped one: the hospital's own terms. */
        private Path lexicon;
        /** How a configured model is used. */
        private HelperMode mode = HelperMode.HYBRID;

        /** @return whether the bean is made */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the bean is made */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the extra lexicon file, or {@code null} */
        public Path getLexicon() {
            return lexicon;
        }

        /** @param lexicon the extra lexicon file */
        public void setLexicon(Path lexicon) {
            this.lexicon = lexicon;
        }

        /** @return how a model is used */
        public HelperMode getMode() {
            return mode;
        }

        /** @param mode how a model is used */
        public void setMode(HelperMode mode) {
            this.mode = mode;
        }
    }

    /** The claims assistant: {@code domainassist.claims.*}. */
    public static class Claims {
        /** Whether the ClaimsAssistant bean is made (when sdk-finance is on the classpath). */
        private boolean enabled = true;
        /** How a configured model is used. */
        private HelperMode mode = HelperMode.HYBRID;
        /** The invoice registry's directory when the application has no DataSource (with one, the registry is a table in it). */
        private Path registryDirectory;

        /** @return whether the bean is made */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the bean is made */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return how a model is used */
        public HelperMode getMode() {
            return mode;
        }

        /** @param mode how a model is used */
        public void setMode(HelperMode mode) {
            this.mode = mode;
        }

        /** @return the registry directory, or {@code null} */
        public Path getRegistryDirectory() {
            return registryDirectory;
        }

        /** @param registryDirectory the registry directory */
        public void setRegistryDirectory(Path registryDirectory) {
            this.registryDirectory = registryDirectory;
        }
    }

    /** The policy assistant: {@code domainassist.policy.*}. */
    public static class Policy {
        /** Whether the PolicyAssistant bean is made (when sdk-gov is on the classpath). */
        private boolean enabled = true;
        /** The policy library's index directory; unset for no library (search, compare and ask then need one). */
        private Path library;
        /** The whitelisted issuing authorities of the library (for example 国务院); required with a library. */
        private List<String> librarySources = new ArrayList<>();
        /** The draft box directory, where drafts are kept; unset for none. */
        private Path draftBox;

        /** @return whether the bean is made */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the bean is made */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the library directory, or {@code null} */
        public Path getLibrary() {
            return library;
        }

        /** @param library the library directory */
        public void setLibrary(Path library) {
            this.library = library;
        }

        /** @return the whitelisted sources */
        public List<String> getLibrarySources() {
            return librarySources;
        }

        /** @param librarySources the whitelisted sources */
        public void setLibrarySources(List<String> librarySources) {
            this.librarySources = librarySources;
        }

        /** @return the draft box directory, or {@code null} */
        public Path getDraftBox() {
            return draftBox;
        }

        /** @param draftBox the draft box directory */
        public void setDraftBox(Path draftBox) {
            this.draftBox = draftBox;
        }
    }

    /** The listeners: {@code domainassist.observability.*}. */
    public static class Observability {
        /** Whether model calls and helper tasks are recorded in the application's MeterRegistry (when it has one). */
        private boolean metrics = true;
        /** Whether model calls and helper tasks are traced with the application's OpenTelemetry bean (when it has one). */
        private boolean tracing = true;

        /** @return whether metrics are recorded */
        public boolean isMetrics() {
            return metrics;
        }

        /** @param metrics whether metrics are recorded */
        public void setMetrics(boolean metrics) {
            this.metrics = metrics;
        }

        /** @return whether calls and tasks are traced */
        public boolean isTracing() {
            return tracing;
        }

        /** @param tracing whether calls and tasks are traced */
        public void setTracing(boolean tracing) {
            this.tracing = tracing;
        }
    }
}
