package ai.domainassist.examples.cli;

import ai.domainassist.core.Result;
import ai.domainassist.examples.claims.AssessmentText;
import ai.domainassist.examples.claims.ClaimFolder;
import ai.domainassist.examples.cli.batch.BatchItem;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.report.ClaimAssessmentPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code da claims assess BUNDLE_DIR}: insurance claims with {@code sdk-finance}.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "Insurance claims (sdk-finance).",
        subcommands = ClaimsCommand.Assess.class)
final class ClaimsCommand {
    @ParentCommand
    Cli root;

    /** {@code assess}: one claim folder, or a folder of claim folders. */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = {"Assess claims: recommendation, payable computation, risk alerts, with evidence.",
                "BUNDLE_DIR is one claim (a folder holding policy.json and the materials as txt/json OCR output)",
                "or a folder of such claim folders (processed in parallel; --out required)."})
    static final class Assess implements Callable<Integer> {
        @ParentCommand
        ClaimsCommand parent;

        @Parameters(paramLabel = "BUNDLE_DIR", description = "A claim folder or a folder of claim folders.")
        Path input;

        @Option(names = "--registry", paramLabel = "DIR",
                description = "The invoice registry (duplicate invoices across claims). Default: OUT/.invoice-registry,"
                        + " or a temporary one without --out.")
        Path registry;

        @Mixin
        InputOptions inputOptions;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() throws IOException {
            Cli root = parent.root;
            if (!Files.isDirectory(input)) {
                root.err.println("error: " + input + " is not a folder (expected a claim folder or a folder of them)");
                return 2;
            }
            List<BatchItem> items = Inputs.folders(input, ClaimFolder::isClaim, output.out);
            Path registryDir = registry;
            Path temporary = null;
            if (registryDir == null) {
                if (output.out != null) {
                    registryDir = output.out.resolve(".invoice-registry");
                } else {
                    temporary = Files.createTempDirectory("da-invoice-registry");
                    registryDir = temporary;
                }
            }
            Files.createDirectories(registryDir);
            ClaimsAssistant.Builder builder = ClaimsAssistant.builder().registryDirectory(registryDir);
            root.model().ifPresent(builder::model);
            try (ClaimsAssistant assistant = builder.build()) {
                return Execution.run(root, output, "claims assess", input, items, !ClaimFolder.isClaim(input), (item, format) -> {
                    ClaimFolder claim = ClaimFolder.read(item.input(), inputOptions.encoding());
                    Result<ClaimAssessment> result = assistant.assess(claim.bundle(), claim.policy());
                    return switch (format) {
                        case JSON -> ResultJson.write(result);
                        case TEXT -> AssessmentText.write(result);
                        case HTML -> ClaimAssessmentPage.builder(result, claim.bundle()).build().html();
                    };
                });
            } finally {
                if (temporary != null) {
                    deleteTree(temporary);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
