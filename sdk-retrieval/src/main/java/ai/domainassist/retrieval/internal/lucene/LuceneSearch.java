package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.internal.embed.CachingEmbedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;

/**
 * Runs a {@link SearchRequest} against one searcher: BM25 over the chunk text and heading path;
 * k-nearest-neighbour search over the chunk vectors; or both fused by reciprocal rank.
 *
 * <p>The document title is not a query field: a title shares its formulaic terms (关于, 通知,
 * 规定 ...) with nearly every other title, so matching it on every chunk made queries three times
 * slower at 100,000 chunks without changing recall (see {@code docs/retrieval.md}); an official
 * document's first paragraph is its title, so the title is found as text anyway.
 *
 * <p>Thread-safe (the analyzer and embedder are).
 */
final class LuceneSearch {
    /** The longest vector the default Lucene codec indexes. */
    static final int MAX_DIMENSIONS = 1024;
    /** How many candidates each ranking contributes to a fusion, at least. */
    static final int FUSION_DEPTH = 50;
    /** Weight of a heading-path match against a chunk-text match. */
    static final float HEADING_BOOST = 0.5f;

    private final Analyzer analyzer;
    private final CachingEmbedder embedder;
    private final SourceWhitelist whitelist;

    LuceneSearch(Analyzer analyzer, CachingEmbedder embedder, SourceWhitelist whitelist) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.whitelist = whitelist;
    }

    /** The text embedded for a chunk: title and heading path give the chunk its context. */
    static String embeddingText(String title, Chunk c) {
        String heading = c.heading();
        return (title.isEmpty() ? "" : title + "\n") + (heading.isEmpty() ? "" : heading + "\n") + c.text();
    }

    List<Hit> search(IndexSearcher searcher, SearchRequest request) throws IOException {
        SearchMode mode = request.mode();
        if (mode == SearchMode.AUTO) {
            mode = embedder == null ? SearchMode.KEYWORD : SearchMode.HYBRID;
        }
        if (embedder == null && mode != SearchMode.KEYWORD) {
            throw new IllegalStateException(mode + " search needs an embedder; build the library with .embedder(...)");
        }
        Query filter = FilterQueries.of(Schema.KIND_CHUNK, request.filter(), whitelist);
        int k = request.topK();
        switch (mode) {
            case KEYWORD:
                return hits(searcher, keyword(searcher, request.query(), filter, k));
            case VECTOR:
                return hits(searcher, vector(searcher, request.query(), filter, k));
            case HYBRID:
            default:
                int depth = Math.max(k, FUSION_DEPTH);
                ScoreDoc[] kw = keyword(searcher, request.query(), filter, depth);
                ScoreDoc[] vec = vector(searcher, request.query(), filter, depth);
                List<RankFusion.Fused> fused = RankFusion.fuse(List.of(ids(kw), ids(vec)), k);
                ScoreDoc[] out = new ScoreDoc[fused.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new ScoreDoc(fused.get(i).item(), (float) fused.get(i).score());
                }
                return hits(searcher, out);
        }
    }

    /** The BM25 query for a text, or {@code null} when the text has no searchable term. */
    Query keywordQuery(String text) {
        QueryBuilder qb = new QueryBuilder(analyzer);
        Query body = qb.createBooleanQuery(Schema.BODY, text);
        if (body == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(body, Occur.SHOULD);
        Query heading = qb.createBooleanQuery(Schema.HEADING, text);
        if (heading != null) {
            b.add(new BoostQuery(heading, HEADING_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    private ScoreDoc[] keyword(IndexSearcher searcher, String text, Query filter, int n) throws IOException {
        Query q = keywordQuery(text);
        if (q == null) {
            return new ScoreDoc[0];
        }
        Query full = new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
        return searcher.search(full, n).scoreDocs;
    }

    private ScoreDoc[] vector(IndexSearcher searcher, String text, Query filter, int n) throws IOException {
        float[] v = embedder.embed(List.of(text)).get(0);
        return searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, v, n, filter), n).scoreDocs;
    }

    private static int[] ids(ScoreDoc[] docs) {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return ids;
    }

    private static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Hit> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc);
            DocumentMetadata meta = MetadataCodec.decode(d.get(Schema.META));
            out.add(new Hit(Schema.citation(d, meta), meta, d.getField(Schema.CHUNK_NO).numericValue().intValue(), sd.score));
        }
        return out;
    }
}
