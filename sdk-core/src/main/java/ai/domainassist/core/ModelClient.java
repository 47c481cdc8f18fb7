package ai.domainassist.core;

import ai.domainassist.core.cache.CacheStats;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.resilience.ProviderStatus;
import ai.domainassist.core.structured.Extraction;
import ai.domainassist.core.structured.StructuredOutput;
import ai.domainassist.core.usage.UsageMeter;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
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

    /**
     * Asks for a value of a Java type and returns it parsed and validated against the type's JSON
     * schema (see {@link StructuredOutput} for how the schema is sent, how answers are read and
     * when the model is asked again). The request goes through the whole pipeline, redaction
     * included: personal data in the value is restored.
     *
     * @param request the conversation that asks for the data
     * @param type a record or class Jackson can create
     * @param <T> the type
     * @return the value, the raw answer, the attempts and the summed usage
     * @throws StructuredOutputException if no valid value came back after one re-ask
     * @throws ModelException if a model call failed
     * @throws IllegalArgumentException if no JSON schema can be made for the type
     */
    default <T> Extraction<T> extract(ChatRequest request, Class<T> type) {
        return StructuredOutput.defaults().extract(this, request, type);
    }

    /**
     * Like {@link #extract(ChatRequest, Class)} for a generic type, for example
     * {@code new TypeReference<List<Diagnosis>>() {}}.
     *
     * @param request the conversation that asks for the data
     * @param type the type
     * @param <T> the type
     * @return the value, the raw answer, the attempts and the summed usage
     * @throws StructuredOutputException if no valid value came back after one re-ask
     * @throws ModelException if a model call failed
     * @throws IllegalArgumentException if no JSON schema can be made for the type
     */
    default <T> Extraction<T> extract(ChatRequest request, TypeReference<T> type) {
        return StructuredOutput.defaults().extract(this, request, type);
    }

    /**
     * What every configured provider supports (with failover, any of them may answer); structured
     * output uses it to choose how to ask for JSON. The default says plain text only, which makes
     * structured output put the schema in the prompt; clients built by the builder report the
     * providers' real capabilities.
     *
     * @return the capabilities
     */
    default ProviderCapabilities capabilities() {
        return ProviderCapabilities.TEXT_ONLY;
    }

    /**
     * Usage and cost totals of this client, overall and per task label, counted from every
     * provider call attempt (cache hits cost nothing and are not counted).
     *
     * @return the meter; empty for clients that do not keep one (the builder's always do)
     */
    default Optional<UsageMeter> usage() {
        return Optional.empty();
    }

    /**
     * Hit and miss counters of the response cache.
     *
     * @return the statistics; empty when the client has no cache
     */
    default Optional<CacheStats> cacheStats() {
        return Optional.empty();
    }

    /**
     * The state of each provider as the client knows it without calling it: its circuit breaker
     * and how its last attempt ended. For health checks: sends nothing, spends no tokens.
     *
     * @return one status per provider, in failover order; empty for clients that do not track
     *     them (the builder's always do)
     */
    default List<ProviderStatus> providerStatus() {
        return List.of();
    }

    /**
     * Starts configuring a variant of this client that shares its HTTP connection pool and dispatcher, as
     * OkHttp's {@code newBuilder()} does: the builder starts with this client's settings (providers given as
     * {@link ai.domainassist.core.provider.ProviderSpec}s, timeouts, default model, pipeline policies,
     * listeners and interceptors), each of which may be set once more on it. Providers you added as
     * {@link ai.domainassist.core.provider.ModelProvider} instances and audit sinks are not carried over:
     * this client closes them, so add them to the variant yourself if it should use them too. The variant
     * never closes the shared pool and dispatcher; they are released when this client is closed, so close
     * the variants first.
     *
     * @return a new builder, independent of this client's later use
     * @throws UnsupportedOperationException if this client was not built by {@link #builder()} (the default)
     * @throws IllegalStateException if this client is closed
     */
    default ModelClientBuilder newBuilder() {
        throw new UnsupportedOperationException(getClass().getName() + " was not built by ModelClient.builder()");
    }

    /** Releases connections and threads. Idempotent; never throws. */
    @Override
    void close();
}
