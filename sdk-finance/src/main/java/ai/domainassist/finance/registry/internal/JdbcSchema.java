package ai.domainassist.finance.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the registry's tables from {@code invoice-registry-schema.sql} (the DDL docs/finance.md
 * shows to DBAs) and migrates a version-1 table. Safe when several processes open the registry at
 * once: table creation is retried when it races, and the migration runs in the transaction that
 * inserts the version row, so exactly one process copies the old rows.
 */
final class JdbcSchema {
    static final int VERSION = 2;
    private static final String DDL = "/ai/domainassist/finance/registry/invoice-registry-schema.sql";

    private JdbcSchema() {
    }

    static void createOrMigrate(Connection c) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                create(c);
                migrate(c);
                return;
            } catch (SQLException e) {
                // another process created the same table at the same moment (PostgreSQL reports a
                // unique violation on its catalogue, or "relation exists"): the next look sees it
                boolean race = e.getSQLState() != null && (e.getSQLState().startsWith("23") || e.getSQLState().equals("42P07"));
                if (!race || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void create(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String sql : statements()) {
                s.execute(sql);
            }
        }
    }

    /** @return the DDL statements, comments removed */
    static List<String> statements() {
        try (InputStream in = JdbcSchema.class.getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DDL);
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            List<String> out = new ArrayList<>();
            for (String sql : sb.toString().split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    out.add(sql.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void migrate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM da_invoice_schema")) {
                if (rs.next() && rs.getInt(1) >= VERSION) {
                    c.commit();
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO da_invoice_schema (version) VALUES (?)")) {
                ps.setInt(1, VERSION);
                ps.executeUpdate();      // a concurrent migrator waits here, then fails with a unique violation
            }
            if (tableExists(c, "da_invoice_registry")) {
                copyVersion1(c);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void copyVersion1(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT invoice_key, claim_id, first_seen FROM da_invoice_registry");
                PreparedStatement key = c.prepareStatement("INSERT INTO da_invoice_key "
                        + "(invoice_key, first_claim_id, first_submitted_at) VALUES (?, ?, ?)");
                PreparedStatement claim = c.prepareStatement("INSERT INTO da_invoice_claim "
                        + "(invoice_key, claim_key, claim_id, submitted_at) VALUES (?, ?, ?, ?)")) {
            while (rs.next()) {
                // version 1 wrote Timestamp.from(instant): read back the same way, in this JVM's zone
                var at = rs.getTimestamp(3).toInstant().atOffset(ZoneOffset.UTC);
                key.setString(1, rs.getString(1));
                key.setString(2, rs.getString(2));
                key.setObject(3, at);
                key.executeUpdate();
                claim.setString(1, rs.getString(1));
                claim.setString(2, JdbcInvoiceRegistry.sha256(rs.getString(2)));
                claim.setString(3, rs.getString(2));
                claim.setObject(4, at);
                claim.executeUpdate();
            }
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String n : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, n, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
