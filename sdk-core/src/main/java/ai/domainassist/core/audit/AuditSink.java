package ai.domainassist.core.audit;

/**
 * Where audit records go: a file ({@link JsonLinesAuditSink}), memory ({@link InMemoryAuditSink}),
 * or the user's own store. A sink that throws never fails the model call: the auditing decorator
 * logs the failure (without the record's content) and goes on.
 *
 * <p>Implementations must be thread-safe: calls run concurrently.
 */
@FunctionalInterface
public interface AuditSink extends AutoCloseable {

    /**
     * Stores one record.
     *
     * @param record the record
     */
    void write(AuditRecord record);

    /** Flushes and releases what the sink holds; the default holds nothing. */
    @Override
    default void close() {
    }
}
