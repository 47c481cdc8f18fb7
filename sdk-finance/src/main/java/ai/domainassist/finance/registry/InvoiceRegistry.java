package ai.domainassist.finance.registry;

import ai.domainassist.finance.registry.internal.FileInvoiceRegistry;
import ai.domainassist.finance.registry.internal.JdbcInvoiceRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Remembers every invoice submitted with a claim, across runs, so that the same invoice in a later
 * claim is caught (rule {@code DUPLICATE_INVOICE}).
 *
 * <p>Implementations are thread-safe. Registering is atomic per invoice: when two claims submit the
 * same invoice at the same time, exactly one of them is first and the other receives the first one's
 * {@link Sighting}. Registering the same invoice again for the same claim (a re-assessment) is not a
 * duplicate.
 */
public interface InvoiceRegistry extends AutoCloseable {

    /**
     * Registers one invoice, given by all its keys (code + number, check code), for a claim.
     *
     * @param claimId the claim submitting it
     * @param keys the invoice's keys (at least one)
     * @param at the time of submission
     * @return empty if this claim is the first to submit the invoice (or submitted it before);
     *     otherwise where another claim submitted it first
     * @throws RegistryException if the store fails; nothing is recorded then
     * @throws IllegalArgumentException if no key is given
     * @throws IllegalStateException if the registry is closed
     */
    Optional<Sighting> register(String claimId, List<InvoiceKey> keys, Instant at);

    /**
     * Looks an invoice key up without registering it.
     *
     * @param key the key
     * @return where it was first seen, if it was
     * @throws RegistryException if the store fails
     */
    Optional<Sighting> lookup(InvoiceKey key);

    /** Releases the store (file lock, connections it owns). Idempotent. */
    @Override
    void close();

    /**
     * The embedded file-backed registry: an append-only log in a directory, each record checksummed
     * and forced to disk before {@code register} returns; a torn last record (a crash mid-write) is
     * dropped on open. One process at a time: the directory is locked while open.
     *
     * @param directory the directory (created if absent)
     * @return the registry
     * @throws RegistryException if the directory cannot be used, is locked by another registry, or the log is corrupt
     */
    static InvoiceRegistry inDirectory(Path directory) {
        return FileInvoiceRegistry.open(directory);
    }

    /**
     * A registry in a relational database reached through JDBC (table {@code da_invoice_registry},
     * created if absent). Any number of processes may share it; the primary key makes registration atomic.
     *
     * @param dataSource the database
     * @return the registry
     * @throws RegistryException if the table cannot be created
     */
    static InvoiceRegistry jdbc(DataSource dataSource) {
        return new JdbcInvoiceRegistry(dataSource);
    }
}
