package ai.domainassist.examples.cli;

import ai.domainassist.core.Result;
import ai.domainassist.examples.cli.batch.BatchItem;
import ai.domainassist.examples.medical.VisitFile;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.export.RecordText;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.report.OutpatientRecordPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code da medical structure FILE|DIR}: outpatient records from dialogue transcripts with {@code sdk-medical}.
 */
@Command(name = "medical", mixinStandardHelpOptions = true, description = "Outpatient records (sdk-medical).",
        subcommands = MedicalCommand.Structure.class)
final class MedicalCommand {
    @ParentCommand
    Cli root;

    /** {@code structure}: one transcript file, or a folder of them. */
    @Command(name = "structure", mixinStandardHelpOptions = true,
            description = {"Structure doctor-patient dialogues into draft outpatient records, each field with its evidence.",
                "FILE is a transcript (a txt file of labelled or unlabelled lines, or a json file of utterances); DIR is a folder of",
                "them, all levels (processed in parallel; --out required). json is the versioned record schema."})
    static final class Structure implements Callable<Integer> {
        @ParentCommand
        MedicalCommand parent;

        @Parameters(paramLabel = "FILE|DIR", description = "A transcript file or a folder of txt/json transcripts.")
        Path input;

        @Mixin
        InputOptions inputOptions;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() throws IOException {
            Cli root = parent.root;
            if (!Files.exists(input)) {
                root.err.println("error: " + input + " does not exist");
                return 2;
            }
            List<BatchItem> items = Inputs.files(input, Set.of("txt", "json"), output.out);
            MedicalRecordAssistant.Builder builder = MedicalRecordAssistant.builder();
            root.model().ifPresent(builder::model);
            MedicalRecordAssistant assistant = builder.build();
            return Execution.run(root, output, "medical structure", input, items, Files.isDirectory(input), (item, format) -> {
                Transcript transcript = VisitFile.read(item.input(), inputOptions.encoding());
                Result<OutpatientRecord> result = assistant.structure(transcript);
                return switch (format) {
                    case JSON -> RecordJson.write(result) + "\n";
                    case TEXT -> RecordText.write(result);
                    case HTML -> OutpatientRecordPage.builder(result, transcript).title("门诊病历审核 " + item.key())
                            .build().html();
                };
            });
        }
    }
}
