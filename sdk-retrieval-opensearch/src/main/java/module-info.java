/**
 * The document library on an OpenSearch cluster: the embedded library's chunks, citations, BM25 and filters.
 *
 * <p>Exports {@code ai.domainassist.retrieval.opensearch}; its HTTP and query code under {@code internal} is
 * not exported. It speaks HTTP with sdk-core's OkHttp and Jackson.
 */
module ai.domainassist.retrieval.opensearch {
    requires transitive ai.domainassist.retrieval;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;

    exports ai.domainassist.retrieval.opensearch;
}
