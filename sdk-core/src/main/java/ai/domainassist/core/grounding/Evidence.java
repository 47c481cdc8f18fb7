package ai.domainassist.core.grounding;

import java.util.Objects;

/**
 * Where in a source text a value is supported: the source's id, a character span and the quoted
 * text. For a located quote {@code source.substring(start, end)} equals {@code quote}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceId the id of the source text (a document id, {@code transcript}, an utterance id ...)
 * @param start the first character of the span, from 0, in UTF-16 units of the source
 * @param end one past the last character of the span; {@code end >= start}
 * @param quote the text of the span as it stands in the source
 */
public record Evidence(String sourceId, int start, int end, String quote) {

    /**
     * Checks and normalises the components.
     *
     * @param sourceId the id of the source text (a document id, {@code transcript}, an utterance id ...)
     * @param start the first character of the span, from 0, in UTF-16 units of the source
     * @param end one past the last character of the span; {@code end >= start}
     * @param quote the text of the span as it stands in the source
     * @throws NullPointerException if {@code sourceId} or {@code quote} is {@code null}
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public Evidence {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * The evidence for the span {@code [start, end)} of a source text; the quote is cut from it.
     *
     * @param sourceId the source's id
     * @param source the source text
     * @param start the span's start
     * @param end the span's end
     * @return the evidence
     * @throws IndexOutOfBoundsException if the span is not inside the source
     */
    public static Evidence of(String sourceId, String source, int start, int end) {
        return new Evidence(sourceId, start, end, source.substring(start, end));
    }

    /** @return the span's length in characters */
    public int length() {
        return end - start;
    }
}
