package ai.domainassist.retrieval;

import java.util.Objects;

/**
 * A document in a library: an id chosen by the caller, a title, the full text and its metadata.
 * Chunks and citations point into {@link #text()} by character offsets, so the library keeps the
 * text exactly as given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the caller's id, unique in a library: non-blank, at most 512 characters
 * @param title the title (may be empty)
 * @param text the full text, not blank
 * @param metadata source, authority, number, dates, validity and tags
 */
public record Document(String id, String title, String text, DocumentMetadata metadata) {

    /** The longest id accepted. */
    public static final int MAX_ID_LENGTH = 512;

    /**
     * Checks and normalises the components.
     *
     * @param id the caller's id, unique in a library: non-blank, at most 512 characters
     * @param title the title (may be empty)
     * @param text the full text, not blank
     * @param metadata source, authority, number, dates, validity and tags
     * @throws NullPointerException if any component is {@code null}
     * @throws IllegalArgumentException if the id is blank or too long, or the text is blank
     */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("document id longer than " + MAX_ID_LENGTH + " characters");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("document " + id + " has no text");
        }
    }

    /**
     * A document without metadata.
     *
     * @param id the id
     * @param title the title
     * @param text the text
     * @return the document
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Document of(String id, String title, String text) {
        return new Document(id, title, text, DocumentMetadata.none());
    }

    /**
     * @param metadata the new metadata
     * @return a copy of this document with other metadata
     */
    public Document withMetadata(DocumentMetadata metadata) {
        return new Document(id, title, text, metadata);
    }

    @Override
    public String toString() {
        return "Document[id=" + id + ", title=" + title + ", " + text.length() + " chars, " + metadata + "]";
    }
}
