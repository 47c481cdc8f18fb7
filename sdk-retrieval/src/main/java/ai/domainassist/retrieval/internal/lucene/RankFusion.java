package ai.domainassist.retrieval.internal.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an item's fused score is the
 * sum over the rankings that contain it of {@code 1 / (k + rank)}, ranks from 1. Stateless.
 */
final class RankFusion {
    /** The constant from the paper; it damps the weight of the very top ranks. */
    static final int K = 60;

    private RankFusion() {
    }

    /** An item and its fused score. */
    record Fused(int item, double score) {
    }

    /**
     * @param rankings lists of item ids, best first (an id appears at most once per list)
     * @param limit how many fused items to return
     * @return the fused ranking, best first; ties keep the order of first appearance
     */
    static List<Fused> fuse(List<int[]> rankings, int limit) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (int[] ranking : rankings) {
            for (int r = 0; r < ranking.length; r++) {
                scores.merge(ranking[r], 1.0 / (K + r + 1), Double::sum);
            }
        }
        List<Fused> out = new ArrayList<>(scores.size());
        scores.forEach((item, score) -> out.add(new Fused(item, score)));
        out.sort(Comparator.comparingDouble(Fused::score).reversed());
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }
}
