package ai.domainassist.core.provider.internal.anthropic;

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
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.HttpTransport;
import ai.domainassist.core.provider.internal.http.ResponseLimits;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * The adapter for Anthropic Messages ({@code POST {base}/v1/messages}, {@code x-api-key},
 * {@code anthropic-version}). Request mapping, response mapping and stream decoding live in
 * their own classes. Anthropic serves no embeddings: {@link #embed} fails with
 * {@link InvalidRequestException}.
 *
 * <p>Immutable and thread-safe. It does not own the OkHttp client.
 */
public final class AnthropicProvider implements ModelProvider {
    private static final List<String> PATH = List.of("v1", "messages");

    private final ProviderSpec spec;
    private final HttpTransport transport;
    private final AnthropicRequestMapper requests;

    /**
     * @param spec the endpoint (protocol {@link ProviderSpec.Protocol#ANTHROPIC})
     * @param http the client's shared OkHttp client
     * @param clock for {@code Retry-After} dates
     */
    public AnthropicProvider(ProviderSpec spec, OkHttpClient http, Clock clock) {
        this(spec, http, clock, ResponseLimits.DEFAULTS);
    }

    /**
     * @param spec the endpoint
     * @param http the client's shared OkHttp client
     * @param clock for {@code Retry-After} dates
     * @param limits how much a server may send in one answer
     */
    public AnthropicProvider(ProviderSpec spec, OkHttpClient http, Clock clock, ResponseLimits limits) {
        if (spec.protocol() != ProviderSpec.Protocol.ANTHROPIC) {
            throw new IllegalArgumentException(spec.name() + " does not speak Anthropic Messages");
        }
        this.spec = spec;
        Headers.Builder h = new Headers.Builder();
        spec.apiKey().ifPresent(key -> h.add("x-api-key", key));
        h.add("anthropic-version", Providers.ANTHROPIC_VERSION);
        for (Map.Entry<String, String> e : spec.extraHeaders().entrySet()) {
            h.set(e.getKey(), e.getValue());
        }
        this.transport = new HttpTransport(http, spec, h.build(), clock, limits);
        this.requests = new AnthropicRequestMapper(spec);
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
        HttpTransport.Exchange exchange = transport.postJson(PATH, requests.body(request, model, false),
                request.options().timeout(), ctx);
        return AnthropicResponseMapper.chat(exchange, ctx);
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            String model = transport.chatModel(request);
            CallContext ctx = transport.chatContext(request, model);
            return transport.stream(PATH, requests.body(request, model, true), request.options().timeout(), ctx,
                    new AnthropicStreamDecoder(ctx), handler);
        } catch (ModelException e) {
            return transport.failedStream(request, handler, e);
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        throw new InvalidRequestException(spec.name() + " (Anthropic Messages) serves no embeddings",
                ErrorDetails.of(spec.name(), request.model()));
    }
}
