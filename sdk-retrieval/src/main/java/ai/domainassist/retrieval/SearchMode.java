package ai.domainassist.retrieval;

/** How a search ranks chunks. */
public enum SearchMode {
    /** {@link #HYBRID} when the library has an embedder, else {@link #KEYWORD}. */
    AUTO,
    /** BM25 over the analysed chunk text and heading path. */
    KEYWORD,
    /** Nearest neighbours of the query's embedding (HNSW); needs an embedder. */
    VECTOR,
    /** Keyword and vector rankings fused by reciprocal rank (k = 60); needs an embedder. */
    HYBRID
}
