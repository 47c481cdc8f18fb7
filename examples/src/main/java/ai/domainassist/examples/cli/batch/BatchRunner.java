package ai.domainassist.examples.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Runs one task over many inputs in parallel and writes one output file per input: the engine
 * of the command line's folder mode.
 *
 * <p>For each item not already done ({@link Journal}, with {@code resume}): the task produces the
 * output's bytes, they are written atomically to {@code outDir/<outputStem>.<extension>}, and the
 * item is journalled as done. An item whose task throws an exception is reported (progress line,
 * journal, summary) and the run goes on; an {@link Error} aborts the run (after the items in flight
 * end), leaving the journal consistent for {@code --resume}. Interrupting the calling thread stops
 * the run the same way.
 *
 * <p>Not thread-safe itself (one run at a time); the task is called from {@code threads} threads at once.
 */
public final class BatchRunner {
    /** Produces one item's output. Called concurrently; must be thread-safe. */
    @FunctionalInterface
    public interface Task {
        /**
         * Processes one item.
         *
         * @param item the item
         * @return the output file's content
         * @throws Exception if the item cannot be processed (it is reported and the run goes on)
         */
        byte[] process(BatchItem item) throws Exception;
    }

    /**
     * A failed item.
     *
     * @param key the item
     * @param reason the exception's type and message, one line
     */
    public record Failure(String key, String reason) {
    }

    /**
     * What a run did.
     *
     * @param total all items
     * @param succeeded done in this run
     * @param failed failed in this run
     * @param skipped already done by an earlier run (resume)
     * @param failures the failed items, in input order
     * @param elapsed the run's wall time
     * @param interrupted whether the run was stopped before every item was tried
     */
    public record Summary(int total, int succeeded, int failed, int skipped, List<Failure> failures, Duration elapsed,
            boolean interrupted) {
        /** Copies the failures. */
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    private final int threads;
    private final ProgressDisplay progress;
    private final LongSupplier nanoTime;

    /**
     * Creates a runner.
     *
     * @param threads how many items run at once, at least 1
     * @param progress where progress goes
     * @param nanoTime the clock for the elapsed time ({@link System#nanoTime} outside tests)
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public BatchRunner(int threads, ProgressDisplay progress, LongSupplier nanoTime) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Runs the task over the items.
     *
     * @param items the inputs (keys and output stems unique)
     * @param outDir the output folder (created when missing); the journal lives there
     * @param extension the output files' extension, without the dot
     * @param job the command and format, recorded in the journal (see {@link Journal#open})
     * @param resume whether to skip items an earlier run of the same job finished
     * @param task what to do with each item
     * @return the summary
     * @throws IOException if the journal or an output cannot be written (the run stops: a result that
     *     cannot be recorded must not count as done)
     * @throws JournalException if the journal cannot be resumed
     * @throws Error if a task threw one (the run stops; the journal stays consistent)
     */
    public Summary run(List<BatchItem> items, Path outDir, String extension, String job, boolean resume, Task task)
            throws IOException {
        long start = nanoTime.getAsLong();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        int[] counts = new int[2];
        boolean interrupted = false;
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        if (resume) {
            AtomicFiles.deleteOrphans(outDir);     // half-written results of a run that was killed
        }
        try (Journal journal = Journal.open(outDir, job, resume)) {
            List<BatchItem> pending = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            int skipped = 0;
            for (BatchItem item : items) {
                String sha;
                try {
                    sha = sha256(item.input());
                } catch (IOException e) {
                    sha = "unreadable";
                }
                if (resume && journal.isDone(item.key(), sha)) {
                    skipped++;
                } else {
                    pending.add(item);
                    hashes.add(sha);
                }
            }
            progress.start(items.size(), skipped);
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, pending.size())), r -> {
                Thread t = new Thread(r, "da-batch");
                t.setDaemon(true);
                return t;
            });
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (int i = 0; i < pending.size(); i++) {
                    BatchItem item = pending.get(i);
                    String sha = hashes.get(i);
                    futures.add(pool.submit(() -> {
                        if (stop.get()) {
                            return null;                  // an Error ended the run: start nothing new
                        }
                        try {
                            processOne(item, sha, outDir, extension, journal, task, failures, counts);
                        } catch (Error | IOException e) {
                            stop.set(true);
                            throw e;
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                interrupted = true;
            } catch (ExecutionException e) {
                pool.shutdownNow();
                awaitQuietly(pool);
                progress.finish();
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
                awaitQuietly(pool);
            }
            progress.finish();
            java.util.Map<String, Integer> order = new java.util.HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                order.put(items.get(i).key(), i);
            }
            failures.sort(java.util.Comparator.comparingInt(f -> order.getOrDefault(f.key(), -1)));
            synchronized (counts) {
                return new Summary(items.size(), counts[0], counts[1], skipped, failures,
                        Duration.ofNanos(nanoTime.getAsLong() - start), interrupted);
            }
        }
    }

    private void processOne(BatchItem item, String sha, Path outDir, String extension, Journal journal, Task task,
            List<Failure> failures, int[] counts) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = task.process(item);
        } catch (Exception e) {
            String reason = reason(e);
            journal.failed(item.key(), sha, reason);
            failures.add(new Failure(item.key(), reason));
            synchronized (counts) {
                counts[1]++;
            }
            progress.failed(item.key(), reason);
            return;
        }
        String output = item.outputStem() + "." + extension;
        AtomicFiles.write(outDir.resolve(output), bytes);
        journal.done(item.key(), sha, output);
        synchronized (counts) {
            counts[0]++;
        }
        progress.succeeded();
    }

    /**
     * One line for a failure: the exception's simple name and its first message line.
     *
     * @param e the exception
     * @return the reason
     */
    public static String reason(Throwable e) {
        String message = e.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (first.isBlank() ? "" : ": " + first);
    }

    /**
     * The SHA-256 of an input: a file's bytes, or a folder's files (relative path, NUL, bytes; sorted,
     * hidden files left out).
     *
     * @param input a file or folder
     * @return the hash in hex
     * @throws IOException if it cannot be read
     */
    static String sha256(Path input) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !input.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            for (Path f : files) {
                md.update(input.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                digest(md, f);
            }
        } else {
            digest(md, input);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
