package ai.domainassist.core.internal;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The stream handle a decorator returns when one logical stream may run as several attempts
 * (retry, failover) or is answered without a provider (cache, budget). It forwards events to the
 * caller's handler, guarantees exactly one terminal event, completes {@link #completion()}, and
 * passes {@link #cancel()} to the attempt currently running, or, between attempts, cancels the
 * wait and ends the stream at once.
 *
 * <p>Thread-safe: events are delivered under a lock, so the caller's handler never runs
 * concurrently for this stream.
 */
public final class RelayStreamHandle implements StreamHandle {
    private final StreamHandler downstream;
    private final ErrorDetails details;
    private final CompletableFuture<ChatResponse> completion = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Object lock = new Object();
    private boolean terminated;
    private StreamHandle current;
    private int currentAttempt = -1;
    /** The wait before the next attempt, while the stream is between attempts; else {@code null}. */
    private Future<?> pendingWait;

    /**
     * @param downstream the caller's handler
     * @param details what to put in a cancellation error
     */
    public RelayStreamHandle(StreamHandler downstream, ErrorDetails details) {
        this.downstream = downstream;
        this.details = details;
    }

    /**
     * Records the handle of an attempt; an older attempt's handle never replaces a newer one. If
     * the stream was cancelled or has ended meanwhile, the attempt is cancelled at once: an attempt
     * whose first events arrived before its handle was attached (a fast stream, a cancel between
     * the wait and the attach) must not run on with nobody listening.
     *
     * @param attempt the attempt's number, increasing
     * @param handle its handle
     */
    public void attach(int attempt, StreamHandle handle) {
        boolean cancelNow;
        synchronized (lock) {
            if (attempt < currentAttempt) {
                return;
            }
            currentAttempt = attempt;
            current = handle;
            pendingWait = null;
            cancelNow = cancelled.get() || terminated;
        }
        if (cancelNow && !handle.completion().isDone()) {
            handle.cancel();
        }
    }

    /**
     * Records that the stream is between attempts, waiting in {@code wait} (not yet started, or
     * running on another thread than the failed attempt's). A {@link #cancel()} from now on cancels
     * the wait (interrupting it) and ends the stream at once with a {@link CancelledException},
     * instead of after the wait.
     *
     * @param wait the wait, which then starts the next attempt
     * @return {@code false} if the stream was cancelled already: it has been ended here, and the
     *     wait must not run
     */
    public boolean waitBetweenAttempts(Future<?> wait) {
        synchronized (lock) {
            if (!cancelled.get()) {
                current = null;
                pendingWait = wait;
                return true;
            }
        }
        fail(cancellation(details));
        return false;
    }

    /**
     * Passes an event to the caller's handler. Events after the terminal one are dropped. An
     * exception from the handler on a non-terminal event propagates (the provider that delivered
     * it then cancels and reports the failure); on a terminal event it is swallowed.
     *
     * @param event the event
     * @return whether the event was delivered
     */
    public boolean deliver(StreamEvent event) {
        boolean terminal = event instanceof StreamEvent.Completed || event instanceof StreamEvent.Failed;
        synchronized (lock) {
            if (terminated) {
                return false;
            }
            if (!terminal) {
                downstream.onEvent(event);
                return true;
            }
            terminated = true;
            try {
                downstream.onEvent(event);
            } catch (RuntimeException ignored) {
                // the stream has ended; a failing handler cannot change that
            }
        }
        if (event instanceof StreamEvent.Completed c) {
            completion.complete(c.response());
        } else {
            completion.completeExceptionally(((StreamEvent.Failed) event).error());
        }
        return true;
    }

    /**
     * Ends the stream with a failure (for example a call rejected before any provider ran).
     *
     * @param error the error
     */
    public void fail(ModelException error) {
        deliver(new StreamEvent.Failed(error));
    }

    /** @return whether the terminal event was delivered */
    public boolean isDone() {
        synchronized (lock) {
            return terminated;
        }
    }

    @Override
    public void cancel() {
        if (!cancelled.compareAndSet(false, true)) {
            return;
        }
        StreamHandle running;
        Future<?> wait;
        synchronized (lock) {
            running = current;
            wait = pendingWait;
        }
        if (wait != null) {
            wait.cancel(true);
            fail(cancellation(details));
            return;
        }
        if (running != null && !running.completion().isDone()) {
            running.cancel();
        }
        // Between attempts (or if the attempt ignored the request) end the stream here.
        if (running == null || running.completion().isDone()) {
            fail(cancellation(details));
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public CompletableFuture<ChatResponse> completion() {
        return completion;
    }

    /**
     * The error a cancelled stream ends with.
     *
     * @param details what is known about the call
     * @return the error
     */
    public static ModelException cancellation(ErrorDetails details) {
        return new CancelledException("stream cancelled by the caller", details, null);
    }
}
