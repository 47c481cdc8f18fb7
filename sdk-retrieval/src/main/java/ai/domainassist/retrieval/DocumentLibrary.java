package ai.domainassist.retrieval;

import ai.domainassist.retrieval.internal.lucene.LuceneDocumentLibrary;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A searchable collection of documents: it chunks each document by its structure, indexes the
 * chunks for BM25 (and for vector search when it has an {@link Embedder}), and answers
 * {@link #search} with cited hits. The default implementation keeps everything in an embedded
 * Apache Lucene index, in memory or in a directory that survives a restart.
 *
 * <p>Thread-safe: any number of threads may search and read while one write (add, replace,
 * delete) runs; writes are serialised. Every write is durable (committed) when it returns and
 * visible to searches started after it returns. With a {@link SourceWhitelist}, documents of other
 * sources are refused by the writes and invisible to the reads.
 *
 * <pre>{@code
 * try (DocumentLibrary library = DocumentLibrary.builder().directory(Path.of("policy-index")).build()) {
 *     library.add(new Document("gbf-2023-12", "关于……的通知", text, metadata));
 *     for (Hit hit : library.search("小微企业 贷款 贴息", 5)) {
 *         System.out.println(hit.citation().reference() + ": " + hit.text());
 *     }
 * }
 * }</pre>
 */
public interface DocumentLibrary extends Retriever, AutoCloseable {

    /**
     * Adds a document.
     *
     * @param document the document
     * @throws DocumentExistsException if a document with its id is already there
     * @throws SourceNotAllowedException if the whitelist refuses its source
     * @throws RetrievalException if the index cannot be written
     * @throws ai.domainassist.core.ModelException if embedding its chunks fails (nothing is written)
     * @throws IllegalStateException if the library is closed
     */
    void add(Document document);

    /**
     * Adds documents in one commit: all of them or, if any is refused, none.
     *
     * @param documents the documents, ids distinct
     * @throws DocumentExistsException if an id is already there or appears twice
     * @throws SourceNotAllowedException if the whitelist refuses a source
     * @throws RetrievalException if the index cannot be written
     * @throws ai.domainassist.core.ModelException if embedding fails (nothing is written)
     * @throws IllegalStateException if the library is closed
     */
    void addAll(Collection<Document> documents);

    /**
     * Replaces the document with the same id, atomically: a search sees the old version or the new
     * one, never neither.
     *
     * @param document the new version
     * @throws DocumentNotFoundException if there is no document with its id
     * @throws SourceNotAllowedException if the whitelist refuses its source
     * @throws RetrievalException if the index cannot be written
     * @throws ai.domainassist.core.ModelException if embedding fails (nothing is written)
     * @throws IllegalStateException if the library is closed
     */
    void replace(Document document);

    /**
     * Deletes a document and its chunks.
     *
     * @param documentId the id
     * @return whether there was such a document
     * @throws RetrievalException if the index cannot be written
     * @throws IllegalStateException if the library is closed
     */
    boolean delete(String documentId);

    /**
     * @param documentId the id
     * @return the document, exactly as added, if the library holds it
     * @throws RetrievalException if the index cannot be read
     * @throws IllegalStateException if the library is closed
     */
    Optional<Document> get(String documentId);

    /**
     * @param documentId the id
     * @return the document's chunks in text order, as the search indexes them; empty if there is no such document
     * @throws RetrievalException if the index cannot be read
     * @throws IllegalStateException if the library is closed
     */
    List<Chunk> chunks(String documentId);

    /**
     * Every document, ordered by id. This loads every text: for a large library prefer {@link #count()}
     * and {@link #get(String)}.
     *
     * @return the documents
     * @throws RetrievalException if the index cannot be read
     * @throws IllegalStateException if the library is closed
     */
    List<Document> list();

    /**
     * @return the number of documents
     * @throws RetrievalException if the index cannot be read
     * @throws IllegalStateException if the library is closed
     */
    int count();

    /** Releases the index (and its directory lock). Idempotent; never throws. */
    @Override
    void close();

    /** @return a builder for the default, Lucene-based library (in memory unless a directory is set) */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the Lucene-based {@link DocumentLibrary}. Not thread-safe; {@link #build()} validates
     * and opens the index.
     */
    final class Builder {
        private Path directory;
        private TextAnalysis analysis = TextAnalysis.CJK_BIGRAM;
        private Chunker chunker = Chunker.structural();
        private Embedder embedder;
        private long embeddingCacheSize = 10_000;
        private SourceWhitelist whitelist = SourceWhitelist.allowAll();

        private Builder() {
        }

        /**
         * Keeps the index in memory (the default): gone when the library is closed.
         *
         * @return this builder
         */
        public Builder inMemory() {
            this.directory = null;
            return this;
        }

        /**
         * Keeps the index in this directory (created if missing), reopened by the next library built on it.
         * Only one open library may use a directory at a time.
         *
         * @param directory the directory
         * @return this builder
         * @throws NullPointerException if directory is {@code null}
         */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * @param analysis how to cut text into terms (default {@link TextAnalysis#CJK_BIGRAM})
         * @return this builder
         * @throws NullPointerException if analysis is {@code null}
         */
        public Builder analysis(TextAnalysis analysis) {
            this.analysis = Objects.requireNonNull(analysis, "analysis");
            return this;
        }

        /**
         * @param chunker how to cut documents into chunks (default {@link Chunker#structural()})
         * @return this builder
         * @throws NullPointerException if chunker is {@code null}
         */
        public Builder chunker(Chunker chunker) {
            this.chunker = Objects.requireNonNull(chunker, "chunker");
            return this;
        }

        /**
         * Enables vector and hybrid search: every chunk is embedded when added.
         *
         * @param embedder the embedder
         * @return this builder
         * @throws NullPointerException if embedder is {@code null}
         */
        public Builder embedder(Embedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        /**
         * @param entries how many vectors to cache in memory (default 10,000; 0 disables the cache)
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder embeddingCacheSize(long entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("cache size must not be negative, was " + entries);
            }
            this.embeddingCacheSize = entries;
            return this;
        }

        /**
         * @param whitelist the sources accepted and returned (default {@link SourceWhitelist#allowAll()})
         * @return this builder
         * @throws NullPointerException if whitelist is {@code null}
         */
        public Builder sourceWhitelist(SourceWhitelist whitelist) {
            this.whitelist = Objects.requireNonNull(whitelist, "whitelist");
            return this;
        }

        /**
         * Opens (or creates) the index.
         *
         * @return the library; close it when done
         * @throws RetrievalException if the directory cannot be opened or is locked by another
         *     library, or its index was built with another analysis or embedder
         */
        public DocumentLibrary build() {
            return new LuceneDocumentLibrary(directory, analysis, chunker, embedder, embeddingCacheSize, whitelist);
        }
    }
}
