package ai.domainassist.testkit;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * One scripted stream: the deltas of an {@link Answer}, then exactly one terminal event, delivered
 * in order on the thread that runs it. Cancellation is honoured between events and during a pause.
 * The {@link #completion()} future completes after the handler has returned from the terminal
 * event, so a test that waits on it sees every event.
 *
 * <p>{@link #cancel()} and {@link #completion()} are thread-safe; {@link #run()} runs once.
 */
final class ScriptedStream implements StreamHandle, Runnable {
    private final List<StreamEvent> deltas;
    private final ChatResponse response;
    private final ModelException error;
    private final int failAfter;
    private final CountDownLatch pause;
    private final int pauseAfter;
    private final StreamHandler handler;
    private final ErrorDetails details;
    private final CompletableFuture<ChatResponse> completion = new CompletableFuture<>();
    private volatile boolean cancelled;
    private Runnable onCancel = () -> { };
    private volatile boolean waiting;
    private volatile Thread runner;

    ScriptedStream(Answer answer, ChatResponse response, StreamHandler handler, ErrorDetails details) {
        this.deltas = deltas(answer);
        this.response = response;
        this.error = answer.error();
        this.failAfter = Math.min(answer.failAfter(), deltas.size());
        this.pause = answer.pause();
        this.pauseAfter = answer.pauseAfter();
        this.handler = handler;
        this.details = details;
    }

    /** A stream that fails at once, for requests the script has no answer for. */
    static ScriptedStream failing(ModelException error, StreamHandler handler) {
        return new ScriptedStream(Answer.failure(error), null, handler, ErrorDetails.UNKNOWN);
    }

    private static List<StreamEvent> deltas(Answer a) {
        List<StreamEvent> out = new ArrayList<>();
        a.reasoning().forEach(r -> out.add(new StreamEvent.ReasoningDelta(r)));
        a.chunks().forEach(c -> out.add(new StreamEvent.TextDelta(c)));
        List<ToolCall> calls = a.toolCallList();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall c = calls.get(i);
            out.add(new StreamEvent.ToolCallDelta(i, c.id(), c.name(), ""));
            if (!c.arguments().isEmpty()) {
                out.add(new StreamEvent.ToolCallDelta(i, null, null, c.arguments()));
            }
        }
        if (a.error() == null && !a.usage().equals(Usage.ZERO)) {
            out.add(new StreamEvent.UsageUpdate(a.usage()));
        }
        return out;
    }

    @Override
    public void run() {
        runner = Thread.currentThread();
        int limit = error != null ? failAfter : deltas.size();
        for (int i = 0; i < limit; i++) {
            if (i == pauseAfter && !awaitResume()) {
                break;
            }
            if (cancelled) {
                break;
            }
            try {
                handler.onEvent(deltas.get(i));
            } catch (RuntimeException e) {
                cancelled = true;
                finish(new CancelledException("the stream handler threw " + e.getClass().getSimpleName()
                        + "; stream cancelled", details, e));
                return;
            }
        }
        if (limit == pauseAfter && !cancelled) {
            awaitResume();
        }
        if (cancelled) {
            finish(new CancelledException("stream cancelled", details, null));
        } else if (error != null) {
            finish(error);
        } else {
            try {
                handler.onEvent(new StreamEvent.Completed(response));
            } catch (RuntimeException ignored) {
                // the stream is over; a handler failing on the terminal event changes nothing
            }
            completion.complete(response);
        }
    }

    /** Waits for the test to release the pause; false when cancelled meanwhile. */
    private boolean awaitResume() {
        waiting = true;
        try {
            if (!cancelled) {
                pause.await();
            }
        } catch (InterruptedException e) {
            // cancel() interrupts a paused stream
        } finally {
            waiting = false;
            Thread.interrupted(); // do not leak an interrupt that arrived after the wait into the handler
        }
        return !cancelled;
    }

    private void finish(ModelException e) {
        try {
            handler.onEvent(new StreamEvent.Failed(e));
        } catch (RuntimeException ignored) {
            // the stream is over
        }
        completion.completeExceptionally(e);
    }

    /** @param action run once when the stream is first cancelled (the provider counts cancelled streams) */
    ScriptedStream onCancel(Runnable action) {
        this.onCancel = action;
        return this;
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
        }
        onCancel.run();
        Thread t = runner;
        if (waiting && t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<ChatResponse> completion() {
        return completion;
    }
}
