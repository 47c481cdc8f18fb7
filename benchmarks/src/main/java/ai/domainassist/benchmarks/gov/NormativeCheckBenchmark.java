package ai.domainassist.benchmarks.gov;

import ai.domainassist.gov.check.NormativeChecker;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.rules.Proofreader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The normative check of a 5,000-character official document (a 通知 of 22 sections, 88 clauses,
 * in resources/ai/domainassist/benchmarks/gov/document-5000.txt): every rule, with and without
 * the proofreader, and with a policy library (reference and duplicate rules) of that document's
 * own paragraphs split into 11 policies. The document is parsed inside the measured call.
 *
 * <pre>
 * mvn -B -q -Pbench -pl benchmarks -am -DskipTests verify \
 *     -Djmh.args="ai.domainassist.benchmarks.gov -f 1 -wi 3 -i 5 -rf json -rff results/gov.json"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormativeCheckBenchmark {
    private String document;
    private NormativeChecker full;
    private NormativeChecker withoutProofreading;
    private NormativeChecker withLibrary;

    /**
     * Loads the document and builds the checkers (the proofreader's data is loaded here).
     *
     * @throws IOException if the document resource cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = NormativeCheckBenchmark.class.getResourceAsStream("document-5000.txt")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        full = NormativeChecker.builder().proofreader(Proofreader.standard()).build();
        withoutProofreading = NormativeChecker.builder().withoutProofreading().build();
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        String[] lines = document.split("\n");
        for (int p = 0; p < 11; p++) {
            StringBuilder sb = new StringBuilder("北京市人民政府关于第" + (p + 1) + "项工作的通知\n\n各区人民政府：\n");
            for (int i = 8 + p; i < lines.length - 4; i += 11) {
                sb.append(lines[i]).append('\n');
            }
            sb.append("\n北京市人民政府\n2023年1月").append(p + 1).append("日\n");
            lib.addText(sb.toString(), PolicyMetadata.inForce("p" + p, "北京市人民政府"));
        }
        withLibrary = NormativeChecker.builder().proofreader(Proofreader.standard()).references(lib).build();
    }

    /** @return the report of every offline rule, proofreading included */
    @Benchmark
    public NormativeReport checkAllRules() {
        return full.check("doc", document);
    }

    /** @return the report without proofreading */
    @Benchmark
    public NormativeReport checkWithoutProofreading() {
        return withoutProofreading.check("doc", document);
    }

    /** @return the report with the library rules too (every paragraph is a near duplicate) */
    @Benchmark
    public NormativeReport checkWithLibrary() {
        return withLibrary.check("doc", document);
    }
}
