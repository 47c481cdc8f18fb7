package ai.domainassist.retrieval;

import java.util.Objects;

/**
 * What to search for: the user's words, how many hits, which documents, and how to rank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the text to search for, not blank (natural language; no query syntax is interpreted)
 * @param topK the most hits to return, 1 to {@value #MAX_TOP_K}
 * @param filter the metadata conditions hits must meet
 * @param mode how to rank
 */
public record SearchRequest(String query, int topK, Filter filter, SearchMode mode) {

    /** The default number of hits. */
    public static final int DEFAULT_TOP_K = 5;
    /** The largest {@link #topK()} accepted. */
    public static final int MAX_TOP_K = 1000;

    /**
     * Checks and normalises the components.
     *
     * @param query the text to search for, not blank (natural language; no query syntax is interpreted)
     * @param topK the most hits to return, 1 to {@value #MAX_TOP_K}
     * @param filter the metadata conditions hits must meet
     * @param mode how to rank
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the query is blank or topK is out of range
     */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(mode, "mode");
        if (query.isBlank()) {
            throw new IllegalArgumentException("search query is blank");
        }
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new IllegalArgumentException("topK must be 1.." + MAX_TOP_K + ", was " + topK);
        }
    }

    /**
     * The top {@value #DEFAULT_TOP_K} hits for a query, no filter, {@link SearchMode#AUTO}.
     *
     * @param query the query
     * @return the request
     */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_TOP_K, Filter.none(), SearchMode.AUTO);
    }

    /**
     * The top {@code topK} hits for a query, no filter, {@link SearchMode#AUTO}.
     *
     * @param query the query
     * @param topK how many hits
     * @return the request
     */
    public static SearchRequest of(String query, int topK) {
        return new SearchRequest(query, topK, Filter.none(), SearchMode.AUTO);
    }

    /**
     * @param filter the filter
     * @return a copy with this filter
     */
    public SearchRequest withFilter(Filter filter) {
        return new SearchRequest(query, topK, filter, mode);
    }

    /**
     * @param mode the ranking mode
     * @return a copy with this mode
     */
    public SearchRequest withMode(SearchMode mode) {
        return new SearchRequest(query, topK, filter, mode);
    }

    /**
     * @param topK how many hits
     * @return a copy asking for this many hits
     */
    public SearchRequest withTopK(int topK) {
        return new SearchRequest(query, topK, filter, mode);
    }
}
