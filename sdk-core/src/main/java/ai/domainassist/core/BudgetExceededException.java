package ai.domainassist.core;

/**
 * A token or cost budget would be exceeded by this call, so it was not sent. Raised by the budget
 * decorator before anything leaves the process; not retryable and not a reason to fail over.
 *
 * <p>Immutable and thread-safe.
 */
public class BudgetExceededException extends ModelException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which budget and by how much; must not contain secrets or prompt text
     * @param details what is known about the call
     */
    public BudgetExceededException(String message, ErrorDetails details) {
        super(message, details, null);
    }
}
