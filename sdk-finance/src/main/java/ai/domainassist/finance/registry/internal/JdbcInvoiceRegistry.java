package ai.domainassist.finance.registry.internal;

import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.registry.Registration;
import ai.domainassist.finance.registry.RegistryException;
import ai.domainassist.finance.registry.RegistryUnavailableException;
import ai.domainassist.finance.registry.Sighting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The registry in a relational database (schema in {@link JdbcSchema}): {@code da_invoice_key} holds
 * one row per invoice key with its first claim by the rule, {@code da_invoice_claim} one row per key
 * and claim that submitted it. A registration is one transaction: for each key, in key order (so two
 * transactions never wait on each other in a cycle), the key row is created if absent and locked
 * ({@code SELECT ... FOR UPDATE}), which serialises registrations of one invoice across processes;
 * the claim row is inserted unless present; the key's first claim is moved to this claim if the rule
 * puts it earlier. The verdict is read under the same locks. Thread-safe (a connection per call).
 */
public final class JdbcInvoiceRegistry implements InvoiceRegistry {
    private static final int MAX_ATTEMPTS = 3;
    private final DataSource dataSource;
    private final boolean postgres;
    private volatile boolean closed;

    /**
     * Opens the registry, creating or migrating the schema.
     *
     * @param dataSource the database
     * @throws RegistryUnavailableException if the database cannot be reached
     * @throws RegistryException if the schema cannot be created or migrated
     */
    public JdbcInvoiceRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            JdbcSchema.createOrMigrate(c);
        } catch (SQLException e) {
            throw failure("cannot create or migrate the invoice registry's tables", e);
        }
    }

    @Override
    public Registration submit(String claimId, List<InvoiceKey> keys, java.time.Instant submittedAt) {
        ensureOpen();
        Registrations.check(claimId, keys);
        Sighting self = new Sighting(claimId, submittedAt);
        TreeSet<InvoiceKey> sorted = new TreeSet<>(keys);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return inTransaction(c, () -> register(c, self, sorted));
            } catch (SQLException e) {
                // Same claim registering the same invoice in two threads, or a deadlock/serialization
                // failure reported by the database: the transaction was rolled back, try again.
                if (attempt < MAX_ATTEMPTS && isRetryable(e)) {
                    continue;
                }
                throw failure("invoice registry database failed", e);
            }
        }
    }

    private Registration register(Connection c, Sighting self, TreeSet<InvoiceKey> sorted) throws SQLException {
        if (!postgres) {
            // Other databases (H2 tested) do not lock a row being inserted by another transaction the
            // way PostgreSQL's ON CONFLICT does: registrations are serialised on the schema row.
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM da_invoice_schema FOR UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        String claimKey = sha256(self.claimId());
        for (InvoiceKey k : sorted) {
            insertKeyIfAbsent(c, k, self);
            Sighting first = lockKey(c, k);
            Optional<Sighting> mine = claimRow(c, k, claimKey);
            Sighting recorded = mine.orElse(self);
            if (mine.isEmpty()) {
                insertClaim(c, k, claimKey, self);
            }
            if (Sighting.FIRST_RULE.compare(recorded, first) < 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE da_invoice_key SET first_claim_id = ?, first_submitted_at = ? WHERE invoice_key = ?")) {
                    ps.setString(1, recorded.claimId());
                    ps.setObject(2, utc(recorded));
                    ps.setString(3, k.hash());
                    ps.executeUpdate();
                }
            }
        }
        return Registrations.verdict(self.claimId(), new ArrayList<>(claimsInRegistrationOrder(c, sorted).values()));
    }

    private void insertKeyIfAbsent(Connection c, InvoiceKey k, Sighting self) throws SQLException {
        String sql = postgres
                ? "INSERT INTO da_invoice_key (invoice_key, first_claim_id, first_submitted_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (invoice_key) DO NOTHING"
                : "MERGE INTO da_invoice_key t USING (VALUES (CAST(? AS CHAR(64)), CAST(? AS VARCHAR), "
                        + "CAST(? AS TIMESTAMP WITH TIME ZONE))) s(k, c, t) ON t.invoice_key = s.k "
                        + "WHEN NOT MATCHED THEN INSERT (invoice_key, first_claim_id, first_submitted_at) VALUES (s.k, s.c, s.t)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.hash());
            ps.setString(2, self.claimId());
            ps.setObject(3, utc(self));
            ps.executeUpdate();
        }
    }

    private static Sighting lockKey(Connection c, InvoiceKey k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT first_claim_id, first_submitted_at FROM da_invoice_key "
                + "WHERE invoice_key = ? FOR UPDATE")) {
            ps.setString(1, k.hash());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("invoice key row vanished inside its transaction", "40001");
                }
                return new Sighting(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
    }

    private static Optional<Sighting> claimRow(Connection c, InvoiceKey k, String claimKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, submitted_at FROM da_invoice_claim "
                + "WHERE invoice_key = ? AND claim_key = ?")) {
            ps.setString(1, k.hash());
            ps.setString(2, claimKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Sighting(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static void insertClaim(Connection c, InvoiceKey k, String claimKey, Sighting self) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO da_invoice_claim "
                + "(invoice_key, claim_key, claim_id, submitted_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, k.hash());
            ps.setString(2, claimKey);
            ps.setString(3, self.claimId());
            ps.setObject(4, utc(self));
            ps.executeUpdate();
        }
    }

    /** Every claim of the keys, per key in registration order. */
    private static Map<InvoiceKey, List<Sighting>> claimsInRegistrationOrder(Connection c, java.util.Collection<InvoiceKey> keys)
            throws SQLException {
        Map<InvoiceKey, List<Sighting>> out = new LinkedHashMap<>();
        for (InvoiceKey k : keys) {
            List<Sighting> claims = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, submitted_at FROM da_invoice_claim "
                    + "WHERE invoice_key = ? ORDER BY seq")) {
                ps.setString(1, k.hash());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new Sighting(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            out.put(k, claims);
        }
        return out;
    }

    @Override
    public Optional<Sighting> lookup(InvoiceKey key) {
        ensureOpen();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT first_claim_id, first_submitted_at FROM da_invoice_key "
                        + "WHERE invoice_key = ?")) {
            ps.setString(1, key.hash());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Sighting(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("invoice registry database failed", e);
        }
    }

    @Override
    public List<Sighting> claims(InvoiceKey key) {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            return claimsInRegistrationOrder(c, List.of(key)).get(key).stream().sorted(Sighting.FIRST_RULE).toList();
        } catch (SQLException e) {
            throw failure("invoice registry database failed", e);
        }
    }

    private static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            restoreQuietly(c, auto);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);     // a lost connection rolls back by itself on the server
        }
    }

    private static void restoreQuietly(Connection c, boolean auto) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(auto);
            }
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    /** Unique violation (the same claim registering twice at once), deadlock or serialization failure. */
    private static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"));
    }

    /**
     * @param e a database error
     * @return whether it says the connection is gone or the server is unavailable
     */
    static boolean isConnectionLoss(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static RegistryException failure(String what, SQLException e) {
        if (isConnectionLoss(e)) {
            return new RegistryUnavailableException(what + ": the database is unreachable or the connection was lost"
                    + " (SQLState " + e.getSQLState() + "); the registration was rolled back as a whole"
                    + " (or committed as a whole if the commit had reached the server): registering again is safe", e);
        }
        return new RegistryException(what + " (SQLState " + e.getSQLState() + ")", e);
    }

    private static OffsetDateTime utc(Sighting s) {
        return s.firstSeen().atOffset(ZoneOffset.UTC);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("invoice registry is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
