package ai.domainassist.core.provider;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;

/**
 * The service-provider interface one wire protocol implements, and that every pipeline decorator
 * (redaction, cache, routing, rate limit, circuit breaker, retry, audit) implements by wrapping
 * the next one. Users normally never call it: they use {@link ai.domainassist.core.ModelClient}.
 * Implement it to plug in a protocol the SDK does not ship, or a scripted fake for tests.
 *
 * <p>Implementations must be thread-safe. Failures are reported as
 * {@link ai.domainassist.core.ModelException} subtypes, never as {@code null} or a raw
 * {@code IOException}.
 */
public interface ModelProvider extends AutoCloseable {

    /** @return the provider's name, for example {@code deepseek}; used in errors, audit and responses */
    String name();

    /** @return what this provider supports, for choosing how to ask for structured output */
    ProviderCapabilities capabilities();

    /**
     * Sends a chat request and waits for the whole answer.
     *
     * @param request the request
     * @return the answer
     * @throws ai.domainassist.core.ModelException on any failure, typed by cause
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Starts a streamed chat request and returns at once; events reach the handler from another
     * thread. Failures to start are delivered to the handler too (as a terminal
     * {@link ai.domainassist.core.chat.StreamEvent.Failed} event), not thrown.
     *
     * @param request the request
     * @param handler receives the events
     * @return control over the stream
     */
    StreamHandle stream(ChatRequest request, StreamHandler handler);

    /**
     * Computes embeddings.
     *
     * @param request the texts
     * @return one vector per text
     * @throws ai.domainassist.core.ModelException on any failure, typed by cause
     */
    EmbeddingResponse embed(EmbeddingRequest request);

    /** Releases what this provider holds; the default holds nothing. Never throws. */
    @Override
    default void close() {
    }
}
