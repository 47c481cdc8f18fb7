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
        ds.setURL("jdbc:h2:file:" + dir.resolve("claims").toAbsolutePath() + ";LOCK_TIMEOUT=10000");
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
    void survivesARestartOfTheDatabase() {
        InvoiceRegistry.jdbc(dataSource()).register("CLM-1", INVOICE, T1);
        InvoiceRegistry again = InvoiceRegistry.jdbc(dataSource());
        assertThat(again.lookup(InvoiceKey.ofCheckCode("8A3F2C"))).contains(new Sighting("CLM-1", T1));
    }

    @Test
    void twoThreadsSubmittingTheSameInvoiceExactlyOneIsFirst() throws Exception {
        InvoiceRegistry r = InvoiceRegistry.jdbc(dataSource());
        for (int round = 0; round < 30; round++) {
            List<InvoiceKey> keys = List.of(InvoiceKey.ofCodeAndNumber("1106", "R" + round), InvoiceKey.ofCheckCode("c" + round));
            List<Optional<Sighting>> outcomes = FileInvoiceRegistryTest.race(
                    () -> r.register("C-" + Thread.currentThread().getName(), keys, T1));
            assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(1);
            assertThat(outcomes.stream().filter(Optional::isPresent)).hasSize(1);
        }
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
