package ai.domainassist.retrieval;

import ai.domainassist.core.ModelClient;
import ai.domainassist.retrieval.internal.embed.HashingEmbedder;
import ai.domainassist.retrieval.internal.embed.ModelClientEmbedder;
import java.util.List;

/**
 * Turns texts into vectors for dense retrieval. A library with an embedder stores one vector per
 * chunk (Lucene HNSW) and can rank by vector similarity and by hybrid fusion; it caches vectors by
 * a hash of {@link #id()} and text, so a text is embedded once.
 *
 * <p>Implementations must be thread-safe and return, for the same id and text, the same vector;
 * all vectors of one embedder have the same length.
 */
public interface Embedder {

    /**
     * Names the model and its settings, for example {@code bge-m3} or {@code hashing-256}. It is
     * recorded in the index, so reopening an index with another embedder fails instead of mixing
     * vectors of two models, and it is part of every cache key.
     *
     * @return the id, not blank
     */
    String id();

    /**
     * Embeds texts.
     *
     * @param texts the texts, at least one, none empty
     * @return one vector per text, in order, all of the same length
     * @throws ai.domainassist.core.ModelException if a model call fails
     * @throws RetrievalException if the embedder answers with the wrong number or shape of vectors
     */
    List<float[]> embed(List<String> texts);

    /**
     * An embedder over a model client's {@link ModelClient#embed embed} call (an OpenAI-compatible
     * {@code /v1/embeddings} endpoint, say). The client's pipeline (retry, rate limit, cache,
     * audit) applies to every call.
     *
     * @param client the model client; its lifetime stays the caller's
     * @param model the embedding model's name, or {@code null} for the provider's configured one
     *     (then the id is {@code "default"}: set a name when the index must survive a model change)
     * @return the embedder
     * @throws NullPointerException if client is {@code null}
     */
    static Embedder of(ModelClient client, String model) {
        return new ModelClientEmbedder(client, model);
    }

    /**
     * A deterministic offline embedder: character unigrams and bigrams (after width and case
     * folding) hashed into a vector of the given size, L2-normalised. It knows no meaning beyond
     * shared characters; use it for tests, for demos without a model, or as a lexical baseline.
     *
     * @param dimensions the vector size, 16 to 4096
     * @return the embedder
     * @throws IllegalArgumentException if dimensions is out of range
     */
    static Embedder hashing(int dimensions) {
        return new HashingEmbedder(dimensions);
    }
}
