package ai.domainassist.medical.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.report.PageWriter;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.model.UtteranceDecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes the outpatient record page: the header (title, visit time, department, how the record
 * was produced, the flag counts), the flags that concern no section, the record's sections in
 * order with their sentences, evidence links, flags and item rows, and the dialogue with speakers,
 * highlighted words and the utterances left out.
 *
 * <p>One instance per page; not thread-safe.
 */
public final class RecordPageLayout {
    private static final String CSS = PageWriter.stylesheet(RecordPageLayout.class,
            "/ai/domainassist/medical/report/outpatient-record.css");

    private final Result<OutpatientRecord> result;
    private final OutpatientRecord record;
    private final Transcript transcript;
    private final ReportLabels l;
    private final String title;
    private final Predicate<Grounded<?>> showConfidence;
    private final SectionItems items;
    private final PageWriter w;
    private final Map<Section, List<Integer>> flagsBySection = new EnumMap<>(Section.class);
    private final List<Integer> generalFlags = new ArrayList<>();
    private final Map<String, Severity> flaggedRows = new HashMap<>();
    private final Map<String, UtteranceDecision> decisions = new HashMap<>();

    /**
     * @param result the structuring result
     * @param transcript the transcript it came from
     * @param labels the page's words
     * @param title the page's heading
     * @param showConfidence which confidences to show
     */
    public RecordPageLayout(Result<OutpatientRecord> result, Transcript transcript, ReportLabels labels, String title,
            Predicate<Grounded<?>> showConfidence) {
        this.result = result;
        this.record = result.value();
        this.transcript = transcript;
        this.l = labels;
        this.title = title;
        this.showConfidence = showConfidence;
        this.items = new SectionItems(record, labels);
        this.w = PageWriter.create(title, labels, CSS);
        record.utterances().forEach(d -> decisions.put(d.utteranceId(), d));
        for (Section s : Section.values()) {
            flagsBySection.put(s, new ArrayList<>());
        }
        List<ReviewFlag> flags = result.flags();
        for (int j = 0; j < flags.size(); j++) {
            String path = itemPath(flags.get(j).field());
            Section s = sectionOf(path);
            (s == null ? generalFlags : flagsBySection.get(s)).add(j);
            if (items.sectionOf(path) != null) {
                flaggedRows.merge(path, flags.get(j).severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
    }

    /** @return the page */
    public ReviewPage write() {
        for (Utterance u : transcript.utterances()) {
            w.source(u.id(), l.get("medical.speaker." + speaker(u).name()) + " " + u.id(), u.text());
        }
        header();
        w.markup("<main class=\"layout\">\n<div class=\"record panel\" id=\"record\">\n<h2 class=\"record-title\">")
                .word("medical.record").markup("</h2>\n<p class=\"hint\">").word("medical.record.hint").markup("</p>\n");
        if (!generalFlags.isEmpty()) {
            w.markup("<div class=\"general-flags\" id=\"general-flags\"><h3>").word("medical.flags.general").markup("</h3>");
            flagList(generalFlags);
            w.markup("</div>\n");
        }
        for (Section s : Section.values()) {
            section(s);
        }
        w.markup("</div>\n");
        dialogue();
        w.markup("</main>\n");
        return w.finish();
    }

    private void header() {
        w.markup("<header class=\"page-header\">\n<h1>").text(title).markup("</h1>\n<dl class=\"visit\">");
        headerField("medical.visitTime", record.visitTime(), "visit-time");
        headerField("medical.department", record.department(), "department");
        w.markup("</dl>\n").production(result);
        w.markup("<p class=\"flag-count\" id=\"flag-count\">").word("medical.flags.count", count(Severity.ERROR),
                count(Severity.WARNING), count(Severity.INFO)).markup("</p>\n</header>\n");
    }

    private void headerField(String key, Optional<Grounded<String>> value, String id) {
        w.markup("<dt>").word(key).markup("</dt><dd id=\"" + id + "\">");
        if (value.isEmpty()) {
            w.markup("<span class=\"muted\">").word("medical.header.none").markup("</span>");
        } else {
            w.text(value.get().value());
            if (value.get().origin() == Origin.INPUT) {
                w.markup(" <span class=\"hint\">").word("medical.header.input").markup("</span>");
            }
        }
        w.markup("</dd>");
    }

    private long count(Severity s) {
        return result.flags().stream().filter(f -> f.severity() == s).count();
    }

    private void section(Section s) {
        String name = l.get("medical.section." + s.name());
        Optional<Grounded<String>> text = record.section(s);
        w.markup("<section class=\"emr\" id=\"sec-" + s.key() + "\" data-section=\"" + s.name() + "\">\n<h2>").text(name);
        text.ifPresent(g -> {
            if (g.origin() == Origin.MODEL) {
                w.markup(" <span class=\"tag by-model\">").word("medical.section.byModel").markup("</span>");
            }
            confidence(g);
        });
        w.markup("</h2>\n");
        flagList(flagsBySection.get(s));
        if (text.isEmpty()) {
            w.markup("<p class=\"missing\">").word("medical.section.missing").markup("</p>\n");
        } else {
            prose(s, name, text.get());
        }
        if (s == Section.PRESENT_ILLNESS && !items.symptoms().isEmpty()) {
            symptomTable(name);
        }
        rowTable(s, name, items.rows(s));
        w.markup("</section>\n");
    }

    private void prose(Section s, String name, Grounded<String> text) {
        SentenceEvidence.Placed placed = SentenceEvidence.place(text.value(), text.evidence(), items.words());
        w.markup("<div class=\"prose\">");
        int n = 0;
        for (SentenceEvidence.Sentence sentence : placed.sentences()) {
            n++;
            String id = "sec-" + s.key() + "-" + n;
            w.markup("<p class=\"sentence\" id=\"" + id + "\"><span class=\"words\">").text(sentence.text()).markup("</span> ");
            if (sentence.evidence().isEmpty()) {
                w.markup("<span class=\"evidence no-evidence\">").word("medical.sentence.noEvidence").markup("</span>");
            } else {
                w.evidence(sentence.evidence(), id, l.format("medical.sentence", name, n), null);
            }
            w.markup("</p>\n");
        }
        if (!placed.rest().isEmpty()) {
            String id = "sec-" + s.key() + "-rest";
            w.markup("<p class=\"rest\" id=\"" + id + "\"><span class=\"hint\">").word("medical.evidence.rest")
                    .markup("</span> ").evidence(placed.rest(), id, name, null).markup("</p>\n");
        }
        w.markup("</div>\n");
    }

    private void symptomTable(String sectionName) {
        List<SectionItems.SymptomRow> rows = items.symptoms();
        boolean severity = rows.stream().anyMatch(r -> !r.symptom().severity().isBlank());
        boolean conf = rows.stream().anyMatch(r -> showConfidence.test(r.grounded()));
        w.markup("<table class=\"grid symptoms\">\n<thead><tr>");
        for (String col : new String[] {"symptom", "status", "onset", "duration", "site"}) {
            w.markup("<th>").word("medical.col." + col).markup("</th>");
        }
        if (severity) {
            w.markup("<th>").word("medical.col.severity").markup("</th>");
        }
        if (conf) {
            w.markup("<th>").word("medical.col.confidence").markup("</th>");
        }
        w.markup("<th>").word("medical.col.evidence").markup("</th></tr></thead>\n<tbody>\n");
        for (SectionItems.SymptomRow r : rows) {
            Symptom s = r.symptom();
            rowStart(r.id(), r.path(), "status-" + s.status().name().toLowerCase(Locale.ROOT));
            w.markup("<td class=\"term\">").text(s.term());
            String said = SectionItems.said(l, s.mention(), s.term());
            w.markup("<span class=\"hint\">").text(SectionItems.join(said,
                    l.get("medical.attribution." + s.attribution().name()))).markup("</span></td>");
            w.markup("<td class=\"status\">").word("medical.symptom." + s.status().name()).markup("</td>");
            w.markup("<td class=\"short\">").text(s.onset() == null ? "" : s.onset().said()).markup("</td>");
            w.markup("<td class=\"short\">").text(SectionItems.duration(s.onset()));
            if (!s.frequency().isBlank()) {
                w.markup("<span class=\"hint\">").text(s.frequency()).markup("</span>");
            }
            w.markup("</td><td>").text(s.site()).markup("</td>");
            if (severity) {
                w.markup("<td class=\"short\">").text(s.severity()).markup("</td>");
            }
            if (conf) {
                confidenceCell(r.grounded());
            }
            evidenceCell(r.grounded(), r.id(), sectionName + " · " + s.term());
            w.markup("</tr>\n");
        }
        w.markup("</tbody>\n</table>\n");
    }

    private void rowTable(Section s, String sectionName, List<SectionItems.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        boolean conf = rows.stream().anyMatch(r -> showConfidence.test(r.grounded()));
        w.markup("<table class=\"grid items\" data-section=\"" + s.name() + "\">\n<thead><tr>");
        for (String col : new String[] {"item", "detail", "state"}) {
            w.markup("<th>").word("medical.col." + col).markup("</th>");
        }
        if (conf) {
            w.markup("<th>").word("medical.col.confidence").markup("</th>");
        }
        w.markup("<th>").word("medical.col.evidence").markup("</th></tr></thead>\n<tbody>\n");
        for (SectionItems.Row r : rows) {
            rowStart(r.id(), r.path(), "");
            w.markup("<td class=\"item\">").text(r.item()).markup("</td><td>").text(r.detail())
                    .markup("</td><td class=\"state\">").text(r.state()).markup("</td>");
            if (conf) {
                confidenceCell(r.grounded());
            }
            evidenceCell(r.grounded(), r.id(), sectionName + " · " + r.item() + " " + r.detail());
            w.markup("</tr>\n");
        }
        w.markup("</tbody>\n</table>\n");
    }

    private void rowStart(String id, String path, String extraClass) {
        Severity flagged = flaggedRows.get(path);
        String cls = (extraClass + (flagged == null ? "" : " flagged " + PageWriter.cssClass(flagged))).strip();
        w.markup("<tr id=\"" + id + "\" data-path=\"").text(path).markup("\"" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">");
    }

    private void evidenceCell(Grounded<?> g, String id, String citerTitle) {
        w.markup("<td class=\"ev\">");
        if (g.evidence().isEmpty()) {
            w.markup("<span class=\"evidence no-evidence\">").word("medical.sentence.noEvidence").markup("</span>");
        } else {
            w.evidence(g.evidence(), id, citerTitle, null);
        }
        w.markup("</td>");
    }

    private void confidenceCell(Grounded<?> g) {
        w.markup("<td class=\"num\">");
        if (showConfidence.test(g)) {
            w.text(String.format(Locale.ROOT, "%.2f", g.confidence()));
        }
        w.markup("</td>");
    }

    private void confidence(Grounded<?> g) {
        if (showConfidence.test(g)) {
            w.markup(" <span class=\"tag confidence\">")
                    .word("medical.confidence", String.format(Locale.ROOT, "%.2f", g.confidence())).markup("</span>");
        }
    }

    private void flagList(List<Integer> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        w.markup("<ul class=\"flags\">\n");
        for (int j : indexes) {
            ReviewFlag f = result.flags().get(j);
            w.flag(f, "flag-" + j, concerns(itemPath(f.field())));
        }
        w.markup("</ul>\n");
    }

    private String concerns(String path) {
        Section s = items.sectionOf(path);
        if (s == null) {
            return null;
        }
        for (SectionItems.SymptomRow r : items.symptoms()) {
            if (r.path().equals(path)) {
                return l.get("medical.col.symptom") + " " + r.symptom().term();
            }
        }
        for (SectionItems.Row r : items.rows(s)) {
            if (r.path().equals(path)) {
                return SectionItems.join(r.item(), r.detail());
            }
        }
        return null;
    }

    private void dialogue() {
        long dropped = record.utterances().stream().filter(d -> !d.kept()).count();
        w.markup("<section class=\"dialogue panel\" id=\"dialogue\">\n<h2>").word("medical.dialogue")
                .markup("</h2>\n<p class=\"hint\">").word("medical.dialogue.count", transcript.size(), dropped)
                .markup("</p>\n<ol class=\"utterances\">\n");
        for (Utterance u : transcript.utterances()) {
            UtteranceDecision d = decisions.get(u.id());
            Speaker who = speaker(u);
            boolean inferred = d != null ? d.speakerInferred() : u.speakerInferred();
            double sure = d != null ? d.speakerConfidence() : u.speakerConfidence();
            boolean kept = d == null || d.kept();
            w.markup("<li class=\"utt role-" + who.name().toLowerCase(Locale.ROOT) + (kept ? "" : " dropped")
                    + "\" id=\"utt-" + u.id() + "\"><span class=\"no\">" + (u.index() + 1) + "</span><span class=\"who\"");
            if (inferred) {
                w.markup(" title=\"").text(l.format("medical.speaker.inferred.title",
                        String.format(Locale.ROOT, "%.2f", sure), u.label())).markup("\"");
            }
            w.markup(">").word("medical.speaker." + who.name());
            if (inferred) {
                w.markup("<span class=\"inferred\">").word("medical.speaker.inferred").markup("</span>");
            }
            w.markup("</span><span class=\"said\">").sourceText(u.id()).markup("</span>");
            if (!kept) {
                String category = l.get("medical.category." + d.category().name());
                String why = d.reason().contains(category) ? d.reason() : SectionItems.join(category, d.reason());
                w.markup("<span class=\"why\">").word("medical.utterance.dropped", why).markup("</span>");
            }
            w.markup("</li>\n");
        }
        w.markup("</ol>\n</section>\n");
    }

    private Speaker speaker(Utterance u) {
        UtteranceDecision d = decisions.get(u.id());
        return d != null ? d.speaker() : u.speaker();
    }

    /** A flag's path up to its item: {@code symptoms[2].onset} becomes {@code symptoms[2]}. */
    private static String itemPath(String path) {
        int close = path.indexOf(']');
        return close > 0 ? path.substring(0, close + 1) : path;
    }

    private Section sectionOf(String path) {
        if (path.isEmpty()) {
            return null;
        }
        Section byItem = items.sectionOf(path);
        if (byItem != null) {
            return byItem;
        }
        String head = path.split("[.\\[]", 2)[0];
        for (Section s : Section.values()) {
            if (s.key().equals(head)) {
                return s;
            }
        }
        return switch (head) {
            case "symptoms" -> Section.PRESENT_ILLNESS;
            case "history" -> Section.PAST_HISTORY;
            case "allergies" -> Section.ALLERGY_HISTORY;
            case "vitalSigns", "findings" -> Section.PHYSICAL_EXAM;
            case "examinations" -> Section.AUXILIARY_EXAM;
            case "diagnoses" -> Section.DIAGNOSIS;
            case "advice", "medications" -> Section.PLAN;
            default -> null;
        };
    }
}
