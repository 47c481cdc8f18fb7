package ai.domainassist.finance.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcInvoiceRegistryTest {
    private static final Instant T1 = Instant.parse("2024-05-01T08:00:00Z");
    private static final List<InvoiceKey> INVOICE = List.of(InvoiceKey.ofCodeAndNumber("11060123", "0045671234"),
            InvoiceKey.ofCheckCode("8a3f2c"));

    @TempDir
    Path dir;

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("claims").toAbsolutePath() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    @Test
    void aSecondClaimIsToldWhichClaimWasFirstAndTheSameClaimIsNot() {
        InvoiceRegistry r = InvoiceRegistry.jdbc(dataSource());
        assertThat(r.register("CLM-1", INVOICE, T1)).isEmpty();
        assertThat(r.register("CLM-1", INVOICE, T1.plusSeconds(60))).isEmpty();
        assertThat(r.register("CLM-2", INVOICE, T1.plusSeconds(120))).contains(new Sighting("CLM-1", T1));
    }

    @Test
    void claimIdsOfAnyLengthAreKeptAsTheFileRegistryKeepsThem() {
        // issue 18 item 9: a VARCHAR(200) column refused claim ids the file registry accepts
        InvoiceRegistry r = InvoiceRegistry.jdbc(dataSource());
        for (int length : new int[] {201, 5_000, 100_000}) {
            String claim = "C".repeat(length - 1) + "\u7968";
            List<InvoiceKey> invoice = List.of(InvoiceKey.ofCheckCode("len" + length));
            assertThat(r.register(claim, invoice, T1)).isEmpty();
            assertThat(r.lookup(invoice.get(0))).contains(new Sighting(claim, T1));
            assertThat(r.register("OTHER", invoice, T1.plusSeconds(1))).contains(new Sighting(claim, T1));
        }
    }

    @Test
    void survivesARestartOfTheDatabase() {
        InvoiceRegistry.jdbc(dataSource()).register("CLM-1", INVOICE, T1);
        InvoiceRegistry again = InvoiceRegistry.jdbc(dataSource());
        assertThat(again.lookup(InvoiceKey.ofCheckCode("8A3F2C"))).contains(new Sighting("CLM-1", T1));
    }

    @Test
    void twoThreadsSubmittingTheSameInvoiceExactlyOneIsFirstAndTheDuplicateIsReportedOnce() throws Exception {
        InvoiceRegistry r = InvoiceRegistry.jdbc(dataSource());
        for (int round = 0; round < 30; round++) {
            List<InvoiceKey> keys = List.of(InvoiceKey.ofCodeAndNumber("1106", "R" + round), InvoiceKey.ofCheckCode("c" + round));
            FileInvoiceRegistryTest.assertRaceVerdict(r, keys,
                    FileInvoiceRegistryTest.race(() -> r.submit("C-" + Thread.currentThread().getName(), keys, T1)));
        }
    }

    @Test
    void aVersion1TableIsMigratedOnOpen() throws Exception {
        JdbcDataSource ds = dataSource();
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE da_invoice_registry (invoice_key CHAR(64) PRIMARY KEY, "
                    + "claim_id VARCHAR(200) NOT NULL, first_seen TIMESTAMP NOT NULL)");
            try (var ps = c.prepareStatement("INSERT INTO da_invoice_registry VALUES (?, ?, ?)")) {
                ps.setString(1, INVOICE.get(1).hash());
                ps.setString(2, "OLD-1");
                ps.setTimestamp(3, java.sql.Timestamp.from(T1));
                ps.executeUpdate();
            }
        }
        InvoiceRegistry r = InvoiceRegistry.jdbc(ds);
        assertThat(r.lookup(INVOICE.get(1))).contains(new Sighting("OLD-1", T1));
        assertThat(r.register("NEW-1", INVOICE, T1.plusSeconds(5))).contains(new Sighting("OLD-1", T1));
        InvoiceRegistry.jdbc(ds);     // opening again does not copy the old rows twice
        assertThat(r.claims(INVOICE.get(1))).extracting(Sighting::claimId).containsExactly("OLD-1", "NEW-1");
    }

    @Test
    void aDatabaseFailureIsATypedErrorWithoutInvoiceNumbers() {
        JdbcDataSource broken = new JdbcDataSource();
        broken.setURL("jdbc:h2:mem:x;IFEXISTS=TRUE");
        assertThatThrownBy(() -> InvoiceRegistry.jdbc(broken)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("SQLState");
    }

    @Test
    void invoiceKeysAreHashesOfNormalisedNumbers() {
        assertThat(InvoiceKey.ofCodeAndNumber(" 1106 ", "00a1")).isEqualTo(InvoiceKey.ofCodeAndNumber("1106", "00A1"));
        assertThat(InvoiceKey.ofCodeAndNumber("1106", "0001")).isNotEqualTo(InvoiceKey.ofCheckCode("11060001"));
        assertThat(InvoiceKey.ofCheckCode("abc").toString()).doesNotContain("abc");
        assertThatThrownBy(() -> InvoiceKey.ofCheckCode(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
