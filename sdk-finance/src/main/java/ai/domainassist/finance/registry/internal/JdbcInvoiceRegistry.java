package ai.domainassist.finance.registry.internal;

import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.registry.RegistryException;
import ai.domainassist.finance.registry.Sighting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The registry in a relational database: table {@code da_invoice_registry(invoice_key PRIMARY KEY,
 * claim_id, first_seen)}. A registration inserts the invoice's keys in one transaction, in key order
 * (so two transactions never wait on each other in a cycle); a primary-key violation means another
 * claim was first: the transaction is rolled back and the first claim's row is read. Thread-safe
 * (a connection per call from the data source).
 */
public final class JdbcInvoiceRegistry implements InvoiceRegistry {
    private static final String TABLE = "da_invoice_registry";
    private final DataSource dataSource;
    private volatile boolean closed;

    /**
     * @param dataSource the database
     * @throws RegistryException if the table cannot be created
     */
    public JdbcInvoiceRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (invoice_key CHAR(64) PRIMARY KEY, "
                    + "claim_id VARCHAR(200) NOT NULL, first_seen TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            throw new RegistryException("cannot create table " + TABLE + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public Optional<Sighting> register(String claimId, List<InvoiceKey> keys, Instant at) {
        if (closed) {
            throw new IllegalStateException("invoice registry is closed");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one key");
        }
        TreeSet<InvoiceKey> sorted = new TreeSet<>(keys);
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Sighting other = null;
                for (InvoiceKey k : sorted) {
                    Optional<Sighting> s = select(c, k);
                    if (s.isPresent() && !s.get().claimId().equals(claimId)) {
                        other = s.get();
                        break;
                    }
                }
                Sighting owner = other != null ? other : new Sighting(claimId, at);
                for (InvoiceKey k : sorted) {
                    Optional<Sighting> s = select(c, k);
                    if (s.isEmpty()) {
                        insert(c, k, owner);
                    } else if (other == null && !s.get().claimId().equals(claimId)) {
                        // another claim committed this key since the first look: it was first
                        c.rollback();
                        return s;
                    }
                }
                c.commit();
                return Optional.ofNullable(other);
            } catch (SQLException e) {
                c.rollback();
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // another transaction registered one of the keys first: report its owner
                for (InvoiceKey k : sorted) {
                    Optional<Sighting> s = select(c, k);
                    if (s.isPresent() && !s.get().claimId().equals(claimId)) {
                        c.commit();
                        return s;
                    }
                }
                c.commit();
                return register(claimId, keys, at);
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new RegistryException("invoice registry database failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }

    private static Optional<Sighting> select(Connection c, InvoiceKey k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, first_seen FROM " + TABLE
                + " WHERE invoice_key = ?")) {
            ps.setString(1, k.hash());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Sighting(rs.getString(1), rs.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, InvoiceKey k, Sighting owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (invoice_key, claim_id, first_seen) VALUES (?, ?, ?)")) {
            ps.setString(1, k.hash());
            ps.setString(2, owner.claimId());
            ps.setTimestamp(3, Timestamp.from(owner.firstSeen()));
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Sighting> lookup(InvoiceKey key) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, key);
        } catch (SQLException e) {
            throw new RegistryException("invoice registry database failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
