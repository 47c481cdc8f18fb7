package ai.domainassist.retrieval.internal.embed;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.RetrievalException;
import java.util.List;
import java.util.Objects;

/**
 * The adapter behind {@link Embedder#of(ModelClient, String)}: one {@link ModelClient#embed} call
 * per batch, answers checked for count and shape.
 *
 * <p>Immutable and thread-safe (the client is).
 */
public final class ModelClientEmbedder implements Embedder {
    private final ModelClient client;
    private final String model;

    /**
     * @param client the client
     * @param model the model, or {@code null} for the provider's default
     */
    public ModelClientEmbedder(ModelClient client, String model) {
        this.client = Objects.requireNonNull(client, "client");
        this.model = model == null || model.isBlank() ? null : model.strip();
    }

    @Override
    public String id() {
        return model == null ? "default" : model;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        EmbeddingResponse response = client.embed(EmbeddingRequest.of(model, texts));
        if (response.size() != texts.size()) {
            throw new RetrievalException("embedding model " + id() + " returned " + response.size()
                    + " vectors for " + texts.size() + " texts");
        }
        List<float[]> vectors = response.vectors();
        int dim = vectors.get(0).length;
        for (float[] v : vectors) {
            if (v.length == 0 || v.length != dim) {
                throw new RetrievalException("embedding model " + id() + " returned vectors of unequal or zero length");
            }
        }
        return vectors;
    }
}
