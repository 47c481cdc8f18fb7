package ai.domainassist.retrieval;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Where a hit came from, precisely enough to show the user the clause: the document (id, title,
 * document number), the heading path and the character span with its text.
 * {@code document.text().substring(start, end)} equals {@link #quote()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document's id
 * @param title the document's title
 * @param documentNumber the document number (发文字号), or the empty string when the document has none
 * @param headingPath the headings above the quoted text, outermost first
 * @param start the first character of the span in the document text
 * @param end one past the last character
 * @param quote the quoted text
 */
public record Citation(String documentId, String title, String documentNumber, List<String> headingPath,
                       int start, int end, String quote) {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the document's id
     * @param title the document's title
     * @param documentNumber the document number (发文字号), or the empty string when the document has none
     * @param headingPath the headings above the quoted text, outermost first
     * @param start the first character of the span in the document text
     * @param end one past the last character
     * @param quote the quoted text
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the span is negative, reversed or does not match the quote's length
     */
    public Citation {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("bad citation span [" + start + ", " + end + ") for "
                    + quote.length() + " characters");
        }
    }

    /** @return the heading path joined by {@code " > "}; empty when there is none */
    public String heading() {
        return String.join(Chunk.HEADING_SEPARATOR, headingPath);
    }

    /** @return the same span as core {@link Evidence}, for {@code Grounded} values and review flags */
    public Evidence toEvidence() {
        return new Evidence(documentId, start, end, quote);
    }

    /**
     * A short human-readable reference, for example {@code 《保险法》（主席令第二十六号）第三章 > 第十二条}.
     *
     * @return the reference
     */
    public String reference() {
        StringBuilder sb = new StringBuilder();
        sb.append('《').append(title.isEmpty() ? documentId : title).append('》');
        if (!documentNumber.isEmpty()) {
            sb.append('（').append(documentNumber).append('）');
        }
        if (!headingPath.isEmpty()) {
            sb.append(heading());
        }
        return sb.toString();
    }
}
