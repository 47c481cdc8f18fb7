package ai.domainassist.retrieval.opensearch.internal;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Hit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vector ranking without the k-NN plugin: a {@code script_score} query whose Painless script computes
 * the cosine similarity of the query vector with each candidate chunk's vector (kept in
 * {@code _source}), scored {@code (1 + cos) / 2} as Lucene's cosine similarity is. Exact and
 * brute force over the chunks the filter admits: right for libraries of thousands of chunks; beyond
 * that an approximate index (the k-NN plugin's {@code knn_vector}) is needed, which this module does
 * not use. And reciprocal rank fusion of a keyword and a vector ranking, with the embedded library's
 * constant and tie order. Stateless.
 */
public final class VectorSearch {
    /** Reciprocal rank fusion's constant (Cormack, Clarke and Büttcher 2009), as in the embedded library. */
    public static final int RRF_K = 60;
    /** How many candidates each ranking contributes to a fusion, at least (as in the embedded library). */
    public static final int FUSION_DEPTH = 50;

    private static final String COSINE = "def v = params._source.vector; if (v == null) { return 0; }"
            + " double dot = 0; double nn = 0;"
            + " for (int i = 0; i < v.size(); i++) { double x = ((Number) v.get(i)).doubleValue();"
            + " dot += x * params.q[i]; nn += x * x; }"
            + " if (nn == 0 || params.qn == 0) { return 0.5; }"
            + " return (1 + dot / (Math.sqrt(nn) * params.qn)) / 2;";

    private VectorSearch() {
    }

    /**
     * The text embedded for a chunk, as the embedded library embeds it: title and heading path give
     * the chunk its context.
     *
     * @param title the document's title
     * @param c the chunk
     * @return the text
     */
    public static String embeddingText(String title, Chunk c) {
        String heading = c.heading();
        return (title.isEmpty() ? "" : title + "\n") + (heading.isEmpty() ? "" : heading + "\n") + c.text();
    }

    /**
     * @param vector the query vector
     * @param filter the filter clauses
     * @return the {@code script_score} query
     */
    public static ObjectNode query(float[] vector, ArrayNode filter) {
        ObjectNode q = OpenSearchHttp.MAPPER.createObjectNode();
        ObjectNode ss = q.putObject("script_score");
        ss.putObject("query").putObject("bool").set("filter", filter);
        ObjectNode script = ss.putObject("script");
        script.put("source", COSINE);
        ObjectNode params = script.putObject("params");
        ArrayNode arr = params.putArray("q");
        double norm = 0;
        for (float f : vector) {
            arr.add(f);
            norm += (double) f * f;
        }
        params.put("qn", Math.sqrt(norm));
        return q;
    }

    /**
     * Reciprocal rank fusion: each hit scores the sum of {@code 1 / (60 + rank)} over the rankings
     * that contain it (ranks from 1); best first, ties in the order of first appearance.
     *
     * @param rankings the rankings, best first
     * @param limit how many hits
     * @return the fused hits, scored by the fusion
     */
    public static List<Hit> fuse(List<List<Hit>> rankings, int limit) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<Hit> ranking : rankings) {
            for (int r = 0; r < ranking.size(); r++) {
                Hit h = ranking.get(r);
                String id = h.documentId() + "#" + h.chunkIndex();
                hits.putIfAbsent(id, h);
                scores.merge(id, 1.0 / (RRF_K + r + 1), Double::sum);
            }
        }
        List<Hit> out = new ArrayList<>();
        scores.forEach((id, score) -> {
            Hit h = hits.get(id);
            out.add(new Hit(h.citation(), h.metadata(), h.chunkIndex(), score));
        });
        out.sort(Comparator.comparingDouble(Hit::score).reversed());
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }
}
