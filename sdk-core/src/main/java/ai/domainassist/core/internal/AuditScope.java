package ai.domainassist.core.internal;

/**
 * The audit id of the helper task running on this thread, so that every model call the task makes
 * carries it ({@code ChatRequest.Options.auditId}, then {@code AuditRecord.auditId}) without each
 * model-backed step passing it along, and the task learns whether it called a model at all (its
 * {@code Result.auditId()} is set only then). Opened by {@code TaskEvents.task} around a helper's
 * public method; read by the client's facade as a call enters the pipeline. The helpers call the
 * model on the task's own thread; a call made on another thread carries no ambient id (give it one
 * with {@code ChatRequest.Builder.auditId}). Not thread-safe by design: one per thread.
 */
public final class AuditScope implements AutoCloseable {
    private static final ThreadLocal<AuditScope> CURRENT = new ThreadLocal<>();
    private final String auditId;
    private final AuditScope outer;
    private boolean modelCalled;

    private AuditScope(String auditId, AuditScope outer) {
        this.auditId = auditId;
        this.outer = outer;
    }

    /**
     * Opens a task's scope on this thread (nested scopes restore the outer one on close).
     *
     * @param auditId the task's audit id
     * @return the scope; close it on the same thread
     */
    public static AuditScope open(String auditId) {
        AuditScope s = new AuditScope(auditId, CURRENT.get());
        CURRENT.set(s);
        return s;
    }

    /**
     * Called by the facade for each call: notes that the task called a model.
     *
     * @return the audit id of the task running on this thread, or {@code null} when none is
     */
    public static String enterCall() {
        AuditScope s = CURRENT.get();
        if (s == null) {
            return null;
        }
        s.modelCalled = true;
        return s.auditId;
    }

    /** @return the task's audit id */
    public String auditId() {
        return auditId;
    }

    /** @return whether a model call was made on this thread while the scope was open */
    public boolean modelCalled() {
        return modelCalled;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
