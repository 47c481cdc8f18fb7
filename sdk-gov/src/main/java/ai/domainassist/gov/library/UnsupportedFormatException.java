package ai.domainassist.gov.library;

/** Thrown when a file's format cannot be read by the library. */
public final class UnsupportedFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which file and why
     */
    public UnsupportedFormatException(String message) {
        super(message);
    }
}
