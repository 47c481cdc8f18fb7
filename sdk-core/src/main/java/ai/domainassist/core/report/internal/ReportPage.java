package ai.domainassist.core.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.GroundedField;
import ai.domainassist.core.report.ReportLabels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders the review report page: a summary (mode, usage, audit id, counts), the review flags by
 * severity, the fields with their evidence, and the source texts with every evidence span
 * highlighted. Fields and flags link to their spans ({@code #ev-N}); spans link back to the field
 * (or flag) they support ({@code #field-N}, {@code #flag-N}).
 *
 * <p>The page is one self-contained HTML document: its only style is the inline stylesheet, which
 * its Content-Security-Policy allows by hash, and it has no script, font, image or link to any
 * other resource. Every piece of user data is escaped by {@link Html}. Element ids are generated,
 * never taken from user data.
 *
 * <p>Stateless between calls and thread-safe.
 */
public final class ReportPage {
    private static final String CSS_RESOURCE = "/ai/domainassist/core/report/review-report.css";
    /** The shared stylesheet of every review page, then this page's layout. */
    private static final String CSS = PageHead.resource(ReportPage.class, "/ai/domainassist/core/report/page.css") + "\n"
            + PageHead.resource(ReportPage.class, CSS_RESOURCE);
    private static final int MAX_QUOTE = 120;
    private static final int MAX_VALUE = 300;

    /**
     * What a page shows.
     *
     * @param title the page title
     * @param result the result
     * @param sources the source texts by source id, in display order
     * @param collected the grounded fields found in the result's value
     * @param labels the page's words
     * @param generatedAt the generation time as it should be shown, or {@code null} to show none
     */
    public record Input(String title, Result<?> result, Map<String, String> sources,
                        GroundedFieldCollector.Collected collected, ReportLabels labels, String generatedAt) {
        /** @throws NullPointerException if a component other than {@code generatedAt} is {@code null} */
        public Input {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(result, "result");
            sources = new LinkedHashMap<>(Objects.requireNonNull(sources, "sources"));
            Objects.requireNonNull(collected, "collected");
            Objects.requireNonNull(labels, "labels");
        }
    }

    private final Input in;
    private final ReportLabels l;
    private final List<GroundedField> fields;
    private final List<ReviewFlag> flags;
    private final EvidenceIndex spans;
    private final int[] flagField;

    private ReportPage(Input in) {
        this.in = in;
        this.l = in.labels();
        this.fields = in.collected().fields();
        this.flags = in.result().flags();
        this.flagField = new int[flags.size()];
        this.spans = new EvidenceIndex(in.sources());
        for (int i = 0; i < fields.size(); i++) {
            String p = fields.get(i).path();
            EvidenceIndex.Citer citer = new EvidenceIndex.Citer("field-" + i,
                    l.get("col.field") + ": " + (p.isEmpty() ? l.get("field.whole") : p), 0);
            for (Evidence e : fields.get(i).grounded().evidence()) {
                spans.cite(e, citer);
            }
        }
        for (int j = 0; j < flags.size(); j++) {
            ReviewFlag f = flags.get(j);
            flagField[j] = fieldFor(f.field());
            EvidenceIndex.Citer citer = new EvidenceIndex.Citer("flag-" + j, l.get("severity." + f.severity().name())
                    + " · " + l.get("kind." + f.kind().name()) + (f.field().isEmpty() ? "" : ": " + f.field()),
                    f.severity().ordinal() + 1);
            for (Evidence e : f.evidence()) {
                spans.cite(e, citer);
            }
        }
    }

    /**
     * Renders a page.
     *
     * @param input what to show
     * @return the HTML document
     */
    public static String render(Input input) {
        return new ReportPage(input).page();
    }

    private String page() {
        StringBuilder out = new StringBuilder(8192 + in.sources().values().stream().mapToInt(String::length).sum() * 2);
        PageHead.write(out, l.get("lang"), in.title(), CSS);
        header(out);
        out.append("<main>\n");
        flagsSection(out);
        fieldsSection(out);
        unreadableSection(out);
        sourcesSection(out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(StringBuilder out) {
        out.append("<header>\n<h1>").append(Html.escape(in.title())).append("</h1>\n")
                .append("<dl class=\"summary\" aria-label=\"").append(Html.escape(l.get("section.summary"))).append("\">\n");
        Production.write(out, in.result(), l);
        if (in.generatedAt() != null) {
            out.append("<dt>").append(Html.escape(l.get("summary.generated"))).append("</dt><dd id=\"generated\">")
                    .append(Html.escape(in.generatedAt())).append("</dd>\n");
        }
        long grounded = fields.stream().filter(f -> f.grounded().isGrounded()).count();
        out.append("<dt>").append(Html.escape(l.get("summary.fields"))).append("</dt><dd id=\"field-count\">")
                .append(Html.escape(l.format("summary.fields.value", fields.size(), grounded))).append("</dd>\n");
        out.append("<dt>").append(Html.escape(l.get("summary.flags"))).append("</dt><dd id=\"flag-count\">")
                .append(Html.escape(l.format("summary.flags.value", count(Severity.ERROR), count(Severity.WARNING),
                        count(Severity.INFO)))).append("</dd>\n");
        out.append("</dl>\n</header>\n");
    }

    private long count(Severity s) {
        return flags.stream().filter(f -> f.severity() == s).count();
    }

    private void flagsSection(StringBuilder out) {
        out.append("<section id=\"flags\">\n<h2>").append(Html.escape(l.get("section.flags")))
                .append(" (").append(flags.size()).append(")</h2>\n");
        if (flags.isEmpty()) {
            out.append("<p class=\"empty\">").append(Html.escape(l.get("flags.none"))).append("</p>\n");
        }
        for (Severity sev : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            if (count(sev) == 0) {
                continue;
            }
            String cls = "sev-" + sev.name().toLowerCase(Locale.ROOT);
            out.append("<h3 class=\"").append(cls).append("\">").append(Html.escape(l.get("severity." + sev.name())))
                    .append(" (").append(count(sev)).append(")</h3>\n<ol class=\"flags\">\n");
            for (int j = 0; j < flags.size(); j++) {
                ReviewFlag f = flags.get(j);
                if (f.severity() != sev) {
                    continue;
                }
                out.append("<li class=\"flag ").append(cls).append("\" id=\"flag-").append(j)
                        .append("\" data-kind=\"").append(f.kind().name()).append("\" data-severity=\"")
                        .append(sev.name()).append("\">")
                        .append("<span class=\"badge ").append(cls).append("\">")
                        .append(Html.escape(l.get("severity." + sev.name()))).append("</span>")
                        .append("<span class=\"kind\">").append(Html.escape(l.get("kind." + f.kind().name())))
                        .append("</span>");
                fieldRef(out, f.field(), flagField[j]);
                out.append("<div class=\"message\">").append(Html.escape(f.message())).append("</div>");
                evidenceList(out, f.evidence());
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private void fieldRef(StringBuilder out, String path, int field) {
        String shown = path.isEmpty() ? l.get("field.whole") : path;
        if (field >= 0) {
            out.append("<a class=\"path field-link\" href=\"#field-").append(field).append("\">")
                    .append(Html.escape(shown)).append("</a>");
        } else {
            out.append("<span class=\"path\">").append(Html.escape(shown)).append("</span>");
        }
    }

    private void fieldsSection(StringBuilder out) {
        out.append("<section id=\"fields\">\n<h2>").append(Html.escape(l.get("section.fields")))
                .append(" (").append(fields.size()).append(")</h2>\n");
        if (fields.isEmpty()) {
            out.append("<p class=\"empty\">").append(Html.escape(l.get("fields.none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"fields\">\n<thead><tr>");
        for (String col : new String[] {"field", "value", "origin", "confidence", "evidence", "flags"}) {
            out.append("<th>").append(Html.escape(l.get("col." + col))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < fields.size(); i++) {
            GroundedField f = fields.get(i);
            Grounded<?> g = f.grounded();
            List<Integer> own = new ArrayList<>();
            for (int j = 0; j < flags.size(); j++) {
                if (flagField[j] == i) {
                    own.add(j);
                }
            }
            out.append("<tr class=\"field").append(own.isEmpty() ? "" : " flagged").append("\" id=\"field-").append(i)
                    .append("\" data-path=\"").append(Html.escape(f.path())).append("\">")
                    .append("<td class=\"path\">").append(Html.escape(f.path().isEmpty() ? l.get("field.whole") : f.path()))
                    .append("</td><td class=\"value\">").append(Html.escape(display(g.value())))
                    .append("</td><td class=\"origin\">").append(Html.escape(l.get("origin." + g.origin().name())))
                    .append("</td><td class=\"confidence\">").append(String.format(Locale.ROOT, "%.2f", g.confidence()))
                    .append("</td><td>");
            if (g.evidence().isEmpty()) {
                out.append("<span class=\"none\">").append(Html.escape(l.get("evidence.none"))).append("</span>");
            } else {
                evidenceList(out, g.evidence());
            }
            out.append("</td><td class=\"field-flags\">");
            for (int j : own) {
                ReviewFlag flag = flags.get(j);
                String cls = "sev-" + flag.severity().name().toLowerCase(Locale.ROOT);
                out.append("<a class=\"badge ").append(cls).append("\" href=\"#flag-").append(j).append("\">")
                        .append(Html.escape(l.get("kind." + flag.kind().name()))).append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void evidenceList(StringBuilder out, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        out.append("<ul class=\"evidence\">");
        for (Evidence e : evidence) {
            int span = spans.spanId(e);
            String quote = e.quote().length() > MAX_QUOTE ? e.quote().substring(0, MAX_QUOTE) + "…" : e.quote();
            if (span >= 0) {
                out.append("<li><a class=\"ev-link\" href=\"#ev-").append(span).append("\">")
                        .append("<span class=\"source-id\">").append(Html.escape(e.sourceId())).append("</span> ")
                        .append(e.start()).append('–').append(e.end())
                        .append(" <span class=\"quote\">「").append(Html.escape(quote)).append("」</span></a></li>");
            } else if (spans.problem(e) == EvidenceIndex.Problem.EMPTY) {
                // evidence naming a whole document (a repealed policy, say): a link to it, no empty quote
                out.append("<li class=\"document\"><a class=\"doc-link\" href=\"#source-").append(sourceIndex(e.sourceId()))
                        .append("\">").append(Html.escape(l.format("evidence.document", e.sourceId()))).append("</a></li>");
            } else {
                String why = spans.problem(e) == EvidenceIndex.Problem.NO_SOURCE
                        ? l.format("evidence.nosource", e.sourceId()) : l.get("evidence.unlocated");
                out.append("<li class=\"unlocated\"><span class=\"quote\">「").append(Html.escape(quote))
                        .append("」</span> ").append(Html.escape(why)).append("</li>");
            }
        }
        out.append("</ul>");
    }

    private void unreadableSection(StringBuilder out) {
        List<String> unreadable = in.collected().unreadable();
        if (unreadable.isEmpty()) {
            return;
        }
        out.append("<section id=\"unreadable\">\n<h2>").append(Html.escape(l.get("section.unreadable")))
                .append("</h2>\n<ul class=\"notice\">");
        for (String u : unreadable) {
            out.append("<li>").append(Html.escape(u)).append("</li>");
        }
        out.append("</ul>\n</section>\n");
    }

    private void sourcesSection(StringBuilder out) {
        out.append("<section id=\"sources\">\n<h2>").append(Html.escape(l.get("section.sources"))).append("</h2>\n");
        if (in.sources().isEmpty()) {
            out.append("<p class=\"empty\">").append(Html.escape(l.get("sources.none"))).append("</p>\n");
        }
        int m = 0;
        for (Map.Entry<String, String> source : in.sources().entrySet()) {
            String text = source.getValue();
            out.append("<article class=\"source\" id=\"source-").append(m++).append("\" data-source-id=\"")
                    .append(Html.escape(source.getKey())).append("\">\n<h3>").append(Html.escape(source.getKey()))
                    .append(" <small>").append(Html.escape(l.format("source.chars", text.length())))
                    // the parser drops one newline right after <pre>: this one, so a source's own survives
                    .append("</small></h3>\n<pre class=\"text\">\n");
            List<SourceHighlighter.Mark> marks = new ArrayList<>();
            for (EvidenceIndex.Span s : spans.spansIn(source.getKey())) {
                marks.add(EvidenceIndex.mark(s));
            }
            SourceHighlighter.render(out, text, marks);
            out.append("</pre>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private int sourceIndex(String sourceId) {
        return new ArrayList<>(in.sources().keySet()).indexOf(sourceId);
    }

    /** The field a flag's path refers to: the same path, else the first field under it; -1 for none. */
    private int fieldFor(String path) {
        if (path.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).path().equals(path)) {
                return i;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            String p = fields.get(i).path();
            if (p.startsWith(path + ".") || p.startsWith(path + "[")) {
                return i;
            }
        }
        return -1;
    }

    /** A value as the reviewer reads it; composite values show their type (their parts are listed as fields). */
    static String display(Object v) {
        String s;
        if (v instanceof BigDecimal d) {
            s = d.toPlainString();
        } else if (v instanceof Collection<?> c && c.stream().allMatch(ReportPage::simple)) {
            s = c.stream().map(ReportPage::display).collect(Collectors.joining("、"));
        } else if (simple(v)) {
            s = String.valueOf(v);
        } else {
            s = v.getClass().getSimpleName() + " {…}";
        }
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "…" : s;
    }

    private static boolean simple(Object v) {
        return v == null || (!(v instanceof Collection<?>) && !(v instanceof Map<?, ?>) && !v.getClass().isArray()
                && GroundedFieldCollector.isLeaf(v.getClass()));
    }
}
