package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRestorerTest {

    @Test
    void aPlaceholderSplitAtEveryPositionIsRestoredWhole() {
        Redaction r = Redactor.defaults().newRedaction(List.of("张三"));
        r.redact("张三 13812345678");
        String answer = "您好[PRIVATE_1]，我们会拨打[PHONE_1]联系您[并非占位]。";
        String expected = "您好张三，我们会拨打13812345678联系您[并非占位]。";
        for (int a = 1; a < answer.length(); a++) {
            for (int b = a; b < answer.length(); b++) {
                StreamRestorer s = r.newStreamRestorer();
                StringBuilder out = new StringBuilder();
                out.append(s.push("text", answer.substring(0, a), false));
                out.append(s.push("text", answer.substring(a, b), false));
                out.append(s.push("text", answer.substring(b), false));
                out.append(s.flush("text"));
                assertThat(out.toString()).as("split at %d and %d", a, b).isEqualTo(expected);
            }
        }
    }

    @Test
    void neverReleasesAPartialPlaceholder() {
        Redaction r = Redactor.defaults().newRedaction(List.of());
        r.redact("13812345678");
        StreamRestorer s = r.newStreamRestorer();
        assertThat(s.push("text", "call [PHO", false)).isEqualTo("call ");
        assertThat(s.push("text", "NE_", false)).isEmpty();
        assertThat(s.push("text", "1] now", false)).isEqualTo("13812345678 now");
        assertThat(s.channelsWithPending()).isEmpty();
    }

    @Test
    void releasesABracketThatCannotBeAPlaceholder() {
        Redaction r = Redactor.defaults().newRedaction(List.of());
        r.redact("13812345678");
        StreamRestorer s = r.newStreamRestorer();
        assertThat(s.push("text", "list [a", false)).isEqualTo("list [a");
        assertThat(s.push("text", "[", false)).isEmpty();
        assertThat(s.flush("text")).isEqualTo("[");
    }
}
