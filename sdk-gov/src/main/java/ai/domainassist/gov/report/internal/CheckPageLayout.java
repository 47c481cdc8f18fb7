package ai.domainassist.gov.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.OfficialDocument;
import java.util.List;

/**
 * Writes the normative check page: the header (title, the document's type and title, counts, how
 * it was produced), the document with its findings inline ({@link FindingsView}), the findings
 * list, the checks that did not run, other flags and the library documents cited.
 *
 * <p>One instance per page; not thread-safe.
 */
public final class CheckPageLayout {
    static final String CSS = PageWriter.stylesheet(CheckPageLayout.class, "/ai/domainassist/gov/report/official-document.css");

    private final Result<NormativeReport> result;
    private final PolicyLibrary library;
    private final ReportLabels l;
    private final String title;

    /**
     * @param result the check's result
     * @param library the library, or {@code null}
     * @param labels the page's words
     * @param title the heading
     */
    public CheckPageLayout(Result<NormativeReport> result, PolicyLibrary library, ReportLabels labels, String title) {
        this.result = result;
        this.library = library;
        this.l = labels;
        this.title = title;
    }

    /** @return the page */
    public ReviewPage write() {
        NormativeReport report = result.value();
        OfficialDocument doc = report.document();
        PageWriter w = PageWriter.create(title, l, CSS);
        w.source(doc.sourceId(), doc.sourceId(), doc.text());
        FindingsView view = new FindingsView(w, l, doc.sourceId(), doc.text(), report.findings());
        view.registerLibrary(library, List.of());
        view.cite();

        w.markup("<header class=\"page-header\">\n<h1>").text(title).markup("</h1>\n<dl class=\"doc-facts\">");
        doc.type().ifPresent(t -> w.markup("<dt>").word("gov.document.type").markup("</dt><dd>").text(t.chineseName())
                .markup("</dd>"));
        doc.title().ifPresent(t -> w.markup("<dt>").word("gov.document.title").markup("</dt><dd>").text(t.text())
                .markup("</dd>"));
        long[] c = view.counts();
        w.markup("</dl>\n<p class=\"counts\" id=\"counts\">").word("gov.counts", c[0], c[1], c[2]).markup("</p>\n")
                .production(result).markup("</header>\n<main class=\"layout\">\n<div class=\"main-column\">\n");
        w.markup("<section class=\"panel\" id=\"document\">\n<h2>").word("gov.document").markup("</h2>\n<p class=\"hint\">")
                .word("gov.document.hint").markup("</p>\n");
        view.document();
        w.markup("</section>\n");
        view.library();
        w.markup("</div>\n<div class=\"side-column\">\n<section class=\"panel\" id=\"findings\">\n<h2>").word("gov.findings")
                .markup(" <span class=\"count\">(" + report.findings().size() + ")</span></h2>\n");
        view.list();
        w.markup("</section>\n");
        if (!report.skippedRules().isEmpty()) {
            w.markup("<section class=\"panel\" id=\"skipped\">\n<h2>").word("gov.skipped").markup("</h2>\n<p class=\"hint\">")
                    .word("gov.skipped.hint").markup("</p>\n<ul class=\"skipped\">");
            for (String rule : report.skippedRules()) {
                w.markup("<li><span class=\"code\">").text(rule).markup("</span> ")
                        .text(l.has("gov.rule." + rule) ? l.get("gov.rule." + rule) : "").markup("</li>");
            }
            w.markup("</ul>\n</section>\n");
        }
        otherFlags(w, l, result.flags(), view);
        w.markup("</div>\n</main>\n");
        return w.finish();
    }

    /**
     * Writes the flags that are not a finding's (a degraded model, a request field missing).
     *
     * @param w the page
     * @param l the words
     * @param flags the result's flags
     * @param view the findings, to leave theirs out
     */
    static void otherFlags(PageWriter w, ReportLabels l, List<ReviewFlag> flags, FindingsView view) {
        boolean any = false;
        for (int j = 0; j < flags.size(); j++) {
            ReviewFlag f = flags.get(j);
            if (view.isFindingFlag(f)) {
                continue;
            }
            if (!any) {
                w.markup("<section class=\"panel\" id=\"other-flags\">\n<h2>").word("gov.flags.other")
                        .markup("</h2>\n<ul class=\"flags\">\n");
                any = true;
            }
            w.flag(f, "flag-" + j, null);
        }
        if (any) {
            w.markup("</ul>\n</section>\n");
        }
    }
}
