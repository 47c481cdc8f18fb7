package ai.domainassist.examples.cli;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.ReviewReport;
import ai.domainassist.examples.cli.batch.BatchItem;
import ai.domainassist.examples.gov.DraftRequestFile;
import ai.domainassist.examples.gov.GovReviews;
import ai.domainassist.examples.gov.GovText;
import ai.domainassist.examples.gov.LibraryFolder;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.report.DraftPage;
import ai.domainassist.gov.report.NormativeCheckPage;
import ai.domainassist.gov.rules.ExpertDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code da gov check|draft|ask}: official documents with {@code sdk-gov}.
 */
@Command(name = "gov", mixinStandardHelpOptions = true, description = "Official documents and policies (sdk-gov).",
        subcommands = {GovCommand.Check.class, GovCommand.Draft.class, GovCommand.Ask.class})
final class GovCommand {
    @ParentCommand
    Cli root;

    /** The policy library option the three commands share. */
    static final class LibraryOptions {
        @Option(names = "--library", paramLabel = "DIR",
                description = "A policy library folder: the policies' files and library.tsv (file, id, validity,"
                        + " superseded by, source).")
        Path library;

        @Option(names = "--index", paramLabel = "DIR",
                description = "Keep the library's search index in DIR (built on first use) instead of in memory.")
        Path index;

        PolicyLibrary open() {
            return library == null ? null : LibraryFolder.load(library, index);
        }
    }

    static PolicyAssistant assistant(Cli root, PolicyLibrary library, Path dictionary) throws IOException {
        PolicyAssistant.Builder b = PolicyAssistant.builder();
        if (library != null) {
            b.library(library);
        }
        if (dictionary != null) {
            b.dictionary(ExpertDictionary.load(dictionary));
        }
        root.model().ifPresent(b::model);
        return b.build();
    }

    /** {@code check}: the normative check of documents. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check official documents against the drafting rules (条例, GB/T 9704), wording lists,",
                "the expert dictionary and, with --library, the policies cited and duplicated.",
                "FILE is a txt/md document; DIR a folder of them (processed in parallel; --out required)."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        GovCommand parent;

        @Parameters(paramLabel = "FILE|DIR", description = "A document or a folder of txt/md documents.")
        Path input;

        @Option(names = "--dictionary", paramLabel = "FILE", description = "The office's expert dictionary (TSV).")
        Path dictionary;

        @Mixin
        LibraryOptions libraryOptions;

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
            List<BatchItem> items = Inputs.files(input, Set.of("txt", "md"), output.out);
            try (PolicyLibrary library = libraryOptions.open()) {
                PolicyAssistant assistant = assistant(root, library, dictionary);
                return Execution.run(root, output, "gov check", input, items, Files.isDirectory(input), (item, format) -> {
                    String text = inputOptions.decode(Files.readAllBytes(item.input()));
                    Result<NormativeReport> result = assistant.check(item.key(), text);
                    return switch (format) {
                        case JSON -> ResultJson.write(result);
                        case TEXT -> GovText.check(result, text);
                        case HTML -> {
                            NormativeCheckPage.Builder page = NormativeCheckPage.builder(result);
                            if (library != null) {
                                page.library(library);
                            }
                            yield page.build().html();
                        }
                    };
                });
            }
        }
    }

    /** {@code draft}: skeletons (or, with a model, drafts) from draft requests. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"Draft official documents from draft requests (JSON: type, authority, subject, addressees,",
                "agencyCode, serial, signers, date, keyPoints, references, attachments, copyTo).",
                "Offline: the correct skeleton of the type; with a model, the body written citing --library clauses.",
                "REQUEST is a json request; DIR a folder of them (processed in parallel; --out required)."})
    static final class Draft implements Callable<Integer> {
        @ParentCommand
        GovCommand parent;

        @Parameters(paramLabel = "REQUEST|DIR", description = "A draft request (.json) or a folder of them.")
        Path input;

        @Mixin
        LibraryOptions libraryOptions;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() throws IOException {
            Cli root = parent.root;
            if (!Files.exists(input)) {
                root.err.println("error: " + input + " does not exist");
                return 2;
            }
            List<BatchItem> items = Inputs.files(input, Set.of("json"), output.out);
            try (PolicyLibrary library = libraryOptions.open()) {
                PolicyAssistant assistant = assistant(root, library, null);
                return Execution.run(root, output, "gov draft", input, items, Files.isDirectory(input), (item, format) -> {
                    DraftRequest request = DraftRequestFile.read(item.input());
                    Result<PolicyDraft> result = assistant.draft(request);
                    return switch (format) {
                        case JSON -> ResultJson.write(result);
                        case TEXT -> GovText.draft(result);
                        case HTML -> {
                            DraftPage.Builder page = DraftPage.builder(result).request(request);
                            if (library != null) {
                                page.library(library);
                            }
                            yield page.build().html();
                        }
                    };
                });
            }
        }
    }

    /** {@code ask}: a question answered from the library with citations. */
    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = {"Answer a question from the policies in force of --library, every statement cited.",
                "With --out DIR the answer is written to DIR/answer.<format>."})
    static final class Ask implements Callable<Integer> {
        @ParentCommand
        GovCommand parent;

        @Parameters(paramLabel = "QUESTION", description = "The question.")
        String question;

        @Mixin
        LibraryOptions libraryOptions;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() throws IOException {
            Cli root = parent.root;
            if (libraryOptions.library == null) {
                root.err.println("error: gov ask needs --library DIR");
                return 2;
            }
            if (question.isBlank()) {
                root.err.println("error: the question is empty");
                return 2;
            }
            try (PolicyLibrary library = libraryOptions.open()) {
                PolicyAssistant assistant = assistant(root, library, null);
                Result<PolicyAnswer> result = assistant.ask(question);
                String text = switch (output.format) {
                    case JSON -> ResultJson.write(result);
                    case TEXT -> GovText.answer(result);
                    case HTML -> html(GovReviews.answer(result, library), "政策问答 " + question);
                };
                if (output.out == null) {
                    root.out.print(text);
                } else {
                    Path file = output.out.resolve("answer." + output.format.extension());
                    Files.createDirectories(output.out);
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    root.out.println("gov ask: answer written to " + file.toAbsolutePath().normalize());
                }
                return 0;
            }
        }
    }

    static String html(GovReviews.Review review, String title) {
        return ReviewReport.builder(review.result()).title(title).sources(review.sources()).build().html();
    }
}
