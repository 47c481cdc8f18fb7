package ai.domainassist.core.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps audit records in memory, for tests and small tools. Unbounded: not for long-running
 * services. Thread-safe.
 */
public final class InMemoryAuditSink implements AuditSink {
    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void write(AuditRecord record) {
        records.add(record);
    }

    /** @return the records so far, in the order written */
    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    /** Forgets every record. */
    public void clear() {
        records.clear();
    }
}
