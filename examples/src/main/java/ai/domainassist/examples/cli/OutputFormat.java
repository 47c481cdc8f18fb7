package ai.domainassist.examples.cli;

import java.util.Locale;

/** The formats a command writes its results in. */
public enum OutputFormat {
    /** The result as JSON: value, mode, usage, flags. */
    JSON("json"),
    /** Plain text for a person: the result in the domain's words, then the review flags. */
    TEXT("txt"),
    /**
     * The self-contained HTML review page of the helper: {@code OutpatientRecordPage},
     * {@code ClaimAssessmentPage}, {@code NormativeCheckPage} or {@code DraftPage}; the generic
     * {@code ReviewReport} for policy Q&A.
     */
    HTML("html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** @return the output files' extension, without the dot */
    public String extension() {
        return extension;
    }

    /** @return the name as written on the command line */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
