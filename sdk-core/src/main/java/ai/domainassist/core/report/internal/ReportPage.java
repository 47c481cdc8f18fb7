package ai.domainassist.core.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.GroundedField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
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
    private static final String CSS = loadCss();
    /** The page's policy: nothing may load or run except the one inline stylesheet. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; base-uri 'none'; form-action 'none'";
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
                        GroundedFieldCollector.Collected collected, Labels labels, String generatedAt) {
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
    private final Labels l;
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
            for (Evidence e : fields.get(i).grounded().evidence()) {
                spans.citeByField(e, i);
            }
        }
        for (int j = 0; j < flags.size(); j++) {
            flagField[j] = fieldFor(flags.get(j).field());
            for (Evidence e : flags.get(j).evidence()) {
                spans.citeByFlag(e, j);
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
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(l.get("lang"))).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Domain Assistant SDK review report\">\n")
                .append("<title>").append(Html.escape(in.title())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
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
        Result<?> r = in.result();
        String mode = r.mode().name();
        out.append("<header>\n<h1>").append(Html.escape(in.title())).append("</h1>\n")
                .append("<dl class=\"summary\" aria-label=\"").append(Html.escape(l.get("section.summary"))).append("\">\n");
        out.append("<dt>").append(Html.escape(l.get("summary.mode"))).append("</dt><dd id=\"mode\">")
                .append("<span class=\"mode mode-").append(mode.toLowerCase(Locale.ROOT)).append("\" data-mode=\"")
                .append(mode).append("\">").append(Html.escape(l.get("mode." + mode))).append("</span>")
                .append(Html.escape(l.get("mode." + mode + ".help"))).append("</dd>\n");
        out.append("<dt>").append(Html.escape(l.get("summary.usage"))).append("</dt><dd id=\"usage\">");
        Usage u = r.usage();
        if (u.equals(Usage.ZERO)) {
            out.append(Html.escape(l.get("usage.none")));
        } else {
            out.append("<table class=\"usage\"><tbody>");
            usageRow(out, "prompt", u.promptTokens());
            usageRow(out, "completion", u.completionTokens());
            usageRow(out, "total", u.totalTokens());
            usageRow(out, "cached", u.cachedPromptTokens());
            usageRow(out, "reasoning", u.reasoningTokens());
            out.append("</tbody></table>");
        }
        out.append("</dd>\n");
        out.append("<dt>").append(Html.escape(l.get("summary.audit"))).append("</dt><dd id=\"audit\">")
                .append(Html.escape(r.auditId().orElse(l.get("audit.none")))).append("</dd>\n");
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

    private void usageRow(StringBuilder out, String key, long n) {
        out.append("<tr data-usage=\"").append(key).append("\"><td>").append(Html.escape(l.get("usage." + key)))
                .append("</td><td>").append(n).append("</td></tr>");
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
            } else {
                String why = switch (spans.problem(e)) {
                    case NO_SOURCE -> l.format("evidence.nosource", e.sourceId());
                    case EMPTY -> l.get("evidence.empty");
                    case NOT_FOUND -> l.get("evidence.unlocated");
                };
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
                marks.add(mark(s));
            }
            SourceHighlighter.render(out, text, marks);
            out.append("</pre>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private SourceHighlighter.Mark mark(EvidenceIndex.Span s) {
        List<String> titles = new ArrayList<>();
        int rank = 0;
        for (int i : s.fields()) {
            String p = fields.get(i).path();
            titles.add(l.get("col.field") + ": " + (p.isEmpty() ? l.get("field.whole") : p));
        }
        for (int j : s.flags()) {
            ReviewFlag f = flags.get(j);
            rank = Math.max(rank, f.severity().ordinal() + 1);
            titles.add(l.get("severity." + f.severity().name()) + " · " + l.get("kind." + f.kind().name())
                    + (f.field().isEmpty() ? "" : ": " + f.field()));
        }
        String href = !s.fields().isEmpty() ? "#field-" + s.fields().get(0) : "#flag-" + s.flags().get(0);
        return new SourceHighlighter.Mark(s.start(), s.end(), "ev-" + s.id(), href, String.join("\n", titles), rank);
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

    private static String loadCss() {
        try (InputStream css = ReportPage.class.getResourceAsStream(CSS_RESOURCE)) {
            if (css == null) {
                throw new IllegalStateException("missing resource " + CSS_RESOURCE);
            }
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CSS_RESOURCE, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
