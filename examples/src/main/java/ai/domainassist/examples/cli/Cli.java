package ai.domainassist.examples.cli;

import ai.domainassist.core.ModelClient;
import ai.domainassist.examples.ModelFromEnvironment;
import ai.domainassist.examples.cli.batch.BatchRunner;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line over the SDK's helpers: {@code da medical structure}, {@code da claims assess},
 * {@code da gov check|draft|ask}. Offline unless the {@code DA_*} environment variables name a
 * model ({@link ModelFromEnvironment}).
 *
 * <p>Exit codes: 0 every input done; 1 some input failed (the others were done); 2 bad usage or a
 * setup error (nothing done); 130 interrupted.
 *
 * <p>One instance per invocation; not thread-safe.
 */
@Command(name = "da", mixinStandardHelpOptions = true, version = "da (Domain Assistant SDK examples) 0.1.0-SNAPSHOT",
        description = {"Domain Assistant SDK helpers on files and folders: outpatient records, claims, official documents.",
            "Offline by default; set DA_PROVIDER, DA_BASE_URL, DA_API_KEY, DA_MODEL to use a model."},
        subcommands = {MedicalCommand.class, ClaimsCommand.class, GovCommand.class, CommandLine.HelpCommand.class})
public final class Cli {
    final PrintStream out;
    final PrintStream err;
    final Map<String, String> env;
    final boolean terminal;
    final LongSupplier nanoTime;
    private ModelClient model;
    private boolean modelBuilt;

    private Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Entry point: runs the command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), System.console() != null, System::nanoTime));
    }

    /**
     * Runs a command in this process (the tests' way in).
     *
     * @param args the command line
     * @param out standard output: results of a single input, summaries
     * @param err standard error: progress, failures, usage errors
     * @param env the environment ({@code DA_*} choose the model)
     * @param terminal whether {@code err} is a terminal (progress bar) or not (progress lines)
     * @param nanoTime the clock for rates and times
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal,
            LongSupplier nanoTime) {
        Cli root = new Cli(out, err, env, terminal, nanoTime);
        try {
            CommandLine cl = new CommandLine(root);
            cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                err.println("error: " + BatchRunner.reason(e));
                return 2;
            });
            cl.setParameterExceptionHandler(Cli::usageError);
            cl.setUsageHelpAutoWidth(true);              // a terminal's width; 80 columns otherwise
            wholeParagraphs(cl);
            return cl.execute(args);
        } finally {
            root.closeModel();
        }
    }

    /**
     * Each command's description is written as lines in its annotation; joined into one paragraph,
     * picocli wraps it at the usage width instead of breaking the written lines a second time
     * (which left half sentences on lines of their own).
     */
    private static void wholeParagraphs(CommandLine cl) {
        String[] lines = cl.getCommandSpec().usageMessage().description();
        if (lines.length > 1) {
            cl.getCommandSpec().usageMessage().description(String.join(" ", lines));
        }
        cl.getSubcommands().values().forEach(Cli::wholeParagraphs);
    }

    /**
     * A usage error: picocli's message and usage, and for a mistyped option the nearest options of
     * the command (picocli suggests only mistyped subcommands).
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && !CommandLine.UnmatchedArgumentException.printSuggestions(u, err)) {
            for (String arg : u.getUnmatched()) {
                if (arg.startsWith("-")) {
                    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                    java.util.List<String> near = nearest(name, cmd.getCommandSpec().optionsMap().keySet());
                    if (!near.isEmpty()) {
                        err.println("Did you mean: " + String.join(" or ", near) + "?");
                    }
                }
            }
        }
        cmd.usage(err);
        return 2;
    }

    private static java.util.List<String> nearest(String typed, java.util.Set<String> names) {
        int best = Integer.MAX_VALUE;
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String n : new java.util.TreeSet<>(names)) {
            int d = distance(typed, n);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(n);
            }
        }
        return best <= Math.max(2, typed.length() / 3) ? out : java.util.List.of();
    }

    /** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The model named by the environment, built on first use.
     *
     * @return the model, or empty: offline
     * @throws IllegalArgumentException if the {@code DA_*} variables are inconsistent
     */
    synchronized Optional<ModelClient> model() {
        if (!modelBuilt) {
            model = ModelFromEnvironment.from(env).orElse(null);
            modelBuilt = true;
        }
        return Optional.ofNullable(model);
    }

    private synchronized void closeModel() {
        if (model != null) {
            model.close();
        }
    }
}
