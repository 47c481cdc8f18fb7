package ai.domainassist.core.report.internal;

import ai.domainassist.core.grounding.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence spans of a report, located in its source texts. Evidence counts as located when its
 * source was given, its span is not empty, lies inside the text and holds exactly its quote; the
 * same span cited by several fields and flags is one {@link Span}, numbered in the order first cited.
 * Evidence that is not located is never highlighted (a wrong span would mislead the reviewer): the
 * report lists it with the {@link #problem(Evidence) reason}.
 *
 * <p>Not thread-safe: built and used by one rendering.
 */
final class EvidenceIndex {

    /** Why evidence could not be located. */
    enum Problem {
        /** Its source text was not given to the report. */
        NO_SOURCE,
        /** Its span is empty. */
        EMPTY,
        /** Its span is outside the text or does not hold its quote. */
        NOT_FOUND
    }

    /**
     * One located span and who cites it.
     *
     * @param id the span's number, from 0
     * @param sourceId the source
     * @param start the first character
     * @param end one past the last character
     * @param fields the indexes of the fields that cite it, in order
     * @param flags the indexes of the flags that cite it, in order
     */
    record Span(int id, String sourceId, int start, int end, List<Integer> fields, List<Integer> flags) {
    }

    private record Key(String sourceId, int start, int end) {
    }

    private final Map<String, String> sources;
    private final Map<Key, Span> spans = new LinkedHashMap<>();

    /** @param sources the source texts by id */
    EvidenceIndex(Map<String, String> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /**
     * Records that a field cites the evidence.
     *
     * @param e the evidence
     * @param field the field's index
     */
    void citeByField(Evidence e, int field) {
        Span s = add(e);
        if (s != null && !s.fields().contains(field)) {
            s.fields().add(field);
        }
    }

    /**
     * Records that a flag cites the evidence.
     *
     * @param e the evidence
     * @param flag the flag's index
     */
    void citeByFlag(Evidence e, int flag) {
        Span s = add(e);
        if (s != null && !s.flags().contains(flag)) {
            s.flags().add(flag);
        }
    }

    /**
     * @param e evidence
     * @return its span's number, or -1 when it is not located
     */
    int spanId(Evidence e) {
        Span s = problem(e) == null ? spans.get(new Key(e.sourceId(), e.start(), e.end())) : null;
        return s == null ? -1 : s.id();
    }

    /**
     * @param sourceId a source
     * @return the located spans in that source, in citation order
     */
    List<Span> spansIn(String sourceId) {
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
    Problem problem(Evidence e) {
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

    private Span add(Evidence e) {
        if (problem(e) != null) {
            return null;
        }
        return spans.computeIfAbsent(new Key(e.sourceId(), e.start(), e.end()),
                k -> new Span(spans.size(), k.sourceId(), k.start(), k.end(), new ArrayList<>(), new ArrayList<>()));
    }
}
