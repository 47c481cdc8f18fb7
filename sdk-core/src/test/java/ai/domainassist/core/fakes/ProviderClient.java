package ai.domainassist.core.fakes;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.util.concurrent.CompletableFuture;

/** A ModelClient straight over one provider, for unit tests of logic above the client. */
public final class ProviderClient implements ModelClient {
    private final ModelProvider provider;

    public ProviderClient(ModelProvider provider) {
        this.provider = provider;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return provider.chat(request);
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        return CompletableFuture.supplyAsync(() -> provider.chat(request));
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        return provider.stream(request, handler);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return provider.embed(request);
    }

    @Override
    public ProviderCapabilities capabilities() {
        return provider.capabilities();
    }

    @Override
    public void close() {
        provider.close();
    }
}
