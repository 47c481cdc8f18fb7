package ai.domainassist.examples.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path in;
    @TempDir
    Path out;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    List<BatchItem> items;

    @BeforeEach
    void fortyInputs() throws Exception {
        items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("visit-%02d.txt", i);
            Files.writeString(in.resolve(name), "input " + i);
            items.add(new BatchItem(name, in.resolve(name), name.replace(".txt", "")));
        }
    }

    BatchRunner runner(int threads) {
        return new BatchRunner(threads, new ProgressDisplay(new PrintStream(err, true, StandardCharsets.UTF_8), false,
                System::nanoTime), System::nanoTime);
    }

    byte[] upper(BatchItem item) throws Exception {
        calls.computeIfAbsent(item.key(), k -> new AtomicInteger()).incrementAndGet();
        return Files.readString(item.input()).toUpperCase().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyItemIsProcessedOnceInParallelAndWrittenToItsOutput() throws Exception {
        BatchRunner.Summary s = runner(8).run(items, out, "txt", "job", false, this::upper);
        assertThat(s.succeeded()).isEqualTo(40);
        assertThat(s.failed()).isZero();
        assertThat(calls).hasSize(40).allSatisfy((k, n) -> assertThat(n.get()).as(k).isEqualTo(1));
        assertThat(Files.readString(out.resolve("visit-07.txt"))).isEqualTo("INPUT 7");
        assertThat(Files.readAllLines(out.resolve(Journal.FILE_NAME)).stream().filter(l -> l.startsWith("D\t")))
                .hasSize(40);
    }

    @Test
    void aFailingItemIsReportedAndTheRunGoesOn() throws Exception {
        BatchRunner.Summary s = runner(4).run(items, out, "txt", "job", false, item -> {
            if (item.key().equals("visit-13.txt")) {
                throw new IllegalArgumentException("not a transcript\nsecond line");
            }
            return upper(item);
        });
        assertThat(s.succeeded()).isEqualTo(39);
        assertThat(s.failures()).containsExactly(new BatchRunner.Failure("visit-13.txt",
                "IllegalArgumentException: not a transcript"));
        assertThat(out.resolve("visit-13.txt")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FAILED visit-13.txt: IllegalArgumentException: not a transcript");
        // fixed and resumed: only the failed one runs again
        calls.clear();
        BatchRunner.Summary again = runner(4).run(items, out, "txt", "job", true, this::upper);
        assertThat(again.skipped()).isEqualTo(39);
        assertThat(again.succeeded()).isEqualTo(1);
        assertThat(calls.keySet()).containsExactly("visit-13.txt");
    }

    @Test
    void aCrashMidRunLosesNothingAndResumingDoesNothingTwice() throws Exception {
        AtomicInteger processed = new AtomicInteger();
        assertThatThrownBy(() -> runner(1).run(items, out, "txt", "job", false, item -> {
            if (processed.incrementAndGet() == 18) {
                throw new OutOfMemoryError("simulated crash");       // an Error stops the whole run
            }
            return upper(item);
        })).isInstanceOf(OutOfMemoryError.class);
        Map<String, Integer> firstRun = calls.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        assertThat(firstRun).hasSize(17);
        long stamp = Files.getLastModifiedTime(out.resolve("visit-00.txt")).toMillis();

        calls.clear();
        BatchRunner.Summary s = runner(4).run(items, out, "txt", "job", true, this::upper);
        assertThat(s.skipped()).isEqualTo(17);
        assertThat(s.succeeded()).isEqualTo(23);
        assertThat(calls.keySet()).doesNotContainAnyElementsOf(firstRun.keySet()).hasSize(23);
        assertThat(Files.getLastModifiedTime(out.resolve("visit-00.txt")).toMillis()).isEqualTo(stamp);
        for (BatchItem item : items) {
            assertThat(out.resolve(item.outputStem() + ".txt")).exists();
        }
        List<String> done = Files.readAllLines(out.resolve(Journal.FILE_NAME)).stream()
                .filter(l -> l.startsWith("D\t")).map(l -> l.split("\t")[1]).toList();
        assertThat(done).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void aChangedInputIsDoneAgainOnResume() throws Exception {
        runner(2).run(items, out, "txt", "job", false, this::upper);
        Files.writeString(in.resolve("visit-05.txt"), "corrected input");
        calls.clear();
        BatchRunner.Summary s = runner(2).run(items, out, "txt", "job", true, this::upper);
        assertThat(calls.keySet()).containsExactly("visit-05.txt");
        assertThat(s.skipped()).isEqualTo(39);
        assertThat(Files.readString(out.resolve("visit-05.txt"))).isEqualTo("CORRECTED INPUT");
    }

    @Test
    void folderInputsAreHashedByTheirFiles() throws Exception {
        Path claim = Files.createDirectories(in.resolve("claim-1"));
        Files.writeString(claim.resolve("a.txt"), "x");
        String before = BatchRunner.sha256(claim);
        Files.writeString(claim.resolve(".hidden"), "ignored");
        assertThat(BatchRunner.sha256(claim)).isEqualTo(before);
        Files.writeString(claim.resolve("b.txt"), "y");
        assertThat(BatchRunner.sha256(claim)).isNotEqualTo(before);
    }

    @Test
    void threadsMustBePositive() {
        assertThatThrownBy(() -> runner(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
