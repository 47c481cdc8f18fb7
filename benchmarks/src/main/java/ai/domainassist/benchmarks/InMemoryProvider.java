package ai.domainassist.benchmarks;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.List;

/**
 * A provider named {@code memory} that answers every chat with the same canned response (50 + 2
 * tokens): the pipeline's own cost with no network. Chat only. Thread-safe.
 */
public final class InMemoryProvider implements ModelProvider {
    private final ChatResponse canned = new ChatResponse("i", "m", "memory", "好的", null, List.of(), FinishReason.STOP,
            Usage.of(50, 2), Duration.ZERO, null);

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public ProviderCapabilities capabilities() {
        return ProviderCapabilities.ALL;
    }

    @Override
    public ChatResponse chat(ChatRequest r) {
        return canned;
    }

    @Override
    public StreamHandle stream(ChatRequest r, StreamHandler h) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest r) {
        throw new UnsupportedOperationException();
    }
}
