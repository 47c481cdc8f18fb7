package ai.domainassist.examples;

import ai.domainassist.core.ModelClient;
import ai.domainassist.examples.claims.AssessClaimExample;
import ai.domainassist.examples.gov.AnswerQuestionExample;
import ai.domainassist.examples.gov.CheckDocumentExample;
import ai.domainassist.examples.gov.ComparePoliciesExample;
import ai.domainassist.examples.gov.DraftDocumentExample;
import ai.domainassist.examples.gov.SearchPoliciesExample;
import ai.domainassist.examples.medical.StructureRecordExample;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every example on the bundled sample data, printing what each helper produced and writing
 * the HTML review reports. README's "run" command ({@code mvn -B -q -DskipTests -Prun-examples verify})
 * calls this.
 *
 * <p>Offline by default (no key, no network); with {@code DA_PROVIDER}, {@code DA_BASE_URL},
 * {@code DA_API_KEY} and {@code DA_MODEL} set ({@link ModelFromEnvironment}) the same code uses
 * that model. Reports go to the folder named by the system property {@code da.reports.dir}
 * (the build sets {@code examples/target/reports}), else {@code target/reports}.
 */
public final class RunAll {
    /** The system property naming the reports folder. */
    public static final String REPORTS_DIR_PROPERTY = "da.reports.dir";

    private RunAll() {
    }

    /**
     * The examples, in the order they run.
     *
     * @return one example per helper task
     */
    public static List<Example> examples() {
        return List.of(new StructureRecordExample(), new AssessClaimExample(), new SearchPoliciesExample(),
                new ComparePoliciesExample(), new DraftDocumentExample(), new CheckDocumentExample(),
                new AnswerQuestionExample());
    }

    /**
     * Entry point.
     *
     * @param args ignored
     * @throws IllegalStateException if an example failed (after all have run), so a build running this fails
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failed = run(out, System.getenv(), reportsDir(), examples());
        if (failed > 0) {
            throw new IllegalStateException(failed + " example(s) failed; see above");
        }
    }

    /**
     * Runs one example as {@link #main} runs all (its own {@code main} calls this).
     *
     * @param example the example
     * @throws IllegalStateException if it failed
     */
    public static void runOne(Example example) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (run(out, System.getenv(), reportsDir(), List.of(example)) > 0) {
            throw new IllegalStateException("the example failed; see above");
        }
    }

    /**
     * Runs examples one after another; a failing example is reported and the others still run.
     *
     * @param out where to print
     * @param env the environment ({@code DA_*} variables choose the model)
     * @param reportsDir where the review reports go
     * @param examples the examples
     * @return how many failed
     * @throws IllegalArgumentException if the {@code DA_*} variables are inconsistent (nothing runs)
     */
    public static int run(PrintStream out, Map<String, String> env, Path reportsDir, List<Example> examples) {
        out.println("== Domain Assistant SDK examples ==");
        out.println(ModelFromEnvironment.describe(env));
        Optional<ModelClient> model = ModelFromEnvironment.from(env);
        int failed = 0;
        long start = System.nanoTime();
        try {
            ExampleContext context = new ExampleContext(out, model.orElse(null), reportsDir);
            for (Example example : examples) {
                out.println();
                out.println("== " + example.title());
                long t0 = System.nanoTime();
                try {
                    example.run(context);
                    out.printf("   (%d ms)%n", (System.nanoTime() - t0) / 1_000_000);
                } catch (Exception | LinkageError e) {
                    failed++;
                    out.println("   FAILED: " + e);
                    StackTraceElement[] trace = e.getStackTrace();
                    for (int i = 0; i < Math.min(4, trace.length); i++) {
                        out.println("     at " + trace[i]);
                    }
                }
            }
            out.println();
            out.printf("== %d example(s), %d failed, %d review report(s) in %s, %.1f s%n", examples.size(), failed,
                    context.reports().size(), reportsDir.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
        } finally {
            model.ifPresent(ModelClient::close);
        }
        return failed;
    }

    private static Path reportsDir() {
        return Path.of(System.getProperty(REPORTS_DIR_PROPERTY, "target/reports"));
    }
}
