package ai.domainassist.finance.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInvoiceRegistryTest {
    private static final Instant T1 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-06-01T08:00:00Z");
    private static final List<InvoiceKey> INVOICE = List.of(InvoiceKey.ofCodeAndNumber("11060123", "0045671234"),
            InvoiceKey.ofCheckCode("8a3f2c"));

    @TempDir
    Path dir;

    @Test
    void aSecondClaimWithTheSameInvoiceIsToldWhichClaimWasFirst() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.register("CLM-1", INVOICE, T1)).isEmpty();
            assertThat(r.register("CLM-2", INVOICE, T2)).contains(new Sighting("CLM-1", T1));
        }
    }

    @Test
    void reassessingTheSameClaimIsNotADuplicate() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.register("CLM-1", INVOICE, T1)).isEmpty();
            assertThat(r.register("CLM-1", INVOICE, T2)).isEmpty();
        }
    }

    @Test
    void theCheckCodeAloneIdentifiesAnInvoiceSeenBefore() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            r.register("CLM-1", INVOICE, T1);
            assertThat(r.register("CLM-2", List.of(InvoiceKey.ofCheckCode(" 8A3F2C ")), T2)).map(Sighting::claimId)
                    .contains("CLM-1");
        }
    }

    @Test
    void survivesARestart() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            r.register("CLM-1", INVOICE, T1);
        }
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.lookup(INVOICE.get(0))).contains(new Sighting("CLM-1", T1));
            assertThat(r.register("CLM-2", INVOICE, T2)).map(Sighting::claimId).contains("CLM-1");
        }
    }

    @Test
    void aTornLastRecordFromACrashIsDroppedAndTheRestKept() throws Exception {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            r.register("CLM-1", INVOICE, T1);
        }
        Files.writeString(dir.resolve("invoices.log"), "v1\tdeadbeef\tQ0xNLTk", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.lookup(INVOICE.get(1))).map(Sighting::claimId).contains("CLM-1");
            r.register("CLM-3", List.of(InvoiceKey.ofCheckCode("ffff01")), T2);
        }
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.lookup(InvoiceKey.ofCheckCode("ffff01"))).map(Sighting::claimId).contains("CLM-3");
        }
        assertThat(Files.readAllLines(dir.resolve("invoices.log"))).hasSize(3);
    }

    @Test
    void aCorruptRecordBeforeTheLastFailsTheOpenInsteadOfLosingData() throws Exception {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            r.register("CLM-1", INVOICE, T1);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("invoices.log")));
        lines.set(0, lines.get(0).replace("v1\t", "v1\t0"));
        Files.write(dir.resolve("invoices.log"), lines);
        assertThatThrownBy(() -> InvoiceRegistry.inDirectory(dir)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("corrupt at line 1");
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefused() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThatThrownBy(() -> InvoiceRegistry.inDirectory(dir)).isInstanceOf(RegistryException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void theLogHoldsHashesNotInvoiceNumbers() throws Exception {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            r.register("CLM-1", INVOICE, T1);
        }
        assertThat(Files.readString(dir.resolve("invoices.log"))).doesNotContain("0045671234").doesNotContain("8a3f2c");
    }

    @Test
    void closedRegistryRefusesWork() {
        InvoiceRegistry r = InvoiceRegistry.inDirectory(dir);
        r.close();
        r.close();
        assertThatThrownBy(() -> r.register("CLM-1", INVOICE, T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoThreadsSubmittingTheSameInvoiceExactlyOneIsFirstAndTheDuplicateIsReportedOnce() throws Exception {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            for (int round = 0; round < 50; round++) {
                List<InvoiceKey> keys = List.of(InvoiceKey.ofCodeAndNumber("1106", "R" + round),
                        InvoiceKey.ofCheckCode("c" + round));
                assertRaceVerdict(r, keys, race(() -> r.submit("A-" + Thread.currentThread().getName(), keys, T1)));
            }
        }
    }

    /**
     * Two claims with the same submission time raced on one invoice: the smaller claim id is first
     * (the rule), and exactly one of the two answers reports the duplicate: either the later claim
     * was told the earlier one is first, or the earlier claim, arriving second, was told it displaced
     * the later one.
     */
    static void assertRaceVerdict(InvoiceRegistry r, List<InvoiceKey> keys, List<Registration> outcomes) {
        String first = outcomes.stream().map(Registration::claimId).min(String::compareTo).orElseThrow();
        assertThat(r.lookup(keys.get(0))).map(Sighting::claimId).contains(first);
        assertThat(r.lookup(keys.get(1))).map(Sighting::claimId).contains(first);
        long reported = outcomes.stream().filter(o -> o.earlier().isPresent() || !o.displaced().isEmpty()).count();
        assertThat(reported).as("%s claims %s", outcomes, r.claims(keys.get(0))).isEqualTo(1);
        outcomes.forEach(o -> o.earlier().ifPresent(e -> assertThat(e.claimId()).isEqualTo(first)));
    }

    @Test
    void theFirstClaimIsTheEarliestSubmittedThenTheSmallestIdWhateverTheOrderOfArrival() {
        try (InvoiceRegistry r = InvoiceRegistry.inDirectory(dir)) {
            assertThat(r.register("CLM-9", INVOICE, T2)).isEmpty();
            Registration late = r.submit("CLM-5", INVOICE, T1);
            assertThat(late.earlier()).isEmpty();
            assertThat(late.displaced()).containsExactly(new Sighting("CLM-9", T2));
            Registration third = r.submit("CLM-3", INVOICE, T1);
            assertThat(third.earlier()).isEmpty();
            assertThat(third.displaced()).extracting(Sighting::claimId).containsExactly("CLM-5", "CLM-9");
            assertThat(r.register("CLM-5", INVOICE, T2)).contains(new Sighting("CLM-3", T1));
            assertThat(r.claims(INVOICE.get(1))).extracting(Sighting::claimId).containsExactly("CLM-3", "CLM-5", "CLM-9");
            assertThat(r.lookup(INVOICE.get(0))).contains(new Sighting("CLM-3", T1));
        }
    }

    /** Runs the task on two threads released together. */
    static <T> List<T> race(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "t" + System.nanoTime()));
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> fs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fs.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
