package ai.domainassist.examples.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path out;

    @Test
    void doneItemsSurviveAReopenWithTheirInputHash() throws Exception {
        try (Journal j = Journal.open(out, "medical structure --format json", false)) {
            j.done("a.txt", "h1", "a.json");
            j.done("sub/b\tc.txt", "h2", "sub/b\tc.json");
            j.failed("d.txt", "h4", "TranscriptException: empty");
        }
        try (Journal j = Journal.open(out, "medical structure --format json", true)) {
            assertThat(j.isDone("a.txt", "h1")).isTrue();
            assertThat(j.isDone("sub/b\tc.txt", "h2")).isTrue();
            assertThat(j.isDone("a.txt", "changed")).as("a changed input is done again").isFalse();
            assertThat(j.isDone("d.txt", "h4")).as("a failed item is retried").isFalse();
            assertThat(j.doneCount()).isEqualTo(2);
        }
    }

    @Test
    void aLaterFailureCancelsAnEarlierDone() throws Exception {
        try (Journal j = Journal.open(out, "job", false)) {
            j.done("a", "h", "a.txt");
            j.failed("a", "h", "boom");
        }
        try (Journal j = Journal.open(out, "job", true)) {
            assertThat(j.isDone("a", "h")).isFalse();
        }
    }

    @Test
    void aTornLastLineIsCutOffAndAppendingGoesOnCleanly() throws Exception {
        try (Journal j = Journal.open(out, "job", false)) {
            j.done("a", "h1", "a.txt");
        }
        Path file = out.resolve(Journal.FILE_NAME);
        Files.writeString(file, "D\tb\th2\tb.txt\t0a1b", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // crash mid-line
        try (Journal j = Journal.open(out, "job", true)) {
            assertThat(j.isDone("a", "h1")).isTrue();
            assertThat(j.isDone("b", "h2")).isFalse();
            j.done("c", "h3", "c.txt");
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("D\tc\th3\tc.txt\t");
        try (Journal j = Journal.open(out, "job", true)) {
            assertThat(j.isDone("c", "h3")).isTrue();
        }
    }

    @Test
    void aCompleteLastLineWithABadChecksumCountsAsTorn() throws Exception {
        try (Journal j = Journal.open(out, "job", false)) {
            j.done("a", "h1", "a.txt");
        }
        Files.writeString(out.resolve(Journal.FILE_NAME), "D\tb\th2\tb.txt\tdeadbeef\n", StandardOpenOption.APPEND);
        try (Journal j = Journal.open(out, "job", true)) {
            assertThat(j.isDone("b", "h2")).isFalse();
            assertThat(j.doneCount()).isEqualTo(1);
        }
    }

    @Test
    void damageBeforeTheLastLineIsRefusedNotSkipped() throws Exception {
        try (Journal j = Journal.open(out, "job", false)) {
            j.done("a", "h1", "a.txt");
            j.done("b", "h2", "b.txt");
        }
        Path file = out.resolve(Journal.FILE_NAME);
        String text = Files.readString(file).replace("D\ta\th1", "D\ta\th9");
        Files.writeString(file, text);
        assertThatThrownBy(() -> Journal.open(out, "job", true)).isInstanceOf(JournalException.class)
                .hasMessageContaining("damaged at line 2");
    }

    @Test
    void anotherJobsJournalIsNotResumed() throws Exception {
        try (Journal j = Journal.open(out, "medical structure --format json", false)) {
            j.done("a", "h1", "a.json");
        }
        assertThatThrownBy(() -> Journal.open(out, "medical structure --format html", true))
                .isInstanceOf(JournalException.class).hasMessageContaining("medical structure --format json");
    }

    @Test
    void withoutResumeTheJournalStartsAfresh() throws Exception {
        try (Journal j = Journal.open(out, "job", false)) {
            j.done("a", "h1", "a.txt");
        }
        try (Journal j = Journal.open(out, "job", false)) {
            assertThat(j.doneCount()).isZero();
        }
        try (Journal j = Journal.open(out, "job", true)) {
            assertThat(j.isDone("a", "h1")).isFalse();
        }
    }

    @Test
    void escapingRoundTrips() {
        String s = "a\\b\tc\nd\re";
        assertThat(Journal.escape(s)).doesNotContain("\t").doesNotContain("\n");
        assertThat(Journal.unescape(Journal.escape(s))).isEqualTo(s);
    }
}
