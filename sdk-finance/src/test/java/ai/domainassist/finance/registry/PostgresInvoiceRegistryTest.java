package ai.domainassist.finance.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code InvoiceRegistry.jdbc} on a real PostgreSQL server (Debian's binaries, one cluster for the
 * class): the registry's contract, several processes and threads on one database, a server restart
 * in the middle of a batch, and the throughput of 2 processes x 8 threads (written to
 * {@code target/registry-postgres.txt}).
 */
class PostgresInvoiceRegistryTest {
    private static final Instant T1 = Instant.parse("2024-05-01T08:00:00Z");
    private static final List<InvoiceKey> INVOICE = RegistryBatch.keys(1);
    private static final int BATCH = 1_500;
    private static PostgresServer pg;

    @BeforeAll
    static void startServer() throws Exception {
        pg = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void freshTables() throws Exception {
        pg.dropRegistry();
    }

    @Test
    void theRegistryContractHoldsOnPostgres() throws Exception {
        try (HikariDataSource ds = pg.pool(4); InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
            assertThat(r.register("CLM-9", INVOICE, T1.plusSeconds(60))).isEmpty();
            assertThat(r.register("CLM-9", INVOICE, T1.plusSeconds(999))).isEmpty();
            Registration earlier = r.submit("CLM-5", INVOICE, T1);
            assertThat(earlier.earlier()).isEmpty();
            assertThat(earlier.displaced()).containsExactly(new Sighting("CLM-9", T1.plusSeconds(60)));
            assertThat(r.register("CLM-9", List.of(INVOICE.get(1)), T1)).contains(new Sighting("CLM-5", T1));
            assertThat(r.lookup(INVOICE.get(0))).contains(new Sighting("CLM-5", T1));
            assertThat(r.claims(INVOICE.get(0))).extracting(Sighting::claimId).containsExactly("CLM-5", "CLM-9");
            String longId = "长".repeat(50_000);
            assertThat(r.register(longId, RegistryBatch.keys(2), T1)).isEmpty();
            assertThat(r.lookup(RegistryBatch.keys(2).get(1))).contains(new Sighting(longId, T1));
            for (int round = 0; round < 40; round++) {
                List<InvoiceKey> keys = RegistryBatch.keys(100 + round);
                FileInvoiceRegistryTest.assertRaceVerdict(r, keys,
                        FileInvoiceRegistryTest.race(() -> r.submit("C-" + Thread.currentThread().getName(), keys, T1)));
            }
        }
    }

    @Test
    void aVersion1TableIsMigrated() throws Exception {
        try (HikariDataSource ds = pg.pool(2)) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE da_invoice_registry (invoice_key CHAR(64) PRIMARY KEY, "
                        + "claim_id VARCHAR(200) NOT NULL, first_seen TIMESTAMP NOT NULL)");
                s.execute("INSERT INTO da_invoice_registry VALUES ('" + INVOICE.get(0).hash() + "', 'OLD-1', '2024-05-01 08:00:00')");
            }
            try (InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
                assertThat(r.lookup(INVOICE.get(0))).map(Sighting::claimId).contains("OLD-1");
                assertThat(r.register("NEW-1", INVOICE, Instant.parse("2030-01-01T00:00:00Z"))).map(Sighting::claimId)
                        .contains("OLD-1");
            }
        }
    }

    @Test
    void twoProcessesOfManyThreadsGiveOneFirstPerInvoiceAndTheSameFlagsOnEveryRun() throws Exception {
        RegistryBatch batch = RegistryBatch.generate(BATCH, 16);
        TreeMap<String, String> expected = batch.expectedFlags();
        List<TreeMap<String, String>> runs = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int threads : new int[] {8, 3, 1}) {
            pg.dropRegistry();
            try (HikariDataSource ds = pg.pool(2)) {
                InvoiceRegistry.jdbc(ds).close();      // the schema, before two processes race to create it
            }
            Path dir = Files.createTempDirectory("da-registry-run");
            long t0 = System.currentTimeMillis();
            List<Process> procs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                procs.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                        System.getProperty("java.class.path"), RegistryWorker.class.getName(), pg.url(),
                        String.valueOf(BATCH), "16", "2", String.valueOf(w), String.valueOf(threads),
                        dir.resolve("out-" + w).toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("log-" + w).toFile()).start());
            }
            for (int w = 0; w < 2; w++) {
                assertThat(procs.get(w).waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(procs.get(w).exitValue()).as(Files.readString(dir.resolve("log-" + w))).isZero();
            }
            List<String[]> answers = new ArrayList<>();
            long start = Long.MAX_VALUE;
            long end = 0;
            for (int w = 0; w < 2; w++) {
                for (String line : Files.readAllLines(dir.resolve("out-" + w), StandardCharsets.UTF_8)) {
                    if (line.startsWith("# ")) {
                        String[] h = line.split(" ");
                        start = Math.min(start, Long.parseLong(h[2]));
                        end = Math.max(end, Long.parseLong(h[3]));
                    } else {
                        answers.add(line.split("\t", -1));
                    }
                }
            }
            assertThat(answers).hasSize(batch.registrations());
            assertNoDuplicateMissed(batch, answers);
            double perSecond = batch.registrations() * 1000.0 / Math.max(1, end - start);
            report.append(String.format("2 processes x %d threads: %d registrations in %d ms = %.0f registrations/s"
                    + " (wall time with JVM start %d ms)%n", threads, batch.registrations(), end - start, perSecond,
                    System.currentTimeMillis() - t0));
            try (HikariDataSource ds = pg.pool(8); InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
                assertOneFirstPerInvoice(batch, ds, r);
                runs.add(flagsOfTheBatch(batch, r));
            }
        }
        Path out = Path.of("target", "registry-postgres.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "PostgreSQL invoice registry, batch of " + BATCH + " claims ("
                + batch.registrations() + " registrations, " + batch.expectedFirst().size() + " invoices), "
                + Runtime.getRuntime().availableProcessors() + " cores\n" + report);
        System.out.print(report);
        assertThat(runs.get(0)).isEqualTo(expected);
        assertThat(runs.get(1)).isEqualTo(expected);
        assertThat(runs.get(2)).isEqualTo(expected);
    }

    @Test
    void survivesAServerRestartInTheMiddleOfABatchWithoutLosingOrDuplicatingAnEntry() throws Exception {
        RegistryBatch batch = RegistryBatch.generate(1_000, 7);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        Set<String> errors = ConcurrentHashMap.newKeySet();
        try (HikariDataSource ds = pg.pool(8); InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (RegistryBatch.Claim c : batch.claims()) {
                fs.add(pool.submit(() -> {
                    for (int inv : c.invoices()) {
                        long deadline = System.currentTimeMillis() + 60_000;
                        while (true) {
                            try {
                                r.submit(c.id(), RegistryBatch.keys(inv), c.submittedAt());
                                done.incrementAndGet();
                                break;
                            } catch (RegistryUnavailableException e) {
                                // what an application does: wait for the database, register again
                                unavailable.incrementAndGet();
                                if (System.currentTimeMillis() > deadline) {
                                    throw e;
                                }
                                Thread.sleep(50);
                            } catch (RegistryException e) {
                                errors.add(e.getMessage());
                                throw e;
                            }
                        }
                    }
                    return null;
                }));
            }
            while (done.get() < batch.registrations() / 3) {
                Thread.sleep(5);
            }
            int before = done.get();
            pg.stop();
            pg.startServer();
            for (Future<?> f : fs) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            System.out.printf("restart after %d of %d registrations; %d calls failed with RegistryUnavailableException"
                    + " and were registered again%n", before, batch.registrations(), unavailable.get());
            assertThat(errors).isEmpty();
            assertThat(before).isLessThan(batch.registrations());
            assertThat(unavailable.get()).as("the restart was seen by the registry").isPositive();
            assertOneFirstPerInvoice(batch, ds, r);
            assertThat(flagsOfTheBatch(batch, r)).isEqualTo(batch.expectedFlags());
        }
        try (HikariDataSource ds = pg.pool(1)) {
            pg.stop();
            try {
                InvoiceRegistry r = InvoiceRegistry.jdbc(ds);
                throw new AssertionError("opened without a server: " + r);
            } catch (RegistryUnavailableException e) {
                assertThat(e).hasMessageContaining("registering again is safe").hasMessageContaining("SQLState 08");
            } finally {
                pg.startServer();
            }
        }
    }

    @Test
    void aLostConnectionIsATypedErrorAndNothingOfTheRegistrationIsWritten() throws Exception {
        try (HikariDataSource ds = pg.pool(2); InvoiceRegistry r = InvoiceRegistry.jdbc(ds)) {
            r.register("CLM-1", INVOICE, T1);
            pg.stop();
            try {
                assertThatThrownBy(() -> r.register("CLM-2", RegistryBatch.keys(5), T1))
                        .isInstanceOf(RegistryUnavailableException.class).hasMessageNotContaining("1106");
            } finally {
                pg.startServer();
            }
            assertThat(r.lookup(RegistryBatch.keys(5).get(0))).isEmpty();
            assertThat(r.lookup(RegistryBatch.keys(5).get(1))).isEmpty();
            assertThat(r.register("CLM-2", INVOICE, T1.plusSeconds(1))).contains(new Sighting("CLM-1", T1));
        }
    }

    /** Every later claim of an invoice was told at least once: by its own answer, or by the earlier claim's. */
    private static void assertNoDuplicateMissed(RegistryBatch batch, List<String[]> answers) {
        Set<String> reported = new HashSet<>();
        for (String[] a : answers) {
            if (!a[2].equals("-")) {
                reported.add(a[0] + " " + a[1]);
            }
            if (!a[3].isEmpty()) {
                for (String later : a[3].split(",")) {
                    reported.add(later + " " + a[1]);
                }
            }
        }
        assertThat(reported).containsAll(batch.expectedFlags().keySet());
    }

    private static void assertOneFirstPerInvoice(RegistryBatch batch, HikariDataSource ds, InvoiceRegistry r) throws Exception {
        Map<Integer, String> first = batch.expectedFirst();
        for (Map.Entry<Integer, String> e : first.entrySet()) {
            for (InvoiceKey k : RegistryBatch.keys(e.getKey())) {
                assertThat(r.lookup(k)).map(Sighting::claimId).contains(e.getValue());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("da_invoice_key", "da_invoice_claim")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        assertThat(counts.get("da_invoice_key")).isEqualTo(2 * first.size());
        assertThat(counts.get("da_invoice_claim")).as("one row per key and claim, none lost, none twice")
                .isEqualTo(2 * batch.registrations());
    }

    /** The batch's flags once it is registered: each claim registers again (idempotent) and reads its verdict. */
    private static TreeMap<String, String> flagsOfTheBatch(RegistryBatch batch, InvoiceRegistry r) throws Exception {
        Map<String, String> flags = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (RegistryBatch.Claim c : batch.claims()) {
            fs.add(pool.submit(() -> {
                for (int inv : c.invoices()) {
                    r.register(c.id(), RegistryBatch.keys(inv), c.submittedAt())
                            .ifPresent(s -> flags.put(c.id() + " " + inv, s.claimId()));
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return new TreeMap<>(flags);
    }
}
