package ai.domainassist.retrieval.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    @Test
    void itemsHighInBothRankingsWin() {
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(new int[] {1, 2, 3}, new int[] {3, 1, 4}), 10);
        assertThat(fused).extracting(RankFusion.Fused::item).containsExactly(1, 3, 2, 4);
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 61 + 1.0 / 62);
        assertThat(fused.get(3).score()).isEqualTo(1.0 / 63);
    }

    @Test
    void limitAndEmptyRankings() {
        assertThat(RankFusion.fuse(List.of(new int[] {5, 6, 7}, new int[0]), 2)).extracting(RankFusion.Fused::item).containsExactly(5, 6);
        assertThat(RankFusion.fuse(List.of(new int[0], new int[0]), 3)).isEmpty();
    }
}
