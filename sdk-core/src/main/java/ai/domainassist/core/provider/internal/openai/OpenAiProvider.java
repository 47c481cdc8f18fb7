package ai.domainassist.core.provider.internal.openai;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.ProviderSpec.Quirk;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.HttpTransport;
import ai.domainassist.core.provider.internal.http.ResponseLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * The adapter for every OpenAI-compatible endpoint: OpenAI, Azure OpenAI, DeepSeek, Qwen
 * (DashScope compatible mode), Zhipu, Moonshot, Qianfan v2, vLLM, Ollama, Xinference and any
 * custom base URL. The differences live in the {@link ProviderSpec}'s quirks, applied by
 * {@link OpenAiRequestMapper}; responses are read by {@link OpenAiResponseMapper} and streams by
 * {@link OpenAiStreamDecoder} over the shared SSE reader and accumulator.
 *
 * <p>Immutable and thread-safe. It does not own the OkHttp client; the model client closes that.
 */
public final class OpenAiProvider implements ModelProvider {
    private static final List<String> CHAT = List.of("chat", "completions");
    private static final List<String> EMBEDDINGS = List.of("embeddings");

    private final ProviderSpec spec;
    private final HttpTransport transport;
    private final OpenAiRequestMapper requests;

    /**
     * @param spec the endpoint (protocol {@link ProviderSpec.Protocol#OPENAI_COMPATIBLE})
     * @param http the client's shared OkHttp client
     * @param clock for {@code Retry-After} dates
     */
    public OpenAiProvider(ProviderSpec spec, OkHttpClient http, Clock clock) {
        this(spec, http, clock, ResponseLimits.DEFAULTS);
    }

    /**
     * @param spec the endpoint
     * @param http the client's shared OkHttp client
     * @param clock for {@code Retry-After} dates
     * @param limits how much a server may send in one answer
     */
    public OpenAiProvider(ProviderSpec spec, OkHttpClient http, Clock clock, ResponseLimits limits) {
        if (spec.protocol() != ProviderSpec.Protocol.OPENAI_COMPATIBLE) {
            throw new IllegalArgumentException(spec.name() + " does not speak the OpenAI protocol");
        }
        this.spec = spec;
        this.transport = new HttpTransport(http, spec, headers(spec), clock, limits);
        this.requests = new OpenAiRequestMapper(spec);
    }

    private static Headers headers(ProviderSpec spec) {
        Headers.Builder h = new Headers.Builder();
        spec.apiKey().ifPresent(key -> {
            if (spec.has(Quirk.AZURE_DEPLOYMENTS)) {
                h.add("api-key", key);
            } else {
                h.add("Authorization", "Bearer " + key);
            }
        });
        for (Map.Entry<String, String> e : spec.extraHeaders().entrySet()) {
            h.add(e.getKey(), e.getValue());
        }
        return h.build();
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public ProviderCapabilities capabilities() {
        return spec.capabilities();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String model = transport.chatModel(request);
        CallContext ctx = transport.chatContext(request, model);
        HttpTransport.Exchange exchange = transport.postJson(path(model, CHAT),
                requests.chatBody(request, model, false), request.options().timeout(), ctx);
        return OpenAiResponseMapper.chat(exchange, ctx);
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            String model = transport.chatModel(request);
            CallContext ctx = transport.chatContext(request, model);
            return transport.stream(path(model, CHAT), requests.chatBody(request, model, true),
                    request.options().timeout(), ctx, new OpenAiStreamDecoder(ctx), handler);
        } catch (ModelException e) {
            return transport.failedStream(request, handler, e);
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        String model = request.model() != null ? request.model() : spec.defaultEmbeddingModel().orElse(null);
        if (spec.has(Quirk.NO_EMBEDDINGS)) {
            throw new InvalidRequestException(spec.name() + " serves no embeddings", ErrorDetails.of(spec.name(), model));
        }
        if (model == null) {
            throw new InvalidRequestException("no embedding model: name one in the request or the provider spec",
                    ErrorDetails.of(spec.name(), null));
        }
        CallContext ctx = new CallContext(spec.name(), model, () -> transport.scrubber(request.inputs()));
        HttpTransport.Exchange exchange = transport.postJson(path(model, EMBEDDINGS),
                requests.embeddingBody(request, model), null, ctx);
        return OpenAiResponseMapper.embeddings(exchange, request.inputs().size(), ctx);
    }

    private List<String> path(String model, List<String> endpoint) {
        if (!spec.has(Quirk.AZURE_DEPLOYMENTS)) {
            return endpoint;
        }
        List<String> segments = new ArrayList<>(List.of("openai", "deployments", model));
        segments.addAll(endpoint);
        return segments;
    }
}
