package ai.domainassist.finance.registry;

/**
 * The registry's database could not be reached, or the connection was lost during a call (server
 * restarting, network down; SQLState class {@code 08}, {@code 57P01}-{@code 57P03}). A registration
 * is one transaction: when this is thrown nothing of it was written, unless the connection was lost
 * while the commit itself was under way, in which case all of it may have been. Registering the same
 * claim and invoice again is safe either way: a registration is idempotent and returns the same
 * answer. Messages never contain invoice numbers.
 */
public final class RegistryUnavailableException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the cause
     */
    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
