/**
 * Retrieval for the domain helpers: a {@link ai.domainassist.retrieval.DocumentLibrary} of
 * {@link ai.domainassist.retrieval.Document}s with metadata, cut into
 * {@link ai.domainassist.retrieval.Chunk}s by the documents' own structure, searched by BM25 over
 * Chinese text (and by vectors when an {@link ai.domainassist.retrieval.Embedder} is given), every
 * {@link ai.domainassist.retrieval.Hit} with a {@link ai.domainassist.retrieval.Citation} of the
 * exact span it quotes. Domain modules depend on the {@link ai.domainassist.retrieval.Retriever}
 * interface, so another engine (Elasticsearch, OpenSearch) can stand in for the embedded Lucene
 * index. {@link ai.domainassist.retrieval.Ingestor} reads text, Markdown, HTML, Word and PDF files.
 *
 * <p>Implementation classes live in {@code ai.domainassist.retrieval.internal} and are not API.
 */
package ai.domainassist.retrieval;
