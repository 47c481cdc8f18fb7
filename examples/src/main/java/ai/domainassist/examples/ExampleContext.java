package ai.domainassist.examples;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.core.report.ReviewReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an example gets: where to print, the model (or none: offline), and where its review reports go.
 *
 * <p>Not thread-safe: one context per run of the examples.
 */
public final class ExampleContext {
    private final PrintStream out;
    private final ModelClient model;
    private final Path reportsDir;
    private final List<Path> reports = new ArrayList<>();

    /**
     * Creates a context.
     *
     * @param out where the examples print
     * @param model the model, or {@code null} to run the offline engines
     * @param reportsDir the folder the HTML review reports are written to (created when needed)
     */
    public ExampleContext(PrintStream out, ModelClient model, Path reportsDir) {
        this.out = Objects.requireNonNull(out, "out");
        this.model = model;
        this.reportsDir = Objects.requireNonNull(reportsDir, "reportsDir");
    }

    /** @return where to print */
    public PrintStream out() {
        return out;
    }

    /** @return the configured model; empty: run offline */
    public Optional<ModelClient> model() {
        return Optional.ofNullable(model);
    }

    /** @return the folder the review reports go to */
    public Path reportsDir() {
        return reportsDir;
    }

    /** @return the reports written so far, in order */
    public List<Path> reports() {
        return List.copyOf(reports);
    }

    /**
     * Writes the HTML review report of a result and prints where it went.
     *
     * @param fileName the report's file name, for example {@code claim-outpatient.html}
     * @param title the page title
     * @param result the result
     * @param sources the source texts its evidence refers to, by source id
     * @return the written file
     * @throws IOException if the file cannot be written
     */
    public Path report(String fileName, String title, Result<?> result, Map<String, String> sources) throws IOException {
        return write(fileName, ReviewReport.builder(result).title(title).sources(sources).build().html());
    }

    /**
     * Writes a domain's review page (the outpatient record, claim assessment, normative check or
     * draft page) and prints where it went.
     *
     * @param fileName the page's file name, for example {@code medical-visit-01.html}
     * @param page the page
     * @return the written file
     * @throws IOException if the file cannot be written
     */
    public Path page(String fileName, ReviewPage page) throws IOException {
        return write(fileName, page.html());
    }

    private Path write(String fileName, String html) throws IOException {
        Files.createDirectories(reportsDir);
        Path file = reportsDir.resolve(fileName);
        Files.writeString(file, html, java.nio.charset.StandardCharsets.UTF_8);
        reports.add(file);
        out.println("  review page: " + file.toAbsolutePath().normalize());
        return file;
    }
}
