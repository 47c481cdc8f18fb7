package ai.domainassist.gov.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.retrieval.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the draft page: the locked header elements with where each came from and where it stands
 * in the draft, the body's author, the draft with its findings inline, the findings, other flags,
 * the citations and the library documents.
 *
 * <p>One instance per page; not thread-safe.
 */
public final class DraftPageLayout {
    private static final String DRAFT = "draft";

    private final Result<PolicyDraft> result;
    private final PolicyDraft d;
    private final DraftRequest request;
    private final PolicyLibrary library;
    private final ReportLabels l;
    private final String title;

    /**
     * @param result the drafting result
     * @param request the request, or {@code null}
     * @param library the library, or {@code null}
     * @param labels the page's words
     * @param title the heading
     */
    public DraftPageLayout(Result<PolicyDraft> result, DraftRequest request, PolicyLibrary library, ReportLabels labels,
            String title) {
        this.result = result;
        this.d = result.value();
        this.request = request;
        this.library = library;
        this.l = labels;
        this.title = title;
    }

    /** @return the page */
    public ReviewPage write() {
        PageWriter w = PageWriter.create(title, l, CheckPageLayout.CSS);
        w.source(DRAFT, l.get("gov.draft.text"), d.text());
        List<Evidence> cited = new ArrayList<>();
        for (Citation c : d.citations()) {
            cited.add(new Evidence(c.documentId(), c.start(), c.end(), c.quote()));
        }
        FindingsView view = new FindingsView(w, l, DRAFT, d.text(), d.findings());
        view.registerLibrary(library, cited);
        view.cite();
        for (int i = 0; i < cited.size(); i++) {
            w.cite(cited.get(i), "citation-" + i, l.get("gov.draft.citations"), null);
        }

        w.markup("<header class=\"page-header\">\n<h1>").text(title).markup("</h1>\n<dl class=\"doc-facts\"><dt>")
                .word("gov.document.type").markup("</dt><dd>").text(d.type().chineseName()).markup("</dd></dl>\n");
        long[] c = view.counts();
        w.markup("<p class=\"counts\" id=\"counts\">").word("gov.counts", c[0], c[1], c[2]).markup("</p>\n")
                .production(result).markup("</header>\n<main class=\"layout\">\n<div class=\"main-column\">\n");
        header(w);
        w.markup("<section class=\"panel\" id=\"document\">\n<h2>").word("gov.draft.text").markup("</h2>\n<p class=\"hint\">")
                .word("gov.document.hint").markup("</p>\n");
        view.document();
        w.markup("</section>\n");
        view.library();
        w.markup("</div>\n<div class=\"side-column\">\n<section class=\"panel\" id=\"findings\">\n<h2>").word("gov.findings")
                .markup(" <span class=\"count\">(" + d.findings().size() + ")</span></h2>\n");
        view.list();
        w.markup("</section>\n");
        CheckPageLayout.otherFlags(w, l, result.flags(), view);
        citations(w, cited);
        w.markup("</div>\n</main>\n");
        return w.finish();
    }

    private void header(PageWriter w) {
        w.markup("<section class=\"panel\" id=\"header-fields\">\n<h2>").word("gov.draft.header").markup("</h2>\n<p class=\"hint\">")
                .word("gov.draft.header.hint").markup("</p>\n<table class=\"grid header-fields\">\n<thead><tr>");
        for (String col : new String[] {"element", "value", "from", "where"}) {
            w.markup("<th>").word("gov.draft.col." + col).markup("</th>");
        }
        w.markup("</tr></thead>\n<tbody>\n");
        Map<String, Grounded<String>> fields = new LinkedHashMap<>();
        fields.put("title", d.title());
        fields.put("documentNumber", d.documentNumber());
        fields.put("signers", d.signers());
        fields.put("addressees", d.addressees());
        fields.put("attachmentNote", d.attachmentNote());
        fields.put("signature", d.signature());
        fields.put("date", d.date());
        int searchFrom = 0;
        for (Map.Entry<String, Grounded<String>> f : fields.entrySet()) {
            String value = f.getValue().value();
            String id = "header-" + f.getKey();
            w.markup("<tr id=\"" + id + "\" data-element=\"" + f.getKey() + "\"><td class=\"element\">")
                    .word("gov.element." + f.getKey());
            if (f.getValue().origin() == Origin.INPUT) {
                w.markup(" <span class=\"tag locked\">").word("gov.draft.locked").markup("</span>");
            }
            w.markup("</td><td class=\"value\">");
            if (value.isBlank()) {
                w.markup("<span class=\"muted\">").word("gov.draft.value.none").markup("</span>");
            } else {
                w.text(value);
            }
            w.markup("</td><td class=\"from\">").text(from(f.getKey())).markup("</td><td class=\"ev\">");
            int at = value.isBlank() ? -1 : d.text().indexOf(value, searchFrom);
            if (at < 0 && !value.isBlank()) {
                at = d.text().indexOf(value);
            }
            if (at >= 0) {
                searchFrom = at + value.length();
                w.evidence(List.of(Evidence.of(DRAFT, d.text(), at, at + value.length())), id,
                        l.get("gov.element." + f.getKey()), null);
            }
            w.markup("</td></tr>\n");
        }
        Grounded<String> body = d.body();
        w.markup("<tr id=\"header-body\" data-element=\"body\"><td class=\"element\">").word("gov.draft.body")
                .markup("</td><td class=\"value\" colspan=\"3\">").word("gov.draft.body." + body.origin().name());
        if (body.origin() == Origin.MODEL) {
            w.markup(" <span class=\"tag\">").word("gov.draft.confidence", String.format(Locale.ROOT, "%.2f", body.confidence()))
                    .markup("</span>");
        }
        w.markup("</td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    /** Which request fields a header element is made from, with their values when the request is known. */
    private String from(String element) {
        List<String> parts = new ArrayList<>();
        switch (element) {
            case "title" -> {
                part(parts, "authority", request == null ? null : request.authority());
                part(parts, "subject", request == null ? null : request.subject());
                part(parts, "type", request == null ? null : request.type().chineseName());
            }
            case "documentNumber" -> {
                part(parts, "agencyCode", request == null ? null : request.agencyCode().orElse(""));
                part(parts, "year", request == null ? null : String.valueOf(request.date().getYear()));
                part(parts, "serial", request == null ? null : request.serial() == 0 ? "" : String.valueOf(request.serial()));
            }
            case "signers" -> part(parts, "signers", request == null ? null : String.join("、", request.signers()));
            case "addressees" -> part(parts, "addressees", request == null ? null : String.join("、", request.addressees()));
            case "attachmentNote" -> part(parts, "attachments", request == null ? null : String.join("、", request.attachments()));
            case "signature" -> part(parts, "authority", request == null ? null : request.authority());
            case "date" -> part(parts, "date", request == null ? null : request.date().toString());
            default -> throw new IllegalArgumentException(element);
        }
        return l.format("gov.draft.from.request", String.join(" + ", parts));
    }

    private void part(List<String> parts, String field, String value) {
        String name = l.get("gov.request." + field);
        parts.add(value == null ? name : name + "“" + (value.isBlank() ? l.get("gov.draft.value.none") : value) + "”");
    }

    private void citations(PageWriter w, List<Evidence> cited) {
        w.markup("<section class=\"panel\" id=\"citations\">\n<h2>").word("gov.draft.citations").markup("</h2>\n");
        if (d.citations().isEmpty()) {
            w.markup("<p class=\"empty\">").word("gov.draft.citations.none").markup("</p>\n</section>\n");
            return;
        }
        w.markup("<ol class=\"citations\">\n");
        for (int i = 0; i < d.citations().size(); i++) {
            Citation c = d.citations().get(i);
            String id = "citation-" + i;
            w.markup("<li id=\"" + id + "\">").text("《" + c.title() + "》" + (c.documentNumber().isBlank() ? ""
                    : "（" + c.documentNumber() + "）") + String.join("", c.headingPath())).markup(" ")
                    .evidence(List.of(cited.get(i)), id, l.get("gov.draft.citations"), null).markup("</li>\n");
        }
        w.markup("</ol>\n</section>\n");
    }
}
