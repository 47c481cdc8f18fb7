package ai.domainassist.core.chat;

import java.util.concurrent.CompletableFuture;

/**
 * Control over a running stream.
 *
 * <p>Thread-safe: {@link #cancel()} may be called from any thread, also from inside the handler.
 */
public interface StreamHandle {

    /**
     * Stops the stream: the connection is closed promptly (within 100 ms) and the handler receives
     * a {@link StreamEvent.Failed} event carrying a cancellation error, unless the stream had
     * already ended. Calling it again has no effect.
     */
    void cancel();

    /** @return whether {@link #cancel()} was called */
    boolean isCancelled();

    /**
     * The outcome of the stream: completes with the assembled response when the stream completes,
     * or exceptionally with the {@link ai.domainassist.core.ModelException} it failed with.
     *
     * @return the future outcome
     */
    CompletableFuture<ChatResponse> completion();
}
