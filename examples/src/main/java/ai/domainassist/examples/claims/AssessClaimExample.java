package ai.domainassist.examples.claims;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.report.ClaimAssessmentPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Claim assessment ({@code sdk-finance}): two claims of the sample data, each a folder of OCR text
 * and OCR JSON materials with its policy, assessed by the claims assistant: recommendation,
 * payable computation, risk alerts, review report.
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessClaimExample implements Example {
    static final List<String> CLAIMS = List.of("claims/clm-2024-0611-outpatient", "claims/clm-2024-0715-inpatient");

    @Override
    public String title() {
        return "Claim assessment (sdk-finance ClaimsAssistant.assess)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        Path registry = Files.createTempDirectory("da-example-invoices");
        try {
            ClaimsAssistant.Builder builder = ClaimsAssistant.builder().registryDirectory(registry);
            context.model().ifPresent(builder::model);
            try (ClaimsAssistant assistant = builder.build()) {
                for (String sample : CLAIMS) {
                    ClaimFolder claim = ClaimFolder.read(Samples.path(sample));
                    Result<ClaimAssessment> result = assistant.assess(claim.bundle(), claim.policy());
                    context.out().println("-- " + sample + " (" + claim.bundle().documents().size() + " documents)");
                    context.out().print(AssessmentText.write(result).indent(2));
                    context.page("claim-" + claim.bundle().claimId() + ".html",
                            ClaimAssessmentPage.builder(result, claim.bundle()).build());
                }
            }
        } finally {
            deleteTree(registry);
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     * @throws Exception if it fails
     */
    public static void main(String[] args) throws Exception {
        RunAll.runOne(new AssessClaimExample());
    }

    static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
