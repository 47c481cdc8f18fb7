package ai.domainassist.medical.report.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.VitalSign;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The structured items of a record, sorted under the section each belongs to, as the rows the page
 * shows (项目 | 内容 | 情况), and the words each item writes into the prose, for
 * {@link SentenceEvidence}. Symptoms have their own table ({@link SymptomRow}).
 *
 * <p>Where an item goes: symptoms and medicines taken before the visit under 现病史; past history and
 * long-term medicines under 既往史; allergies, personal and family history under their sections;
 * vital signs and findings under 体格检查; tests done under 辅助检查; diagnoses under 初步诊断;
 * medicines prescribed, tests ordered and advice under 处理意见.
 *
 * <p>Stateless and thread-safe.
 */
final class SectionItems {

    /**
     * One item as a row.
     *
     * @param path the item's path in the record, the notation of the review flags ({@code medications[2]})
     * @param item what it is (药物, 体温, 疾病史)
     * @param detail what the record says about it
     * @param state 有/无, 开具, 疑似 ..., or empty
     * @param grounded the item with its evidence and confidence
     */
    record Row(String path, String item, String detail, String state, Grounded<?> grounded) {
        /** @return the row's element id, from its path: {@code item-medications-2} */
        String id() {
            return "item-" + path.replace("[", "-").replace("]", "");
        }
    }

    /**
     * One symptom as a row of the symptom table.
     *
     * @param path {@code symptoms[i]}
     * @param symptom the symptom
     * @param grounded the symptom with its evidence and confidence
     */
    record SymptomRow(String path, Symptom symptom, Grounded<Symptom> grounded) {
        /** @return the row's element id */
        String id() {
            return "item-" + path.replace("[", "-").replace("]", "");
        }
    }

    private final Map<Section, List<Row>> rows = new EnumMap<>(Section.class);
    private final List<SymptomRow> symptoms = new ArrayList<>();
    private final List<SentenceEvidence.ItemWords> words = new ArrayList<>();
    private final Map<String, Section> sectionOfPath = new java.util.HashMap<>();

    SectionItems(OutpatientRecord r, ReportLabels l) {
        for (Section s : Section.values()) {
            rows.put(s, new ArrayList<>());
        }
        for (int i = 0; i < r.symptoms().size(); i++) {
            Grounded<Symptom> g = r.symptoms().get(i);
            Symptom s = g.value();
            symptoms.add(new SymptomRow("symptoms[" + i + "]", s, g));
            sectionOfPath.put("symptoms[" + i + "]", Section.PRESENT_ILLNESS);
            words(g, s.status() == SymptomStatus.ABSENT, s.term(), s.mention());
        }
        for (int i = 0; i < r.medications().size(); i++) {
            Grounded<Medication> g = r.medications().get(i);
            Medication m = g.value();
            String detail = join(m.name(), m.dose(), m.frequency(), said(l, m.mention(), m.name()));
            switch (m.status()) {
                case TAKEN_BEFORE_VISIT -> add(Section.PRESENT_ILLNESS, "medications", i, l.get("medical.item.medication"),
                        detail, l.get("medical.state.taken"), g);
                case LONG_TERM -> add(Section.PAST_HISTORY, "medications", i, l.get("medical.item.medication"), detail,
                        l.get("medical.state.longTerm"), g);
                case PRESCRIBED -> add(Section.PLAN, "medications", i, l.get("medical.item.medication"), detail,
                        l.get("medical.state.prescribed"), g);
            }
            words(g, false, m.name(), m.mention());
        }
        for (int i = 0; i < r.history().size(); i++) {
            Grounded<HistoryItem> g = r.history().get(i);
            HistoryItem h = g.value();
            add(Section.PAST_HISTORY, "history", i, l.get("medical.history." + h.kind().name()),
                    join(h.condition(), duration(h.duration()), h.note()), presence(l, h.present()), g);
            words(g, !h.present(), h.condition());
        }
        for (int i = 0; i < r.allergies().size(); i++) {
            Grounded<Allergy> g = r.allergies().get(i);
            Allergy a = g.value();
            add(Section.ALLERGY_HISTORY, "allergies", i, l.get("medical.allergy." + a.kind().name()),
                    join(a.substance(), a.reaction()), presence(l, a.present()), g);
            words(g, !a.present(), a.substance());
        }
        for (int i = 0; i < r.personalHistory().size(); i++) {
            Grounded<PersonalHistoryItem> g = r.personalHistory().get(i);
            PersonalHistoryItem p = g.value();
            String kind = l.get("medical.personal.kind." + p.kind().name());
            add(Section.PERSONAL_HISTORY, "personalHistory", i, kind, join(p.detail(), duration(p.duration())),
                    l.get("medical.personal." + p.status().name()), g);
            words(g, p.status() == PersonalHistoryItem.Status.DENIED, kind, p.kind().chinese(), p.detail());
        }
        for (int i = 0; i < r.familyHistory().size(); i++) {
            Grounded<FamilyHistoryItem> g = r.familyHistory().get(i);
            FamilyHistoryItem f = g.value();
            add(Section.FAMILY_HISTORY, "familyHistory", i, f.condition(), String.join("、", f.relatives()),
                    presence(l, f.present()), g);
            List<String> w = new ArrayList<>(f.relatives());
            w.add(0, f.condition());
            words.add(new SentenceEvidence.ItemWords(g.evidence(), w, !f.present()));
        }
        for (int i = 0; i < r.vitalSigns().size(); i++) {
            Grounded<VitalSign> g = r.vitalSigns().get(i);
            VitalSign v = g.value();
            add(Section.PHYSICAL_EXAM, "vitalSigns", i, l.get("medical.vital." + v.kind().name()), v.value() + v.unit(), "", g);
            words(g, false, v.value() + v.unit(), v.value());
        }
        for (int i = 0; i < r.findings().size(); i++) {
            Grounded<Finding> g = r.findings().get(i);
            Finding f = g.value();
            add(Section.PHYSICAL_EXAM, "findings", i, l.get("medical.item.finding"), join(f.display(), said(l, f.mention(),
                    f.term())), presence(l, f.present()), g);
            words(g, !f.present(), f.display(), f.term());
        }
        for (int i = 0; i < r.examinations().size(); i++) {
            Grounded<Examination> g = r.examinations().get(i);
            Examination e = g.value();
            boolean done = e.status() == Examination.Status.DONE;
            add(done ? Section.AUXILIARY_EXAM : Section.PLAN, "examinations", i, l.get("medical.item.exam"),
                    join(e.name(), e.result()), l.get(done ? "medical.state.done" : "medical.state.ordered"), g);
            words(g, false, e.name(), e.result());
        }
        for (int i = 0; i < r.diagnoses().size(); i++) {
            Grounded<Diagnosis> g = r.diagnoses().get(i);
            Diagnosis d = g.value();
            // an illness the patient's side names is reported in 现病史 (as RecordText writes it), never 初步诊断
            Section section = d.certainty() == Diagnosis.Certainty.REPORTED ? Section.PRESENT_ILLNESS : Section.DIAGNOSIS;
            add(section, "diagnoses", i, l.get("medical.item.diagnosis." + d.certainty().name()), d.display(),
                    l.get("medical.state." + d.certainty().name().toLowerCase(java.util.Locale.ROOT)), g);
            words(g, false, d.term());
        }
        for (int i = 0; i < r.advice().size(); i++) {
            Grounded<Advice> g = r.advice().get(i);
            add(Section.PLAN, "advice", i, l.get("medical.advice." + g.value().kind().name()), g.value().text(), "", g);
            words(g, false, g.value().text());
        }
    }

    private void add(Section s, String list, int i, String item, String detail, String state, Grounded<?> g) {
        String path = list + "[" + i + "]";
        rows.get(s).add(new Row(path, item, detail, state, g));
        sectionOfPath.put(path, s);
    }

    private void words(Grounded<?> g, boolean denied, String... w) {
        words.add(new SentenceEvidence.ItemWords(g.evidence(), List.of(w), denied));
    }

    /** @return the symptoms, in record order */
    List<SymptomRow> symptoms() {
        return symptoms;
    }

    /**
     * @param s a section
     * @return its rows other than symptoms, in record order by list
     */
    List<Row> rows(Section s) {
        return rows.get(s);
    }

    /** @return what every item writes, for placing evidence in any section's sentences */
    List<SentenceEvidence.ItemWords> words() {
        return words;
    }

    /**
     * The section an item belongs to.
     *
     * @param path an item path ({@code medications[2]})
     * @return its section, or {@code null} when there is no such item
     */
    Section sectionOf(String path) {
        return sectionOfPath.get(path);
    }

    static String presence(ReportLabels l, boolean present) {
        return l.get(present ? "medical.present" : "medical.absent");
    }

    static String duration(Onset o) {
        return o == null || !o.isKnown() ? "" : o.normalized();
    }

    static String said(ReportLabels l, String mention, String term) {
        return mention == null || mention.isBlank() || mention.equals(term) ? "" : l.format("medical.said", mention);
    }

    static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
