package ai.domainassist.examples.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Shows a batch's progress: count, rate and time left. On a terminal a bar redrawn in place
 * ({@code \r}); otherwise (output to a file or a pipe, {@code System.console() == null}) a plain
 * line at most once a second and at the end, so logs stay readable. Failed items are always
 * reported on a line of their own, with the reason.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class ProgressDisplay {
    private static final int BAR_WIDTH = 28;
    private static final long LINE_INTERVAL_NANOS = 1_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private int total;
    private int skipped;
    private int ok;
    private int failed;
    private long startNanos;
    private long lastDrawNanos;
    private int lastWidth;

    /**
     * Creates a display.
     *
     * @param out where to draw (standard error, so that standard output carries only results)
     * @param terminal {@code true} for the redrawn bar, {@code false} for plain lines
     * @param nanoTime the clock ({@link System#nanoTime} outside tests)
     */
    public ProgressDisplay(PrintStream out, boolean terminal, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Starts the display.
     *
     * @param totalItems all items of the batch
     * @param skippedItems those already done by an earlier run (counted as done)
     */
    public synchronized void start(int totalItems, int skippedItems) {
        this.total = totalItems;
        this.skipped = skippedItems;
        this.startNanos = nanoTime.getAsLong();
        this.lastDrawNanos = startNanos;
        if (skippedItems > 0) {
            out.println("resuming: " + skippedItems + " of " + totalItems + " item(s) already done");
        }
        if (terminal) {
            draw();
        }
    }

    /** Counts an item done. */
    public synchronized void succeeded() {
        ok++;
        tick();
    }

    /**
     * Counts an item failed and reports it.
     *
     * @param key the item
     * @param reason one line
     */
    public synchronized void failed(String key, String reason) {
        failed++;
        if (terminal) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        out.println("FAILED " + key + ": " + reason);
        tick();
    }

    /** Draws the final state and ends the line. */
    public synchronized void finish() {
        if (terminal) {
            draw();
            out.println();
        } else {
            out.println(line());
        }
        out.flush();
    }

    private void tick() {
        long now = nanoTime.getAsLong();
        boolean last = ok + failed + skipped >= total;
        if (terminal) {
            if (now - lastDrawNanos >= REDRAW_INTERVAL_NANOS || last) {
                lastDrawNanos = now;
                draw();
            }
        } else if (now - lastDrawNanos >= LINE_INTERVAL_NANOS && !last) {
            lastDrawNanos = now;
            out.println(line());
        }
    }

    private void draw() {
        int done = ok + failed + skipped;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        String text = "\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status();
        int width = text.length();
        out.print(text + " ".repeat(Math.max(0, lastWidth - width)));
        lastWidth = width;
        out.flush();
    }

    /**
     * The plain progress line.
     *
     * @return for example {@code progress 12/40 (30%): ok 11, failed 1, 3.2 items/s, ETA 9 s}
     */
    String line() {
        return "progress " + status();
    }

    private String status() {
        int done = ok + failed + skipped;
        int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
        double seconds = Math.max(1e-9, (nanoTime.getAsLong() - startNanos) / 1e9);
        int processed = ok + failed;
        double rate = processed / seconds;
        String eta = done >= total ? "0 s" : processed == 0 ? "?" : formatSeconds((total - done) / rate);
        return String.format(Locale.ROOT, "%d/%d (%d%%): ok %d, failed %d%s, %.1f items/s, ETA %s", done, total, percent,
                ok, failed, skipped > 0 ? ", skipped " + skipped : "", rate, eta);
    }

    static String formatSeconds(double s) {
        long secs = Math.round(s);
        if (secs < 60) {
            return secs + " s";
        }
        if (secs < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", secs / 60, secs % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60);
    }
}
