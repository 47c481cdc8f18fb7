package ai.domainassist.examples.cli;

import ai.domainassist.examples.cli.batch.BatchItem;
import ai.domainassist.examples.cli.batch.BatchRunner;
import ai.domainassist.examples.cli.batch.ProgressDisplay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How every command runs its inputs: a single input without {@code --out} prints its result; a
 * folder (or any input with {@code --out}) goes through the {@link BatchRunner} with progress,
 * journal and summary.
 *
 * <p>Stateless and thread-safe.
 */
final class Execution {
    /** Produces one input's output in the chosen format. Called from several threads at once. */
    @FunctionalInterface
    interface Processor {
        /**
         * Processes one input.
         *
         * @param item the input
         * @param format the output format
         * @return the output's text
         * @throws Exception if the input cannot be processed
         */
        String process(BatchItem item, OutputFormat format) throws Exception;
    }

    private Execution() {
    }

    /**
     * Runs the inputs.
     *
     * @param root the command line (streams, terminal, clock)
     * @param options the output options
     * @param command the command's name for the journal, for example {@code medical structure}
     * @param input what the user gave (for messages)
     * @param items the inputs
     * @param folder whether the input is a folder of items (then {@code --out} is required)
     * @param processor what to do with each
     * @return the exit code: 0 all done, 1 some failed, 2 usage error, 130 interrupted
     * @throws IOException if the journal or an output cannot be written
     */
    static int run(Cli root, OutputOptions options, String command, Path input, List<BatchItem> items, boolean folder,
            Processor processor) throws IOException {
        if (options.threads < 1) {
            root.err.println("error: --threads must be at least 1");
            return 2;
        }
        if (items.isEmpty()) {
            root.err.println("error: no input found in " + input);
            return 2;
        }
        if (options.out == null) {
            if (folder) {
                root.err.println("error: --out DIR is required when the input is a folder (" + input + ")");
                return 2;
            }
            BatchItem item = items.get(0);
            String text;
            try {
                text = processor.process(item, options.format);
            } catch (Exception e) {
                root.err.println("FAILED " + item.key() + ": " + BatchRunner.reason(e));
                return 1;
            }
            root.out.print(text);
            root.out.flush();
            return 0;
        }
        BatchRunner runner = new BatchRunner(options.threads, new ProgressDisplay(root.err, root.terminal, root.nanoTime),
                root.nanoTime);
        String job = command + " --format " + options.format.optionName();
        BatchRunner.Summary s = runner.run(items, options.out, options.format.extension(), job, options.resume,
                item -> processor.process(item, options.format).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        double seconds = Math.max(1e-9, s.elapsed().toNanos() / 1e9);
        root.out.printf(Locale.ROOT, "%s: %d input(s): %d done, %d failed, %d skipped (done before) in %.1f s (%.1f/s); output in %s%n",
                command, s.total(), s.succeeded(), s.failed(), s.skipped(), seconds, (s.succeeded() + s.failed()) / seconds,
                options.out.toAbsolutePath().normalize());
        for (BatchRunner.Failure f : s.failures()) {
            root.out.println("  failed: " + f.key() + ": " + f.reason());
        }
        if (s.interrupted()) {
            root.out.println("  interrupted: run again with --resume to finish");
            return 130;
        }
        if (s.failed() > 0) {
            root.out.println("  fix the failed input(s) and run again with --resume: the done ones are skipped");
            return 1;
        }
        return 0;
    }
}
