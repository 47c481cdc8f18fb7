package ai.domainassist.core.provider.internal.anthropic;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.InvalidRequestException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.provider.internal.http.CallContext;
import ai.domainassist.core.provider.internal.http.HttpTransport;
import ai.domainassist.core.provider.internal.http.StreamSession;
import java.time.Clock;
import java.util.ArrayList;
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
        this.transport = new HttpTransport(http, spec, h.build(), clock);
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
        String model = model(request);
        CallContext ctx = context(request, model);
        HttpTransport.Exchange exchange = transport.postJson(PATH, requests.body(request, model, false),
                request.timeout(), ctx);
        return AnthropicResponseMapper.chat(exchange, ctx);
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            String model = model(request);
            CallContext ctx = context(request, model);
            return transport.stream(PATH, requests.body(request, model, true), request.timeout(), ctx,
                    new AnthropicStreamDecoder(ctx), handler);
        } catch (ModelException e) {
            StreamSession failed = new StreamSession(handler, (ev, acc, id) -> { }, context(request, null),
                    Clock.systemUTC());
            failed.failBeforeStart(e);
            return failed;
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        throw new InvalidRequestException(spec.name() + " (Anthropic Messages) serves no embeddings",
                ErrorDetails.of(spec.name(), request.model()));
    }

    private String model(ChatRequest request) {
        String model = request.model() != null ? request.model() : spec.defaultChatModel().orElse(null);
        if (model == null) {
            throw new InvalidRequestException("no model: name one in the request, the client or the provider spec",
                    ErrorDetails.of(spec.name(), null));
        }
        return model;
    }

    private CallContext context(ChatRequest request, String model) {
        // the scrubber is made only when the call fails: collecting the texts copies every message
        return new CallContext(spec.name(), model, () -> {
            List<String> texts = new ArrayList<>();
            for (Message m : request.messages()) {
                texts.add(m.text());
            }
            return transport.scrubber(texts);
        });
    }
}
