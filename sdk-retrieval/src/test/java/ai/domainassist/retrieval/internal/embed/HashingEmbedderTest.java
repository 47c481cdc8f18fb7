package ai.domainassist.retrieval.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashingEmbedderTest {
    private final HashingEmbedder embedder = new HashingEmbedder(256);

    private static double cos(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    @Test
    void deterministicNormalisedAndFoldsWidthAndCase() {
        List<float[]> v = embedder.embed(List.of("保险金ABC１２", "保险金abc12", "保险金abc12"));
        assertThat(v.get(0)).hasSize(256);
        assertThat(cos(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(v.get(0)).containsExactly(v.get(1));
        assertThat(embedder.id()).isEqualTo("hashing-256");
    }

    @Test
    void sharedCharactersMeanCloserVectors() {
        List<float[]> v = embedder.embed(List.of("意外身故保险金", "意外身故保险金的给付", "城市供水管理条例"));
        assertThat(cos(v.get(0), v.get(1))).isGreaterThan(cos(v.get(0), v.get(2)) + 0.3);
    }

    @Test
    void punctuationOnlyTextStillGetsAUnitVector() {
        float[] v = embedder.embed(List.of("，。！")).get(0);
        assertThat(cos(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void sizeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new HashingEmbedder(8)).isInstanceOf(IllegalArgumentException.class);
    }
}
