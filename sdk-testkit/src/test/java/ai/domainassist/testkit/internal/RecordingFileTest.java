package ai.domainassist.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingFileTest {

    @Test
    void parsesCommentsStatusHeadersAndAVerbatimBody() {
        RecordingFile r = RecordingFile.parse("# where it comes from\n# more\nHTTP/1.1 429 Too Many Requests\n"
                + "Content-Type: application/json\nretry-after: 2\n\n{\"a\":\n1}\n\n", "t");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.reason()).isEqualTo("Too Many Requests");
        assertThat(r.headers()).containsExactly(Map.entry("Content-Type", "application/json"), Map.entry("retry-after", "2"));
        assertThat(r.body()).isEqualTo("{\"a\":\n1}\n\n");
    }

    @Test
    void aHashInTheBodyIsKept() {
        assertThat(RecordingFile.parse("HTTP/1.1 200 OK\n\n# not a comment\n", "t").body()).isEqualTo("# not a comment\n");
    }

    @Test
    void malformedFilesAreRejectedWithTheirName() {
        assertThatThrownBy(() -> RecordingFile.parse("# only comments\n", "x.http"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.http");
        assertThatThrownBy(() -> RecordingFile.parse("HTTP/1.1 abc\n\nbody", "x.http"))
                .hasMessageContaining("bad status line");
        assertThatThrownBy(() -> RecordingFile.parse("HTTP/1.1 200 OK\nno colon\n\n", "x.http"))
                .hasMessageContaining("bad header line");
        assertThatThrownBy(() -> RecordingFile.parse("HTTP/1.1 200 OK\nA: b", "x.http"))
                .hasMessageContaining("no empty line");
        assertThatThrownBy(() -> RecordingFile.load("/no/such.http")).hasMessageContaining("missing recording");
    }
}
