package ai.domainassist.retrieval;

/**
 * Base of the errors a document library, a retriever or ingestion reports: an unchecked exception
 * whose message says what failed in words (document ids and file names, never document text).
 * I/O failures of the index arrive as this type with the {@link java.io.IOException} as cause.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class RetrievalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     */
    public RetrievalException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying exception
     */
    public RetrievalException(String message, Throwable cause) {
        super(message, cause);
    }
}
