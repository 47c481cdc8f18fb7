package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    @Test
    void hidesSecretsPromptTextAndKeyLikeTokens() {
        Scrubber s = Scrubber.NONE.withSecret("my-very-secret").withSecret(null)
                .withPromptTexts(List.of("short", "patient Li Lei, bed 12"));
        assertThat(s.scrub("key my-very-secret rejected for 'patient Li Lei, bed 12' (short)"))
                .isEqualTo("key *** rejected for '[prompt]' (short)");
        assertThat(s.scrub("Incorrect API key provided: sk-proj-****abcd. See docs"))
                .isEqualTo("Incorrect API key provided: ***. See docs");
        assertThat(s.scrub("token bce-v3/ALTAK-abc/def invalid")).isEqualTo("token *** invalid");
    }

    @Test
    void collapsesWhitespaceAndShortens() {
        assertThat(Scrubber.NONE.scrub(" a \n\t b ")).isEqualTo("a b");
        assertThat(Scrubber.NONE.scrub("x".repeat(1000))).hasSize(303).endsWith("...");
        assertThat(Scrubber.NONE.scrub(null)).isNull();
    }
}
