package ai.domainassist.retrieval;

import java.util.Objects;

/**
 * One search result: the cited chunk, its document's metadata (so a caller can say "已废止") and
 * the score it was ranked by. Scores compare only within one result list: BM25 for keyword search,
 * similarity for vector search, reciprocal-rank-fusion score for hybrid search.
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation where the text comes from, with the quoted text
 * @param metadata the document's metadata
 * @param chunkIndex the chunk's position in its document, from 0
 * @param score the ranking score, higher is better
 */
public record Hit(Citation citation, DocumentMetadata metadata, int chunkIndex, double score) {

    /**
     * Checks and normalises the components.
     *
     * @param citation where the text comes from, with the quoted text
     * @param metadata the document's metadata
     * @param chunkIndex the chunk's position in its document, from 0
     * @param score the ranking score, higher is better
     * @throws NullPointerException if citation or metadata is {@code null}
     * @throws IllegalArgumentException if the chunk index is negative
     */
    public Hit {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(metadata, "metadata");
        if (chunkIndex < 0) {
            throw new IllegalArgumentException("negative chunk index " + chunkIndex);
        }
    }

    /** @return the cited document's id */
    public String documentId() {
        return citation.documentId();
    }

    /** @return the quoted text */
    public String text() {
        return citation.quote();
    }
}
