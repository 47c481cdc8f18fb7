package ai.domainassist.core;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import java.util.concurrent.CompletableFuture;

/**
 * The one entry point to language models: chat (blocking, asynchronous, streamed) and embeddings
 * over any configured provider, with the pipeline the builder composed (redaction, cache,
 * failover, rate limit, circuit breaker, retry, audit).
 *
 * <p>Implementations are immutable and thread-safe: build one per application and share it.
 * {@link #close()} releases its connections and threads; calls after close fail with
 * {@link IllegalStateException}.
 */
public interface ModelClient extends AutoCloseable {

    /**
     * Starts configuring a client: providers, timeouts, an OkHttp client to share, a default model.
     *
     * @return a new builder
     */
    static ModelClientBuilder builder() {
        return new ModelClientBuilder();
    }

    /**
     * Sends a chat request and waits for the whole answer.
     *
     * @param request the request
     * @return the answer
     * @throws ModelException on any failure, typed by cause (after retries and failover)
     * @throws IllegalStateException if the client is closed
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Sends a chat request without blocking the caller.
     *
     * @param request the request
     * @return the answer, completed exceptionally with a {@link ModelException} on failure
     */
    CompletableFuture<ChatResponse> chatAsync(ChatRequest request);

    /**
     * Streams an answer: the handler receives text, reasoning and tool-call deltas as they arrive,
     * then exactly one terminal event (completed or failed). Returns at once.
     *
     * @param request the request
     * @param handler the event handler
     * @return control over the stream (cancel, completion)
     * @throws IllegalStateException if the client is closed
     */
    StreamHandle stream(ChatRequest request, StreamHandler handler);

    /**
     * Computes embedding vectors.
     *
     * @param request the texts
     * @return one vector per text, in order
     * @throws ModelException on any failure, typed by cause
     * @throws IllegalStateException if the client is closed
     */
    EmbeddingResponse embed(EmbeddingRequest request);

    /** Releases connections and threads. Idempotent; never throws. */
    @Override
    void close();
}
