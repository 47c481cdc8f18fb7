package ai.domainassist.examples.cli.batch;

/**
 * A batch journal that cannot be used: damaged before its last line, or written by another command
 * or format than the one resuming it. The message names the journal file and what to do.
 */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do
     */
    public JournalException(String message) {
        super(message);
    }
}
