package ai.domainassist.retrieval;

import ai.domainassist.retrieval.internal.chunk.StructuralChunker;
import java.util.List;

/**
 * Cuts a document into the {@link Chunk}s that search indexes and returns.
 *
 * <p>Implementations must be thread-safe and deterministic, and every chunk they return must
 * satisfy {@code document.text().substring(chunk.start(), chunk.end()).equals(chunk.text())}.
 */
public interface Chunker {

    /** Default size cap of {@link #structural()}, in characters. */
    int DEFAULT_MAX_CHARS = 500;

    /**
     * Cuts a document into chunks.
     *
     * @param document the document
     * @return its chunks in text order; empty only if the text holds nothing but headings
     */
    List<Chunk> chunk(Document document);

    /**
     * The default chunker with a cap of {@value #DEFAULT_MAX_CHARS} characters.
     *
     * @return the chunker
     * @see #structural(int)
     */
    static Chunker structural() {
        return new StructuralChunker(DEFAULT_MAX_CHARS);
    }

    /**
     * A chunker that follows the document's own structure. It recognises the headings of Chinese
     * official and insurance texts ({@code 第一编 第一章 第一节 第一条}, {@code 一、}, {@code （一）},
     * {@code 1.}, {@code （1）}, {@code ①}, decimal clause numbers {@code 2.4} {@code 2.4.1},
     * Markdown {@code #} headings) and keeps a heading path for every chunk. An article
     * ({@code 第十二条}) is one chunk with its paragraphs and items; a paragraph ending with a colon
     * keeps its enumerated items; consecutive table rows (tab-separated, or Markdown {@code |} rows)
     * stay together; any other paragraph is a chunk of its own. A unit longer than the cap is split
     * at sentence ends (then at clause ends, then hard) so no chunk exceeds it. A heading line
     * with nothing of its own is not a chunk: it lives in the heading path of the chunks under it.
     *
     * @param maxChars the size cap, at least 50
     * @return the chunker
     * @throws IllegalArgumentException if the cap is below 50
     */
    static Chunker structural(int maxChars) {
        return new StructuralChunker(maxChars);
    }
}
