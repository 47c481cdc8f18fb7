package ai.domainassist.core;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;

/**
 * Your own behaviour around the fixed pipeline, in one of two slots (OkHttp's application and
 * network interceptors are the model):
 *
 * <ul>
 *   <li><b>Application slot</b> ({@code ModelClient.builder().interceptor(i)}): outermost, above the
 *       budget. Runs once per call the application makes, cache hits included, and sees the
 *       caller's request as given: <b>not redacted</b> (personal data still in it; it never left
 *       the process) and the caller's own answer (personal data restored). For a tenant tag
 *       ({@link ChatRequest.Options#task()}), a request policy, a guard that refuses some requests, a
 *       cache of your own.</li>
 *   <li><b>Attempt slot</b> ({@code ModelClient.builder().attemptInterceptor(i)}): per provider,
 *       under retry, beside the listeners and the audit: runs once per attempt (a retried call
 *       passes it again, a failover passes the next provider's), and sees the request as it goes
 *       to the provider: <b>redacted</b> (placeholders, not personal data) and the answer as the
 *       provider gave it (placeholders). What it changes is what the listeners, the audit and
 *       the provider see. For provider parameters ({@link ChatRequest#extraParameters()}),
 *       per-attempt measurements, a check of what really leaves the process.</li>
 * </ul>
 *
 * <pre>{@code
 * ModelInterceptor tenant = new ModelInterceptor() {
 *     @Override
 *     public ChatResponse chat(ChatRequest request, Chain chain) {
 *         return chain.chat(request.toBuilder().task("tenant-42." + request.options().task()).build());
 *     }
 * };
 * ModelClient client = ModelClient.builder().provider(spec).interceptor(tenant).build();
 * }</pre>
 *
 * <p>Each method passes the call on with its {@link Chain} exactly once (or answers without it:
 * a guard throws, a cache returns), and returns what it got or a replacement, never {@code null};
 * the chain checks this ({@link IllegalStateException} otherwise). Every method has a default
 * that passes the call on unchanged, so implement only what you need. Errors: throw a
 * {@link ModelException} to fail a call the way the pipeline does; a stream's failures reach its
 * handler, never thrown from {@code stream}. Implementations must be thread-safe.
 */
public interface ModelInterceptor {

    /**
     * Intercepts a chat call.
     *
     * @param request the request (see the class comment for what each slot sees)
     * @param chain the rest of the pipeline
     * @return the answer; never {@code null}
     * @throws ModelException to fail the call
     */
    default ChatResponse chat(ChatRequest request, Chain chain) {
        return chain.chat(request);
    }

    /**
     * Intercepts a streamed call. Wrap the handler to see or change events; keep the contract of
     * {@link ai.domainassist.core.provider.ModelProvider#stream}: exactly one terminal event.
     *
     * @param request the request
     * @param handler the caller's handler
     * @param chain the rest of the pipeline
     * @return control over the stream; never {@code null}
     */
    default StreamHandle stream(ChatRequest request, StreamHandler handler, Chain chain) {
        return chain.stream(request, handler);
    }

    /**
     * Intercepts an embedding call.
     *
     * @param request the texts
     * @param chain the rest of the pipeline
     * @return the vectors; never {@code null}
     * @throws ModelException to fail the call
     */
    default EmbeddingResponse embed(EmbeddingRequest request, Chain chain) {
        return chain.embed(request);
    }

    /**
     * The rest of the pipeline below an interceptor, for one call: pass the call on once.
     * Not thread-safe beyond that one call.
     */
    interface Chain {

        /**
         * @return in the attempt slot, the name of the provider this attempt goes to; in the
         *     application slot, the name of the client's provider chain
         */
        String provider();

        /**
         * Passes a chat call on.
         *
         * @param request the request to send
         * @return the answer
         * @throws IllegalStateException if this chain was already used
         * @throws ModelException on any failure below
         */
        ChatResponse chat(ChatRequest request);

        /**
         * Passes a streamed call on.
         *
         * @param request the request to send
         * @param handler receives the events
         * @return control over the stream
         * @throws IllegalStateException if this chain was already used
         */
        StreamHandle stream(ChatRequest request, StreamHandler handler);

        /**
         * Passes an embedding call on.
         *
         * @param request the texts
         * @return the vectors
         * @throws IllegalStateException if this chain was already used
         * @throws ModelException on any failure below
         */
        EmbeddingResponse embed(EmbeddingRequest request);
    }
}
