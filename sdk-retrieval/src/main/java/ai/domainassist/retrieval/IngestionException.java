package ai.domainassist.retrieval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be turned into a document. The message names the file and the problem; the
 * {@link #problem()} says which kind it is, for callers that react differently (ask for a password,
 * suggest OCR, skip).
 */
public class IngestionException extends RetrievalException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** The file's type is not one the ingestor reads (by name and content). */
        UNSUPPORTED_TYPE,
        /** The file is empty, or holds no text (a scanned PDF needs OCR first). */
        EMPTY,
        /** The file is damaged or is not what its name says. */
        CORRUPT,
        /** The file is password-protected. */
        ENCRYPTED,
        /** The file could not be read (missing, no permission, I/O error). */
        UNREADABLE,
        /**
         * The library that reads this format is not on the classpath: Word, PDF and HTML need the
         * optional artifact {@code ai.domainassist:sdk-ingest}; the message names it.
         */
        MISSING_LIBRARY
    }

    private final transient Path file;
    /** What went wrong. */
    private final Problem problem;

    /**
     * @param file the file
     * @param problem what is wrong
     * @param detail a short explanation, without the file's content
     * @param cause the underlying exception, or {@code null}
     */
    public IngestionException(Path file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + describe(problem) + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the file that failed */
    public Path file() {
        return file;
    }

    /** @return what is wrong with it */
    public Problem problem() {
        return problem;
    }

    private static String describe(Problem problem) {
        switch (problem) {
            case UNSUPPORTED_TYPE: return "unsupported file type";
            case EMPTY: return "no text in file";
            case CORRUPT: return "file is corrupt or not of the type its name says";
            case ENCRYPTED: return "file is encrypted (password-protected)";
            case UNREADABLE: return "file cannot be read";
            case MISSING_LIBRARY: return "no reader for this format on the classpath";
            default: return problem.name();
        }
    }
}
