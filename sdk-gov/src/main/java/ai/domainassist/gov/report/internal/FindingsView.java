package ai.domainassist.gov.report.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.gov.check.RuleCatalog;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a normative check on one text, shown where an officer reads them: inline in the
 * text (the words in the finding's severity colour, right after them a note with the rule id and
 * the suggested fix; for a missing element, a note where it belongs) and as a list in text order
 * (rule, message, fix, the regulation it rests on, the words and the library documents concerned).
 * The marks and the list link to each other.
 *
 * <p>Use: {@link #registerLibrary} and {@link #cite} (and any other citation into the texts)
 * before anything is written, then
 * {@link #document}, {@link #list} and {@link #library} in any order.
 *
 * <p>One instance per page; not thread-safe.
 */
public final class FindingsView {
    private static final RuleCatalog CATALOG = RuleCatalog.standard();

    private final PageWriter w;
    private final ReportLabels l;
    private final String sourceId;
    private final String text;
    private final List<NormativeFinding> findings;
    private final Map<String, String> libraryTitles = new LinkedHashMap<>();

    /**
     * @param w the page
     * @param l the page's words
     * @param sourceId the id the text is registered under
     * @param text the checked text
     * @param findings the findings, in text order
     */
    public FindingsView(PageWriter w, ReportLabels l, String sourceId, String text, List<NormativeFinding> findings) {
        this.w = w;
        this.l = l;
        this.sourceId = sourceId;
        this.text = text;
        this.findings = findings;
    }

    /**
     * Registers the library documents the findings (and extra evidence) rest on, so that their
     * passages can be marked and linked; without a library they are named but not shown.
     *
     * @param library the library, or {@code null}
     * @param more further evidence whose library documents should be shown (a draft's citations)
     */
    public void registerLibrary(PolicyLibrary library, List<Evidence> more) {
        if (library == null) {
            return;
        }
        List<Evidence> all = new ArrayList<>(more);
        findings.forEach(f -> all.addAll(f.sources()));
        for (Evidence e : all) {
            String id = e.sourceId();
            if (w.hasSource(id) || libraryTitles.containsKey(id)) {
                continue;
            }
            library.document(id).map(OfficialDocument::text).ifPresent(t -> {
                String title = library.get(id).map(r -> "《" + r.title() + "》").orElse(id);
                libraryTitles.put(id, title);
                w.source(id, title, t);
            });
        }
    }

    /**
     * Cites every finding's evidence (its own span and the library passages), so that the texts can
     * be written with their marks before the list.
     */
    public void cite() {
        for (int i = 0; i < findings.size(); i++) {
            NormativeFinding f = findings.get(i);
            for (Evidence e : evidence(f)) {
                w.cite(e, id(i), title(f), f.severity());
            }
        }
    }

    private List<Evidence> evidence(NormativeFinding f) {
        List<Evidence> ev = new ArrayList<>();
        if (f.end() > f.start() && f.end() <= text.length()) {
            ev.add(own(f));
        }
        ev.addAll(f.sources());
        return ev;
    }

    /** Writes the text with its findings marked and annotated, as {@code <pre class="text">}. */
    public void document() {
        Map<Integer, StringBuilder> notes = new TreeMap<>();
        for (int i = 0; i < findings.size(); i++) {
            NormativeFinding f = findings.get(i);
            boolean missing = f.end() <= f.start();
            int at = Math.min(missing ? f.start() : f.end(), text.length());
            StringBuilder n = notes.computeIfAbsent(at, k -> new StringBuilder());
            n.append("<span class=\"note ").append(PageWriter.cssClass(f.severity())).append(missing ? " insert" : "")
                    .append("\"><a class=\"code\" href=\"#").append(id(i)).append("\">")
                    .append(PageWriter.escape(f.ruleId())).append("</a>");
            if (missing) {
                n.append(PageWriter.escape(l.get("gov.finding.missingHere") + "：" + f.message()));
            } else if (!f.suggestedFix().isBlank()) {
                n.append(PageWriter.escape(l.format("gov.finding.fix", f.suggestedFix())));
            } else {
                n.append(PageWriter.escape(ruleName(f.ruleId())));
            }
            n.append("</span>");
        }
        Map<Integer, String> markup = new TreeMap<>();
        notes.forEach((k, v) -> markup.put(k, v.toString()));
        w.markup("<pre class=\"text document\">\n").sourceText(sourceId, markup).markup("</pre>\n");
    }

    /** Writes the findings as a list in text order ({@code #finding-N}). */
    public void list() {
        if (findings.isEmpty()) {
            w.markup("<p class=\"empty\">").word("gov.findings.none").markup("</p>\n");
            return;
        }
        w.markup("<ol class=\"flags findings\">\n");
        for (int i = 0; i < findings.size(); i++) {
            NormativeFinding f = findings.get(i);
            w.markup("<li class=\"flag finding " + PageWriter.cssClass(f.severity()) + "\" id=\"" + id(i) + "\" data-rule=\"")
                    .text(f.ruleId()).markup("\">").badge(f.severity()).markup(" <span class=\"kind\">").text(ruleName(f.ruleId()))
                    .markup("</span><span class=\"code\">").text(f.ruleId()).markup("</span><div class=\"message\">")
                    .text(f.message()).markup("</div>");
            if (!f.suggestedFix().isBlank()) {
                w.markup("<div class=\"fix\">").word("gov.finding.fix", f.suggestedFix()).markup("</div>");
            }
            CATALOG.rule(f.ruleId()).ifPresent(r -> w.markup("<div class=\"hint\">").word("gov.finding.source", r.source())
                    .markup("</div>"));
            w.evidence(evidence(f), id(i), title(f), f.severity()).markup("</li>\n");
        }
        w.markup("</ol>\n");
    }

    /** Writes the library documents registered, each with its cited passages marked. */
    public void library() {
        if (libraryTitles.isEmpty()) {
            return;
        }
        w.markup("<section class=\"panel library\" id=\"library\">\n<h2>").word("gov.library").markup("</h2>\n");
        int n = 0;
        for (Map.Entry<String, String> d : libraryTitles.entrySet()) {
            w.markup("<article class=\"source\" id=\"library-" + n++ + "\"><h3>").text(d.getValue())
                    .markup(" <span class=\"id\">").text(d.getKey()).markup("</span></h3>\n<pre class=\"text\">\n")
                    .sourceText(d.getKey()).markup("</pre>\n</article>\n");
        }
        w.markup("</section>\n");
    }

    /**
     * Whether a flag restates one of the findings (the assistant gives a flag per finding of warning
     * or error severity: its field is the rule id).
     *
     * @param f a flag
     * @return whether it is a finding's flag
     */
    public boolean isFindingFlag(ReviewFlag f) {
        return (f.kind() == ReviewFlag.Kind.POLICY || f.kind() == ReviewFlag.Kind.MISSING)
                && findings.stream().anyMatch(n -> n.ruleId().equals(f.field()) && n.severity() == f.severity());
    }

    /** @return the counts by severity: errors, warnings, notes */
    public long[] counts() {
        long[] c = new long[3];
        for (NormativeFinding f : findings) {
            c[2 - f.severity().ordinal()]++;
        }
        return c;
    }

    private Evidence own(NormativeFinding f) {
        return Evidence.of(sourceId, text, f.start(), f.end());
    }

    private String title(NormativeFinding f) {
        return l.get("severity." + f.severity().name()) + " · " + f.ruleId() + " " + ruleName(f.ruleId());
    }

    private String ruleName(String ruleId) {
        return l.has("gov.rule." + ruleId) ? l.get("gov.rule." + ruleId) : ruleId;
    }

    private static String id(int i) {
        return "finding-" + i;
    }
}
