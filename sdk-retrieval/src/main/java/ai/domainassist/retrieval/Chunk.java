package ai.domainassist.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a document that search returns: a clause, a paragraph, a table, or a part of a long
 * paragraph cut at a sentence end. It knows its document, its place in the document's heading
 * structure and its exact span: {@code document.text().substring(start, end)} equals {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document's id
 * @param index the chunk's position in its document, from 0
 * @param headingPath the headings above the chunk, outermost first, for example {@code [第三章, 第十二条]}
 * @param start the first character of the span in the document text, from 0
 * @param end one past the last character
 * @param text the span's text
 */
public record Chunk(String documentId, int index, List<String> headingPath, int start, int end, String text) {

    /** The separator {@link #heading()} puts between headings. */
    public static final String HEADING_SEPARATOR = " > ";

    /**
     * Checks and normalises the components.
     *
     * @param documentId the document's id
     * @param index the chunk's position in its document, from 0
     * @param headingPath the headings above the chunk, outermost first, for example {@code [第三章, 第十二条]}
     * @param start the first character of the span in the document text, from 0
     * @param end one past the last character
     * @param text the span's text
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the span is negative, reversed or does not match the text's length
     */
    public Chunk {
        Objects.requireNonNull(documentId, "documentId");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad chunk " + index + " span [" + start + ", " + end + ") for "
                    + text.length() + " characters");
        }
    }

    /** @return the heading path joined by {@value #HEADING_SEPARATOR}, for example {@code 第三章 > 第十二条}; empty when there is none */
    public String heading() {
        return String.join(HEADING_SEPARATOR, headingPath);
    }
}
