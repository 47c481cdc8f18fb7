package ai.domainassist.retrieval;

import java.util.List;

/**
 * Finds the chunks that answer a query, each with a {@link Citation}. This is what the domain
 * helpers depend on: the default is the Lucene {@link DocumentLibrary}; an application whose
 * documents live in Elasticsearch or OpenSearch implements this interface over its own index
 * (see the module documentation, {@code docs/retrieval.md}).
 *
 * <p>Implementations must be thread-safe, must apply the request's {@link Filter} with the
 * semantics of {@link Filter#matches}, return at most {@code topK} hits best first, and give
 * citations whose quote is exactly the span of the document text they name.
 */
public interface Retriever {

    /**
     * Searches.
     *
     * @param request the query, size, filter and mode
     * @return the hits, best first; empty when nothing matches
     * @throws IllegalStateException if the request asks for vector or hybrid ranking and the
     *     retriever has no embeddings, or if the retriever is closed
     * @throws RetrievalException if the index cannot be read
     * @throws ai.domainassist.core.ModelException if embedding the query fails
     */
    List<Hit> search(SearchRequest request);

    /**
     * Searches with no filter and the default mode.
     *
     * @param query the query
     * @param topK how many hits at most
     * @return the hits, best first
     * @throws IllegalArgumentException if the query is blank or topK out of range
     * @throws RetrievalException as {@link #search(SearchRequest)}
     */
    default List<Hit> search(String query, int topK) {
        return search(SearchRequest.of(query, topK));
    }
}
