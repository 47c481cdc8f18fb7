package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * A clause of a document's body: the text under one heading (or one paragraph or article when the
 * body has no headings). The unit that search hits, comparisons and citations point to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the heading path, for example {@code 二、（三）}; for an article {@code 第五条}; for an
 *     unheaded paragraph {@code ¶3}
 * @param heading the heading's text, empty when there is none
 * @param span the clause's text and span, heading included
 */
public record Clause(String path, String heading, TextSpan span) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public Clause {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
    }

    /** @return the path as a heading path for citations: empty for an unheaded paragraph ({@code ¶3}) */
    public java.util.List<String> headingPath() {
        return path.startsWith("¶") || path.isEmpty() ? java.util.List.of() : java.util.List.of(path);
    }

    /** @return the clause's text */
    public String text() {
        return span.text();
    }
}
