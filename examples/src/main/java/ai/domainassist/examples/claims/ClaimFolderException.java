package ai.domainassist.examples.claims;

/**
 * A claim folder that cannot be read as a claim: no policy file, a policy file that is not the
 * documented format, or no documents. The message names the file and what is wrong, never its content.
 */
public final class ClaimFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file
     * @param cause the underlying error, or {@code null}
     */
    public ClaimFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
