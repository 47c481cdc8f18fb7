package ai.domainassist.finance.registry;

/**
 * The invoice registry cannot be opened, read or written (I/O or database failure, a registry
 * already open in another process, a corrupted log). Messages never contain invoice numbers.
 * {@link RegistryUnavailableException}, a subclass, says the database could not be reached.
 */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the cause, possibly {@code null}
     */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed */
    public RegistryException(String message) {
        super(message);
    }
}
