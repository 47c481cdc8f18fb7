package ai.domainassist.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The output options every command takes. Filled by picocli; read-only afterwards.
 */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "json|text|html", converter = FormatConverter.class,
            description = "Output format: json, text or html (the helper's review page). Default: text.")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--out", paramLabel = "DIR", converter = OutDirConverter.class,
            description = "Write one file per input into DIR (created when missing; required for a folder);"
                    + " without it a single input's result goes to standard output.")
    Path out;

    @Option(names = "--resume",
            description = "Skip the inputs a previous run into the same --out finished (its journal, DIR/.da-journal).")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Inputs processed at once (default: the number of CPUs).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Refuses a path that names an existing file: --out is a folder. */
    static final class OutDirConverter implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is a file, not a folder: --out names"
                        + " the folder that receives one result file per input (it is created when missing)");
            }
            return p;
        }
    }

    /** Converts {@code json|text|html}, ignoring case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.optionName().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of json, text, html");
        }
    }
}
