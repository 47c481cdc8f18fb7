package ai.domainassist.examples.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    final AtomicLong now = new AtomicLong();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainLinesAtMostOncePerSecondAndAtTheEnd() {
        ProgressDisplay p = new ProgressDisplay(out, false, now::get);
        p.start(10, 0);
        for (int i = 0; i < 4; i++) {
            now.addAndGet(300_000_000L);     // 0.3 s per item
            p.succeeded();
        }
        p.failed("c.txt", "TranscriptException: empty");
        for (int i = 0; i < 5; i++) {
            now.addAndGet(300_000_000L);
            p.succeeded();
        }
        p.finish();
        String[] lines = text().split("\n");
        assertThat(text()).doesNotContain("\r");
        assertThat(lines).contains("FAILED c.txt: TranscriptException: empty");
        assertThat(lines[0]).isEqualTo("progress 4/10 (40%): ok 4, failed 0, 3.3 items/s, ETA 2 s");
        assertThat(lines[lines.length - 1]).isEqualTo("progress 10/10 (100%): ok 9, failed 1, 3.7 items/s, ETA 0 s");
        assertThat(lines).hasSize(4);   // at 1.2 s, FAILED, at 2.4 s (1 s after the first), final
    }

    @Test
    void terminalBarRedrawsInPlaceWithCountRateAndEta() {
        ProgressDisplay p = new ProgressDisplay(out, true, now::get);
        p.start(4, 1);
        now.addAndGet(2_000_000_000L);
        p.succeeded();
        p.finish();
        String t = text();
        assertThat(t).startsWith("resuming: 1 of 4 item(s) already done\n\r[#######.....................] 1/4 (25%)");
        assertThat(t).contains("\r[##############..............] 2/4 (50%): ok 1, failed 0, skipped 1, 0.5 items/s, ETA 4 s");
        assertThat(t).endsWith("\n");
    }

    @Test
    void aFailureOnATerminalClearsTheBarBeforeItsLine() {
        ProgressDisplay p = new ProgressDisplay(out, true, now::get);
        p.start(2, 0);
        p.failed("x", "boom");
        assertThat(text()).contains("\r" + " ".repeat(10)).contains("\rFAILED x: boom\n");
    }

    @Test
    void timesAreReadable() {
        assertThat(ProgressDisplay.formatSeconds(9.4)).isEqualTo("9 s");
        assertThat(ProgressDisplay.formatSeconds(75)).isEqualTo("1:15");
        assertThat(ProgressDisplay.formatSeconds(3725)).isEqualTo("1:02:05");
    }
}
