/**
 * The document library on an OpenSearch cluster: {@link ai.domainassist.retrieval.opensearch.OpenSearchLibrary},
 * a {@link ai.domainassist.retrieval.DocumentLibrary} with the embedded library's chunking, citations,
 * BM25 ranking over CJK bigrams, filters and source whitelist, for a library shared by many machines.
 */
package ai.domainassist.retrieval.opensearch;
