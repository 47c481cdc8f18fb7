package ai.domainassist.core.report.internal;

import ai.domainassist.core.grounding.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence spans of a page, located in its source texts. Evidence counts as located when its
 * source was given, its span is not empty, lies inside the text and holds exactly its quote; the
 * same span cited by several parts of the page is one {@link Span}, numbered in the order first
 * cited. Evidence that is not located is never highlighted (a wrong span would mislead the
 * reviewer): the page lists it with the {@link #problem(Evidence) reason}.
 *
 * <p>Not thread-safe: built and used by one rendering.
 */
public final class EvidenceIndex {

    /** Why evidence could not be located. */
    public enum Problem {
        /** Its source text was not given to the page. */
        NO_SOURCE,
        /** Its span is empty: it names a whole document, not words in it. */
        EMPTY,
        /** Its span is outside the text or does not hold its quote. */
        NOT_FOUND
    }

    /**
     * A part of the page that cites evidence: a field's row, a flag, a sentence of a record.
     *
     * @param elementId the element's id on the page (generated, never user data)
     * @param title what it is, shown when hovering over the span (plain text)
     * @param rank how severe: 0 for plain evidence, then 1, 2, 3 for a note, warning, error
     */
    public record Citer(String elementId, String title, int rank) {
        /** @throws NullPointerException if a string is {@code null} */
        public Citer {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * One located span and who cites it.
     *
     * @param id the span's number, from 0
     * @param sourceId the source
     * @param start the first character
     * @param end one past the last character
     * @param citers the parts of the page that cite it, in citation order, each once
     */
    public record Span(int id, String sourceId, int start, int end, List<Citer> citers) {
    }

    private record Key(String sourceId, int start, int end) {
    }

    private final Map<String, String> sources;
    private final Map<Key, Span> spans = new LinkedHashMap<>();

    /** @param sources the source texts by id */
    public EvidenceIndex(Map<String, String> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /**
     * Records that a part of the page cites the evidence.
     *
     * @param e the evidence
     * @param citer who cites it
     * @return the span's number, or -1 when the evidence is not located
     */
    public int cite(Evidence e, Citer citer) {
        if (problem(e) != null) {
            return -1;
        }
        Span s = spans.computeIfAbsent(new Key(e.sourceId(), e.start(), e.end()),
                k -> new Span(spans.size(), k.sourceId(), k.start(), k.end(), new ArrayList<>()));
        if (s.citers().stream().noneMatch(c -> c.elementId().equals(citer.elementId()))) {
            s.citers().add(citer);
        }
        return s.id();
    }

    /**
     * @param e evidence
     * @return its span's number, or -1 when it is not located or was never cited
     */
    public int spanId(Evidence e) {
        Span s = problem(e) == null ? spans.get(new Key(e.sourceId(), e.start(), e.end())) : null;
        return s == null ? -1 : s.id();
    }

    /**
     * @param sourceId a source
     * @return the located spans in that source, in citation order
     */
    public List<Span> spansIn(String sourceId) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans.values()) {
            if (s.sourceId().equals(sourceId)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * @param e evidence
     * @return why it cannot be located, or {@code null} when it can
     */
    public Problem problem(Evidence e) {
        String text = sources.get(e.sourceId());
        if (text == null) {
            return Problem.NO_SOURCE;
        }
        if (e.length() == 0) {
            return Problem.EMPTY;
        }
        boolean holdsQuote = e.end() <= text.length() && e.quote().length() == e.length()
                && text.regionMatches(e.start(), e.quote(), 0, e.length());
        return holdsQuote ? null : Problem.NOT_FOUND;
    }

    /**
     * The mark a span becomes in its source: coloured by its most severe citer, linking to its
     * first citer, naming them all.
     *
     * @param s a span
     * @return the mark
     */
    public static SourceHighlighter.Mark mark(Span s) {
        List<String> titles = new ArrayList<>();
        int rank = 0;
        for (Citer c : s.citers()) {
            titles.add(c.title());
            rank = Math.max(rank, c.rank());
        }
        return new SourceHighlighter.Mark(s.start(), s.end(), "ev-" + s.id(), "#" + s.citers().get(0).elementId(),
                String.join("\n", titles), rank);
    }
}
