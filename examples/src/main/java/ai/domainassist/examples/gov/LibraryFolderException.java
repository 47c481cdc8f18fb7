package ai.domainassist.examples.gov;

/**
 * A policy-library folder that cannot be loaded: no {@code library.tsv}, a malformed line in it, or
 * a listed file that is missing. The message names the file and the line.
 */
public final class LibraryFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file and line
     */
    public LibraryFolderException(String message) {
        super(message);
    }
}
