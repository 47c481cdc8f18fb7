package ai.domainassist.core.testing;

import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A stream handler that records every event and lets a test wait for the terminal one. */
public final class RecordingHandler implements StreamHandler {
    private final List<StreamEvent> events = new ArrayList<>();
    private final CountDownLatch terminal = new CountDownLatch(1);
    private volatile long terminalNanos;
    private int terminalCount;

    @Override
    public synchronized void onEvent(StreamEvent event) {
        events.add(event);
        if (event instanceof StreamEvent.Completed || event instanceof StreamEvent.Failed) {
            terminalCount++;
            terminalNanos = System.nanoTime();
            terminal.countDown();
        }
    }

    /**
     * Waits for the terminal event.
     *
     * @param timeout the longest wait
     * @return the terminal event
     * @throws AssertionError if none came in time
     */
    public StreamEvent awaitTerminal(Duration timeout) {
        try {
            if (!terminal.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no terminal event within " + timeout + "; got " + events());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        synchronized (this) {
            return events.get(events.size() - 1);
        }
    }

    /** @return a copy of the events so far */
    public synchronized List<StreamEvent> events() {
        return new ArrayList<>(events);
    }

    /** @return the events so far without the terminal one */
    public synchronized List<StreamEvent> deltas() {
        return events.stream().filter(e -> !(e instanceof StreamEvent.Completed || e instanceof StreamEvent.Failed))
                .collect(Collectors.toList());
    }

    /** @return how many terminal events arrived (must be exactly one) */
    public synchronized int terminalCount() {
        return terminalCount;
    }

    /** @return {@link System#nanoTime()} when the terminal event arrived, 0 before */
    public long terminalNanos() {
        return terminalNanos;
    }
}
