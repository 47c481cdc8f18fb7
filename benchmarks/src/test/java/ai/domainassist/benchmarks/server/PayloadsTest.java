package ai.domainassist.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    @Test
    void promptAndAnswerAreOneKibibyteOfUtf8WithoutTheResourceComments() {
        assertThat(Payloads.prompt().getBytes(StandardCharsets.UTF_8)).hasSize(Payloads.TEXT_BYTES);
        assertThat(Payloads.answer().getBytes(StandardCharsets.UTF_8)).hasSize(Payloads.TEXT_BYTES);
        assertThat(Payloads.prompt()).startsWith("请根据以下门诊对话").doesNotContain("# Benchmark");
        assertThat(Payloads.answer()).startsWith("主诉").doesNotContain("# Benchmark");
    }

    @Test
    void aStreamedAnswerIsItsPiecesOfTwoCodePointsEach() {
        List<String> pieces = Payloads.streamPieces(500);
        assertThat(pieces).hasSize(500).allSatisfy(p -> assertThat(p.codePointCount(0, p.length())).isEqualTo(2));
        assertThat(String.join("", pieces)).isEqualTo(Payloads.streamedAnswer(500));
        assertThat(Payloads.streamedAnswer(500)).startsWith("主诉：咳嗽").doesNotContain("\n");
        assertThatThrownBy(() -> Payloads.streamPieces(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embeddingsAreDeterministicSmallAndSigned() {
        float[] v = Payloads.embedding(1536);
        assertThat(v).hasSize(1536).containsExactly(Payloads.embedding(1536));
        for (float x : v) {
            assertThat(x).isBetween(-0.0625f, 0.0625f);
        }
        assertThat(v[0]).isNotEqualTo(v[1]);
    }
}
