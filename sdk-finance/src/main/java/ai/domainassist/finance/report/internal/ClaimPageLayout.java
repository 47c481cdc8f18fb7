package ai.domainassist.finance.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimForm;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.PayableStep;
import ai.domainassist.finance.model.Recommendation;
import ai.domainassist.finance.model.RiskAlert;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the claim assessment page: the decision and the figures, the payable computation, the
 * alerts, duplicate invoices, missing materials and other flags, the documents as classified
 * ({@link MaterialTables}) and the original documents with their evidence marked.
 *
 * <p>One instance per page; not thread-safe.
 */
public final class ClaimPageLayout {
    private static final String CSS = PageWriter.stylesheet(ClaimPageLayout.class,
            "/ai/domainassist/finance/report/claim-assessment.css");
    private static final String DUPLICATE = "DUPLICATE_INVOICE";

    private final Result<ClaimAssessment> result;
    private final ClaimAssessment a;
    private final ClaimBundle bundle;
    private final ReportLabels l;
    private final String title;
    private final PageWriter w;
    private final Map<String, String> alertIds = new HashMap<>();

    /**
     * @param result the assessment
     * @param bundle the claim
     * @param labels the page's words
     * @param title the heading
     */
    public ClaimPageLayout(Result<ClaimAssessment> result, ClaimBundle bundle, ReportLabels labels, String title) {
        this.result = result;
        this.a = result.value();
        this.bundle = bundle;
        this.l = labels;
        this.title = title;
        this.w = PageWriter.create(title, labels, CSS).linksNameSource(true);
        for (int i = 0; i < a.alerts().size(); i++) {
            alertIds.putIfAbsent(a.alerts().get(i).ruleId(), "alert-" + i);
        }
    }

    /** @return the page */
    public ReviewPage write() {
        for (ClaimDocument d : bundle.documents()) {
            w.source(d.id(), d.id(), d.content());
        }
        header();
        w.markup("<main class=\"layout\">\n<div class=\"assessment\">\n");
        payable();
        alerts();
        duplicates();
        otherFlags();
        new MaterialTables(w, l).write(a.materials().documents(), typeNames());
        w.markup("</div>\n");
        sources();
        w.markup("</main>\n");
        return w.finish();
    }

    private void header() {
        Recommendation r = a.recommendation();
        w.markup("<header class=\"page-header\">\n<h1>").text(title).markup("</h1>\n<p class=\"claim-line\">")
                .markup("<span class=\"id\">").text(a.claimId()).markup("</span> · ")
                .word("finance.claimType." + a.claimType().name()).markup(" · ").word("finance.cause." + a.cause().name())
                .markup("</p>\n");
        w.markup("<section class=\"decision panel decision-" + r.decision().name().toLowerCase(Locale.ROOT)
                + "\" id=\"decision\">\n<h2>").word("finance.decision").markup("</h2>\n<p class=\"verdict\">")
                .markup("<span class=\"verdict-badge\">").word("finance.decision." + r.decision().name())
                .markup("</span><span class=\"reason\">").text(r.reason()).markup("</span></p>\n<dl class=\"why\">");
        if (!r.clause().isBlank()) {
            w.markup("<dt>").word("finance.decision.clause").markup("</dt><dd>").text(r.clause()).markup("</dd>");
        }
        if (!r.ruleIds().isEmpty()) {
            w.markup("<dt>").word("finance.decision.rules").markup("</dt><dd>");
            for (String rule : r.ruleIds()) {
                String id = alertIds.get(rule);
                w.markup(id == null ? "<span class=\"rule code\">" : "<a class=\"rule code\" href=\"#" + id + "\">")
                        .text(rule).markup(id == null ? "</span> " : "</a> ");
                if (l.has("finance.rule." + rule)) {
                    w.markup("<span class=\"rule-name\">").word("finance.rule." + rule).markup("</span> ");
                }
            }
            w.markup("</dd>");
        }
        if (!r.evidence().isEmpty()) {
            w.markup("<dt>").word("finance.decision.evidence").markup("</dt><dd>")
                    .evidence(r.evidence(), "decision", l.get("finance.decision"), null).markup("</dd>");
        }
        w.markup("</dl>\n<dl class=\"figures\">");
        Optional<BigDecimal> claimed = a.materials().all(ClaimForm.class).stream()
                .flatMap(f -> f.claimedAmount().stream()).map(g -> g.value()).findFirst();
        figure("claimed", claimed.map(this::money).orElse(null));
        figure("expenses", money(a.payable().totalExpenses()));
        figure("payable", money(a.payable().payable()));
        w.markup("</dl>\n</section>\n").production(result).markup("</header>\n");
    }

    private void figure(String key, String amount) {
        w.markup("<div class=\"figure figure-" + key + "\"><dt>").word("finance.figures." + key).markup("</dt><dd>");
        if (amount == null) {
            w.markup("<span class=\"muted\">").word("finance.figures.none").markup("</span>");
        } else {
            w.markup("<span class=\"num\">").word("finance.amount", amount).markup("</span>");
        }
        w.markup("</dd></div>");
    }

    private void payable() {
        w.markup("<section class=\"panel\" id=\"payable\">\n<h2>").word("finance.payable").markup("</h2>\n<p class=\"hint\">")
                .word("finance.payable.hint").markup("</p>\n<table class=\"grid steps\">\n<thead><tr>");
        for (String col : new String[] {"item", "amount", "running", "rule", "evidence"}) {
            w.markup("<th" + (col.equals("amount") || col.equals("running") ? " class=\"num\"" : "") + ">")
                    .word("finance.col." + col).markup("</th>");
        }
        w.markup("</tr></thead>\n<tbody>\n");
        List<PayableStep> steps = a.payable().steps();
        for (int i = 0; i < steps.size(); i++) {
            PayableStep s = steps.get(i);
            String id = "step-" + i;
            w.markup("<tr id=\"" + id + "\"" + (s.change().signum() == 0 && i > 0 ? " class=\"no-change\"" : "") + ">")
                    .markup("<td class=\"label\">").text(s.label()).markup("</td><td class=\"num\">").text(signed(s.change(), i == 0))
                    .markup("</td><td class=\"num\">").text(money(s.running())).markup("</td><td>").text(s.explanation())
                    .markup("</td><td class=\"ev\">").evidence(s.evidence(), id, l.get("finance.payable") + " · " + s.label(), null)
                    .markup("</td></tr>\n");
        }
        w.markup("</tbody>\n<tfoot><tr id=\"payable-total\"><th scope=\"row\">").word("finance.payable.total")
                .markup("</th><td></td><td class=\"num total\">").word("finance.amount", money(a.payable().payable()))
                .markup("</td><td></td><td></td></tr></tfoot>\n</table>\n</section>\n");
    }

    private void alerts() {
        w.markup("<section class=\"panel\" id=\"alerts\">\n<h2>").word("finance.alerts")
                .markup(" <span class=\"count\">(" + a.alerts().size() + ")</span></h2>\n");
        if (a.alerts().isEmpty()) {
            w.markup("<p class=\"empty\">").word("finance.alerts.none").markup("</p>\n");
        } else {
            w.markup("<ul class=\"flags alerts\">\n");
            for (int i = 0; i < a.alerts().size(); i++) {
                alert(a.alerts().get(i), "alert-" + i);
            }
            w.markup("</ul>\n");
        }
        if (!a.missingMaterials().isEmpty()) {
            w.markup("<h3>").word("finance.missing").markup("</h3>\n<ul class=\"missing\">");
            for (DocumentType t : a.missingMaterials()) {
                w.markup("<li>").word("finance.documentType." + t.name()).markup("</li>");
            }
            w.markup("</ul>\n");
        }
        w.markup("</section>\n");
    }

    private void alert(RiskAlert al, String id) {
        String rule = l.has("finance.rule." + al.ruleId()) ? l.get("finance.rule." + al.ruleId()) : "";
        w.markup("<li class=\"flag alert " + PageWriter.cssClass(al.severity()) + "\" id=\"" + id + "\" data-rule=\"")
                .text(al.ruleId()).markup("\">").badge(al.severity())
                .markup(" <span class=\"rule code\">").text(al.ruleId()).markup("</span> <span class=\"kind\">").text(rule)
                .markup("</span><span class=\"message\">").text(al.message()).markup("</span>");
        String concerns = concerns(al.field());
        if (!concerns.isEmpty()) {
            w.markup("<span class=\"concerns\">").word("finance.alerts.concerns", concerns).markup("</span>");
        }
        w.evidence(al.evidence(), id, l.get("finance.alerts") + " · " + al.ruleId(), al.severity()).markup("</li>\n");
    }

    private void duplicates() {
        List<RiskAlert> dups = a.alerts().stream().filter(x -> x.ruleId().equals(DUPLICATE)).toList();
        w.markup("<section class=\"panel\" id=\"duplicates\">\n<h2>").word("finance.duplicates").markup("</h2>\n");
        if (dups.isEmpty()) {
            w.markup("<p class=\"empty\">").word("finance.duplicates.none").markup("</p>\n</section>\n");
            return;
        }
        w.markup("<table class=\"grid dups\">\n<thead><tr>");
        for (String col : new String[] {"invoice", "document", "otherClaim", "message"}) {
            w.markup("<th>").word("finance.col." + col).markup("</th>");
        }
        w.markup("</tr></thead>\n<tbody>\n");
        for (RiskAlert d : dups) {
            String doc = d.field().contains(".") ? d.field().substring(0, d.field().indexOf('.')) : d.field();
            w.markup("<tr data-alert=\"" + alertIds.get(DUPLICATE) + "\"><td>");
            a.materials().invoices().stream().filter(inv -> inv.documentId().equals(doc)).findFirst()
                    .ifPresent(this::invoiceKeys);
            w.markup("</td><td class=\"id\">").text(doc).markup("</td><td>");
            if (d.relatedClaimId().isEmpty()) {
                w.word("finance.duplicates.sameClaim");
            } else {
                w.markup("<span class=\"id other-claim\">").text(d.relatedClaimId()).markup("</span>");
            }
            w.markup("</td><td>").text(d.message()).markup("</td></tr>\n");
        }
        w.markup("</tbody>\n</table>\n</section>\n");
    }

    private void invoiceKeys(MedicalInvoice inv) {
        inv.code().ifPresent(g -> w.markup("<span class=\"id\">").word("finance.invoice.code", g.value()).markup("</span> "));
        inv.number().ifPresent(g -> w.markup("<span class=\"id\">").word("finance.invoice.number", g.value()).markup("</span> "));
        inv.checkCode().ifPresent(g -> w.markup("<span class=\"id\">").word("finance.invoice.checkCode", g.value())
                .markup("</span>"));
    }

    private void otherFlags() {
        List<ReviewFlag> alertFlags = a.alerts().stream().map(RiskAlert::toFlag).toList();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < result.flags().size(); j++) {
            if (!alertFlags.contains(result.flags().get(j))) {
                others.add(j);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        w.markup("<section class=\"panel\" id=\"other-flags\">\n<h2>").word("finance.flags.other").markup("</h2>\n<ul class=\"flags\">\n");
        for (int j : others) {
            ReviewFlag f = result.flags().get(j);
            w.flag(f, "flag-" + j, concerns(f.field()));
        }
        w.markup("</ul>\n</section>\n");
    }

    private void sources() {
        Map<String, String> types = typeNames();
        w.markup("<section class=\"sources panel\" id=\"sources\">\n<h2>").word("finance.sources").markup("</h2>\n<p class=\"hint\">")
                .word("finance.sources.hint").markup("</p>\n");
        int i = 0;
        for (ClaimDocument d : bundle.documents()) {
            w.markup("<article class=\"source\" id=\"source-" + i++ + "\"><h3><span class=\"id\">").text(d.id())
                    .markup("</span> <span class=\"doc-type\">").text(types.getOrDefault(d.id(), "")).markup("</span></h3>\n")
                    .markup("<pre class=\"text\">\n").sourceText(d.id()).markup("</pre>\n</article>\n");
        }
        w.markup("</section>\n");
    }

    /** @return the classified type's name of every document, by id */
    private Map<String, String> typeNames() {
        Map<String, String> out = new HashMap<>();
        for (ClaimMaterial m : a.materials().documents()) {
            out.putIfAbsent(m.documentId(), l.get("finance.documentType." + m.type().name()));
        }
        return out;
    }

    /** What an alert's or flag's field path means to the adjuster: {@code invoice.total} is "invoice · 合计". */
    private String concerns(String field) {
        if (field.isBlank()) {
            return "";
        }
        int dot = field.indexOf('.');
        if (dot > 0) {
            String name = field.substring(dot + 1).replaceAll("\\[.*$", "");
            String label = l.has("finance.field." + name) ? l.get("finance.field." + name) : field.substring(dot + 1);
            return field.substring(0, dot) + " · " + label;
        }
        return l.has("finance.documentType." + field) ? l.get("finance.documentType." + field) : field;
    }

    private String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String signed(BigDecimal v, boolean first) {
        String m = money(v.abs());
        return first || v.signum() == 0 ? money(v) : (v.signum() < 0 ? "−" : "+") + m;
    }
}
