package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A piece of a document's text with its character span: {@code document.text().substring(start, end)}
 * equals {@code text}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text of the span
 * @param start the first character, from 0
 * @param end one past the last character
 */
public record TextSpan(String text, int start, int end) {

    /**
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * The span {@code [start, end)} of a source text.
     *
     * @param source the source text
     * @param start the start
     * @param end the end
     * @return the span with its text cut from the source
     * @throws IndexOutOfBoundsException if the span is not inside the source
     */
    public static TextSpan of(String source, int start, int end) {
        return new TextSpan(source.substring(start, end), start, end);
    }
}
