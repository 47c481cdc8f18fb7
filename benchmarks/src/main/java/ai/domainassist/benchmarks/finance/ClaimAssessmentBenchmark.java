package ai.domainassist.benchmarks.finance;

import ai.domainassist.core.Result;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.HospitalRequirement;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Offline assessment of one 6-document inpatient claim (claim form, ID card, invoice, expense list,
 * discharge summary, bank card): classification, extraction with evidence, every risk rule, the
 * invoice-registry look-up (file-backed; the claim's invoices are already registered after the first
 * call, so this measures the read path), the payable estimate and the recommendation. Throughput in
 * bundles per second, single thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClaimAssessmentBenchmark {

    /** The form of the materials: messy OCR text or OCR key-value JSON. */
    @Param({"text", "json"})
    public String form;

    private Path registryDir;
    private ClaimsAssistant assistant;
    private ClaimBundle bundle;
    private InsurancePolicy policy;

    /** Loads the bundle and builds the assistant. */
    @Setup
    public void setUp() throws IOException {
        registryDir = Files.createTempDirectory("finance-bench");
        assistant = ClaimsAssistant.builder().registryDirectory(registryDir).build();
        String ext = form.equals("json") ? ".json" : ".txt";
        List<ClaimDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String content = resource("/ai/domainassist/benchmarks/finance/" + form + "/c" + i + ext);
            docs.add(form.equals("json") ? ClaimDocument.ocrJson("c" + i, content) : ClaimDocument.ocrText("c" + i, content));
        }
        bundle = ClaimBundle.of("BENCH-" + form, docs);
        policy = form.equals("json")
                ? policy("P2024021159650", "朱刚", "110108196009234399", LocalDate.of(2024, 2, 11))
                : policy("P2023110423905", "傅洋", "510107198912188760", LocalDate.of(2023, 11, 4));
        ClaimAssessment first = assistant.assess(bundle, policy).value();
        if (!first.alerts().isEmpty() || first.recommendation().decision() != Recommendation.Decision.PAY) {
            throw new IllegalStateException("benchmark bundle should be clean: " + first.alerts());
        }
    }

    private static InsurancePolicy policy(String number, String name, String id, LocalDate start) {
        return InsurancePolicy.builder().number(number).insured(name, id).period(start, start.plusDays(364))
                .waitingDays(Cause.ILLNESS, 30).deductible(BigDecimal.ZERO).annualLimit(new BigDecimal("200000"))
                .itemLimit(ClaimType.INPATIENT, new BigDecimal("100000"))
                .payoutRatios(BigDecimal.ONE, new BigDecimal("0.6"))
                .hospitalRequirement(new HospitalRequirement(2, true, true, "第2.2条"))
                .exclusion("cosmetic", "第2.5条(11)").exclusion("vision-correction", "第2.5条(13)")
                .exclusion("pregnancy", "第2.5条(12)").exclusion("dental", "第2.5条(13)")
                .preExisting(true, "第2.5条(16)").build();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ClaimAssessmentBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Closes the assistant and removes the registry. */
    @TearDown
    public void tearDown() throws IOException {
        assistant.close();
        try (Stream<Path> s = Files.walk(registryDir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One offline assessment of the 6-document bundle.
     *
     * @return the result (consumed by JMH)
     */
    @Benchmark
    public Result<ClaimAssessment> assessSixDocumentBundle() {
        return assistant.assess(bundle, policy);
    }
}
