package ai.domainassist.finance.registry;

import ai.domainassist.finance.registry.internal.FileInvoiceRegistry;
import ai.domainassist.finance.registry.internal.JdbcInvoiceRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Remembers every invoice submitted with a claim, across runs, so that the same invoice in another
 * claim is caught (rule {@code DUPLICATE_INVOICE}).
 *
 * <p>Which claim is first for an invoice is decided by a rule, not by who registered first: the
 * earliest submission time, then the smaller claim id ({@link Sighting#FIRST_RULE}). Every claim
 * that submitted the invoice is recorded, so the verdict depends only on the set of claims
 * registered: once a batch is registered, every claim of it gets the same answer however the batch
 * was scheduled, on one thread or many, in one process or several.
 *
 * <p>Implementations are thread-safe. A registration is atomic: all the invoice's keys are recorded
 * for the claim, or none. Registering the same invoice again for the same claim (a re-assessment) is
 * not a duplicate, changes nothing and returns the same verdict.
 */
public interface InvoiceRegistry extends AutoCloseable {

    /**
     * Registers one invoice, given by all its keys (code + number, check code), for a claim, and
     * answers which claim is first for it.
     *
     * @param claimId the claim submitting it (any length)
     * @param keys the invoice's keys (at least one)
     * @param submittedAt when the claim was submitted (kept to the millisecond); a claim registering
     *     the invoice again keeps the time it was first registered with
     * @return the first claim by the rule among all claims registered for any of the keys so far,
     *     and the later claims this one displaced
     * @throws RegistryUnavailableException if the database cannot be reached (registering again is safe)
     * @throws RegistryException if the store fails otherwise; nothing is recorded then
     * @throws IllegalArgumentException if no key is given or the claim id is blank
     * @throws IllegalStateException if the registry is closed
     */
    Registration submit(String claimId, List<InvoiceKey> keys, Instant submittedAt);

    /**
     * Registers one invoice for a claim, answering only whether another claim is first for it.
     * Equivalent to {@code submit(claimId, keys, submittedAt).earlier()}.
     *
     * @param claimId the claim submitting it
     * @param keys the invoice's keys (at least one)
     * @param submittedAt when the claim was submitted
     * @return empty if this claim is first for the invoice by the rule; otherwise the first claim
     * @throws RegistryUnavailableException if the database cannot be reached (registering again is safe)
     * @throws RegistryException if the store fails otherwise; nothing is recorded then
     * @throws IllegalArgumentException if no key is given or the claim id is blank
     * @throws IllegalStateException if the registry is closed
     */
    default Optional<Sighting> register(String claimId, List<InvoiceKey> keys, Instant submittedAt) {
        return submit(claimId, keys, submittedAt).earlier();
    }

    /**
     * Looks an invoice key up without registering it.
     *
     * @param key the key
     * @return the first claim for it by the rule, if any claim registered it
     * @throws RegistryUnavailableException if the database cannot be reached
     * @throws RegistryException if the store fails
     * @throws IllegalStateException if the registry is closed
     */
    Optional<Sighting> lookup(InvoiceKey key);

    /**
     * Every claim that registered an invoice key, in the rule's order (the first claim first).
     *
     * @param key the key
     * @return the claims, possibly empty
     * @throws RegistryUnavailableException if the database cannot be reached
     * @throws RegistryException if the store fails
     * @throws IllegalStateException if the registry is closed
     */
    List<Sighting> claims(InvoiceKey key);

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
     * A registry in a relational database reached through JDBC: PostgreSQL (tested on 15, the
     * recommended shared store) or H2 (tested 2.3). Tables {@code da_invoice_key} and
     * {@code da_invoice_claim} are created if absent, and a version-1 table {@code da_invoice_registry}
     * is migrated (docs/finance.md gives the DDL for DBAs who create them by hand). Any number of
     * processes may share it: registrations of one invoice are serialised by a row lock on its key,
     * and the unique constraints make them atomic. A connection is taken from the data source per
     * call (use a pool); a lost connection surfaces as {@link RegistryUnavailableException}.
     *
     * @param dataSource the database
     * @return the registry
     * @throws RegistryUnavailableException if the database cannot be reached
     * @throws RegistryException if the tables cannot be created or migrated
     */
    static InvoiceRegistry jdbc(DataSource dataSource) {
        return new JdbcInvoiceRegistry(dataSource);
    }
}
