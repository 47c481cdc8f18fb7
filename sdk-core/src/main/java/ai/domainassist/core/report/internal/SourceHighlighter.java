package ai.domainassist.core.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes a source text as HTML with its evidence spans highlighted. Spans may overlap or nest:
 * the text is cut at every span boundary and each piece covered by at least one span becomes one
 * {@code <mark>} that names all the spans covering it, is coloured by the most severe flag among
 * them, and links to the most specific (shortest) of them. An empty anchor element with the
 * span's id stands where each span starts, so the fields and flags can link to it.
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceHighlighter {

    private SourceHighlighter() {
    }

    /**
     * A span to highlight.
     *
     * @param start the first character
     * @param end one past the last character; greater than {@code start}
     * @param anchorId the element id of the span's anchor (generated, never user data)
     * @param href where a click on the span leads, for example {@code #field-3}
     * @param title what the span supports, shown on hover (escaped here)
     * @param rank how severe the most severe flag on the span is: 0 for none, then 1, 2, 3 for
     *     info, warning, error
     */
    public record Mark(int start, int end, String anchorId, String href, String title, int rank) {
        /**
         * @throws IllegalArgumentException if the span is empty or negative
         * @throws NullPointerException if a string is {@code null}
         */
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
            Objects.requireNonNull(anchorId, "anchorId");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(title, "title");
        }
    }

    /** CSS classes by rank. */
    private static final String[] RANK_CLASS = {"hl", "hl sev-info", "hl sev-warning", "hl sev-error"};

    /**
     * Appends the highlighted text.
     *
     * @param out where to write
     * @param text the source text
     * @param marks the spans, all inside the text
     * @throws IllegalArgumentException if a span ends past the text
     */
    public static void render(StringBuilder out, String text, List<Mark> marks) {
        render(out, text, marks, Map.of());
    }

    /**
     * Appends the highlighted text with notes between its characters (a finding's suggested fix
     * right after the words it concerns, say).
     *
     * @param out where to write
     * @param text the source text
     * @param marks the spans, all inside the text
     * @param notes markup to insert before the character at each offset ({@code text.length()}
     *     for the end), written as given: the caller escapes what it puts in
     * @throws IllegalArgumentException if a span or a note lies past the text
     */
    public static void render(StringBuilder out, String text, List<Mark> marks, Map<Integer, String> notes) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (int at : notes.keySet()) {
            if (at < 0 || at > text.length()) {
                throw new IllegalArgumentException("note at " + at + " lies outside the text's " + text.length()
                        + " characters");
            }
            cuts.add(at);
        }
        for (Mark m : marks) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("span " + m.anchorId() + " ends at " + m.end()
                        + ", past the text's " + text.length() + " characters");
            }
            cuts.add(m.start());
            cuts.add(m.end());
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            out.append(notes.getOrDefault(from, ""));
            List<Mark> covering = new ArrayList<>();
            for (Mark m : marks) {
                if (m.start() == from) {
                    out.append("<span class=\"anchor\" id=\"").append(m.anchorId()).append("\"></span>");
                }
                if (m.start() <= from && m.end() >= to) {
                    covering.add(m);
                }
            }
            if (covering.isEmpty()) {
                Html.append(out, text, from, to);
                continue;
            }
            Mark specific = covering.get(0);
            int rank = 0;
            StringBuilder ids = new StringBuilder();
            StringBuilder title = new StringBuilder();
            for (Mark m : covering) {
                if (m.end() - m.start() < specific.end() - specific.start()) {
                    specific = m;
                }
                rank = Math.max(rank, m.rank());
                if (ids.length() > 0) {
                    ids.append(' ');
                    title.append('\n');
                }
                ids.append(m.anchorId());
                title.append(m.title());
            }
            out.append("<mark class=\"").append(RANK_CLASS[Math.min(Math.max(rank, 0), 3)])
                    .append("\" data-spans=\"").append(ids)
                    .append("\" title=\"").append(Html.escape(title))
                    .append("\"><a href=\"").append(Html.escape(specific.href())).append("\">");
            Html.append(out, text, from, to);
            out.append("</a></mark>");
        }
        out.append(notes.getOrDefault(text.length(), ""));
    }
}
