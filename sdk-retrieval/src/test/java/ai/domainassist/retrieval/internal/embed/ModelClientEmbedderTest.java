package ai.domainassist.retrieval.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.RetrievalException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own logic (model name, count and shape checks) over an in-process client that
 * really computes embeddings; the HTTP path through a real ModelClient is covered by
 * {@code ModelClientEmbedderIT} against llama-peer.
 */
class ModelClientEmbedderTest {

    /** A ModelClient that embeds locally with the hashing embedder; chat is not its business. */
    private static final class LocalEmbeddingClient implements ModelClient {
        final List<EmbeddingRequest> requests = new ArrayList<>();
        final UnaryOperator<List<float[]>> tamper;

        LocalEmbeddingClient(UnaryOperator<List<float[]>> tamper) {
            this.tamper = tamper;
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest request) {
            requests.add(request);
            List<float[]> vectors = tamper.apply(new HashingEmbedder(64).embed(request.inputs()));
            return new EmbeddingResponse(request.model(), "local", vectors, Usage.of(request.inputs().size(), 0), Duration.ZERO);
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            throw new UnsupportedOperationException("embeddings only");
        }

        @Override
        public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
            throw new UnsupportedOperationException("embeddings only");
        }

        @Override
        public StreamHandle stream(ChatRequest request, StreamHandler handler) {
            throw new UnsupportedOperationException("embeddings only");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void passesTheModelAndReturnsTheVectorsInOrder() {
        LocalEmbeddingClient client = new LocalEmbeddingClient(v -> v);
        Embedder embedder = Embedder.of(client, " bge-m3 ");
        List<float[]> vectors = embedder.embed(List.of("保险金", "供水"));
        assertThat(embedder.id()).isEqualTo("bge-m3");
        assertThat(client.requests.get(0).model()).isEqualTo("bge-m3");
        assertThat(vectors.get(1)).containsExactly(new HashingEmbedder(64).embed(List.of("供水")).get(0));
        assertThat(Embedder.of(client, null).id()).isEqualTo("default");
    }

    @Test
    void answersOfTheWrongCountOrShapeAreRefused() {
        Embedder missing = Embedder.of(new LocalEmbeddingClient(v -> v.subList(0, 1)), "m");
        assertThatThrownBy(() -> missing.embed(List.of("a", "b"))).isInstanceOf(RetrievalException.class)
                .hasMessageContaining("1 vectors for 2 texts");
        Embedder ragged = Embedder.of(new LocalEmbeddingClient(v -> List.of(v.get(0), new float[3])), "m");
        assertThatThrownBy(() -> ragged.embed(List.of("a", "b"))).isInstanceOf(RetrievalException.class)
                .hasMessageContaining("unequal");
    }
}
