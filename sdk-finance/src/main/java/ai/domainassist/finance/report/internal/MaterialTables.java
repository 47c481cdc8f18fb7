package ai.domainassist.finance.report.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.ExpenseItem;
import ai.domainassist.finance.model.ExpenseList;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.UnrecognizedDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the documents of a claim as they were classified: per document its type and a table of
 * its fields in the form's words (票据代码, 合计（大写）, 公民身份号码 ...), each value with its
 * evidence; an invoice's or expense list's charged items as a table of their own; an unrecognised
 * document as a note to look at the original.
 *
 * <p>Numbers and ids are written so that they never break inside (a card number stays on one
 * line); the tables leave the rest of their text free to wrap.
 *
 * <p>One instance per page; not thread-safe.
 */
final class MaterialTables {
    /** A value the reader compares digit by digit: card, id, invoice and policy numbers, codes. */
    private static final Pattern ID_LIKE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-]{5,}");
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]$");

    private final PageWriter w;
    private final ReportLabels l;

    MaterialTables(PageWriter w, ReportLabels l) {
        this.w = w;
        this.l = l;
    }

    void write(List<ClaimMaterial> documents, Map<String, String> typeNames) {
        w.markup("<section class=\"panel\" id=\"documents\">\n<h2>").word("finance.documents").markup("</h2>\n");
        for (int i = 0; i < documents.size(); i++) {
            ClaimMaterial m = documents.get(i);
            String id = "doc-" + i;
            w.markup("<article class=\"document\" id=\"" + id + "\" data-type=\"" + m.type().name() + "\"><h3>")
                    .markup("<span class=\"id\">").text(m.documentId()).markup("</span> <span class=\"doc-type\">")
                    .text(typeNames.get(m.documentId())).markup("</span></h3>\n");
            if (m instanceof UnrecognizedDocument) {
                w.markup("<p class=\"unrecognized\">").word("finance.documents.unrecognized").markup("</p>\n</article>\n");
                continue;
            }
            fields(m, id);
            if (m instanceof MedicalInvoice inv) {
                items(inv.items(), id, m.documentId());
            } else if (m instanceof ExpenseList list) {
                items(list.items(), id, m.documentId());
            }
            w.markup("</article>\n");
        }
        w.markup("</section>\n");
    }

    private void fields(ClaimMaterial m, String docId) {
        w.markup("<table class=\"grid fields\">\n<thead><tr><th>").word("finance.col.field").markup("</th><th>")
                .word("finance.col.value").markup("</th><th>").word("finance.col.evidence").markup("</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (Map.Entry<String, Grounded<?>> f : m.fields().entrySet()) {
            if (f.getKey().startsWith("items[")) {
                continue;                                    // shown in the items table
            }
            String rowId = docId + "-f-" + n++;
            String label = label(f.getKey());
            w.markup("<tr id=\"" + rowId + "\" data-field=\"").text(f.getKey()).markup("\"><td class=\"label\">").text(label)
                    .markup("</td><td class=\"value\">");
            value(f.getValue().value());
            w.markup("</td><td class=\"ev\">")
                    .evidence(f.getValue().evidence(), rowId, m.documentId() + " · " + label, null).markup("</td></tr>\n");
        }
        w.markup("</tbody>\n</table>\n");
    }

    private void items(List<ExpenseItem> items, String docId, String documentId) {
        if (items.isEmpty()) {
            return;
        }
        w.markup("<h4>").word("finance.items").markup("</h4>\n<table class=\"grid items\">\n<thead><tr><th>")
                .word("finance.col.name").markup("</th><th class=\"num\">").word("finance.col.quantity")
                .markup("</th><th class=\"num\">").word("finance.col.amount").markup("</th><th>").word("finance.col.evidence")
                .markup("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < items.size(); i++) {
            ExpenseItem it = items.get(i);
            String rowId = docId + "-i-" + i;
            w.markup("<tr id=\"" + rowId + "\"><td>").text(it.name()).markup("</td><td class=\"num\">")
                    .text(it.quantityIfPrinted().map(q -> q.stripTrailingZeros().toPlainString() + it.unit()).orElse(""))
                    .markup("</td><td class=\"num\">").text(it.amount().toPlainString()).markup("</td><td class=\"ev\">")
                    .evidence(it.evidence(), rowId, documentId + " · " + it.name(), null).markup("</td></tr>\n");
        }
        w.markup("</tbody>\n</table>\n");
    }

    private void value(Object v) {
        String s;
        if (v instanceof BigDecimal d) {
            s = d.toPlainString();
        } else if (v instanceof LocalDate d) {
            s = d.toString();
        } else {
            s = String.valueOf(v);
        }
        boolean compact = v instanceof Number || v instanceof LocalDate || ID_LIKE.matcher(s).matches();
        if (compact) {
            w.markup("<span class=\"id\">").text(s).markup("</span>");
        } else {
            w.text(s);
        }
    }

    /** A field key in the form's words: {@code totalInWords} is 合计（大写）, {@code diagnoses[1]} is 诊断 2. */
    private String label(String key) {
        var m = INDEXED.matcher(key);
        String name = m.matches() ? m.group(1) : key;
        String word = l.has("finance.field." + name) ? l.get("finance.field." + name) : name;
        return m.matches() ? word + " " + (Integer.parseInt(m.group(2)) + 1) : word;
    }
}
