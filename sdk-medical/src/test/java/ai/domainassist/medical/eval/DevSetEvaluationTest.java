package ai.domainassist.medical.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.rules.internal.OnsetParser;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the offline engine over the hand-written development set and the three held-out sets and prints
 * per-field and symptom-status figures for each; asserts, per set, the floor the engine reached. Set
 * {@code -Dda.eval.verbose=true} to print every miss.
 */
class DevSetEvaluationTest {
    private static final boolean VERBOSE = Boolean.getBoolean("da.eval.verbose");
    private static final OnsetParser ONSETS = new OnsetParser();

    /** Precision, recall, F1 counts. */
    static final class Prf {
        int tp;
        int fp;
        int fn;

        void add(Set<String> gold, Set<String> pred, String id, String field) {
            for (String p : pred) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    fp++;
                    miss(id, field, "extra   " + p);
                }
            }
            for (String g : gold) {
                if (!pred.contains(g)) {
                    fn++;
                    miss(id, field, "missing " + g);
                }
            }
        }

        double p() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-26s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, p(), r(), f1(), tp, fp, fn);
        }
    }

    private static void miss(String id, String field, String what) {
        if (VERBOSE) {
            System.out.println("  [" + id + "] " + field + ": " + what);
        }
    }

    /** The figures of one run. */
    record Figures(Map<String, Prf> fields, double chiefComplaint, double duration, double role, double filter,
                   int emptyFlagged, int emptyDialogues) {
    }

    @Test
    void offlineEngineOnTheDevelopmentSet() {
        List<DevSet.Dialogue> set = DevSet.load();
        assertThat(set).hasSizeGreaterThanOrEqualTo(75);
        Figures f = evaluate("development set", set);
        // Floors just under the figures measured when the third-iteration engine was frozen
        // (docs/medical-evaluation.md); the engine was tuned on this set, so they are optimistic. Aims of issue 5:
        // symptom/status micro-F1 >= 0.85, 主诉 correct >= 0.8.
        assertThat(f.fields().get("symptom term+status").f1()).isGreaterThanOrEqualTo(0.95); // 0.952
        assertThat(f.chiefComplaint()).isGreaterThanOrEqualTo(0.83); // 62/74 = 0.838
        assertThat(f.duration()).isGreaterThanOrEqualTo(0.97); // 116/119
        assertThat(f.fields().get("diagnosis").f1()).isGreaterThanOrEqualTo(0.94); // 0.948
        assertThat(f.fields().get("medication").f1()).isGreaterThanOrEqualTo(0.96); // 0.970
        assertThat(f.fields().get("examination").f1()).isGreaterThanOrEqualTo(0.96); // 0.969
        assertThat(f.fields().get("vital sign").f1()).isGreaterThanOrEqualTo(0.99); // 1.000
        assertThat(f.fields().get("allergy").f1()).isGreaterThanOrEqualTo(0.99); // 1.000 (9 items)
        assertThat(f.fields().get("past history").f1()).isGreaterThanOrEqualTo(0.92); // 0.923
        assertThat(f.fields().get("personal history").f1()).isGreaterThanOrEqualTo(0.99); // 1.000 (35 items)
        assertThat(f.fields().get("family history").f1()).isGreaterThanOrEqualTo(0.99); // 1.000 (13 items)
        assertThat(f.role()).isGreaterThanOrEqualTo(0.99); // 232/233
        assertThat(f.filter()).isGreaterThanOrEqualTo(0.99); // 760/762
        assertThat(f.emptyFlagged()).isEqualTo(f.emptyDialogues());
    }

    @Test
    void offlineEngineOnTheHeldOutDialogues() {
        List<DevSet.Dialogue> set = DevSet.heldOut();
        assertThat(set).hasSizeGreaterThanOrEqualTo(12);
        Figures f = evaluate("held-out set 1", set);
        // Development data since the third iteration (docs/medical-evaluation.md): floors just under the frozen
        // third-iteration engine; the second measured status F1 0.864, 主诉 7/12, duration 15/19 here.
        assertThat(f.fields().get("symptom term+status").f1()).isGreaterThanOrEqualTo(0.89); // 0.905 before issue 12's second round,
        // 0.896 after it: 干咳 is now written as 咳嗽 and 干咳, which this gold (only 咳嗽) counts as an extra item (within 0.02)
        assertThat(f.chiefComplaint()).isGreaterThanOrEqualTo(0.74); // 9/12 = 0.750
        assertThat(f.duration()).isGreaterThanOrEqualTo(0.99); // 21/21
        assertThat(f.fields().get("diagnosis").f1()).isGreaterThanOrEqualTo(0.84); // 0.842
        assertThat(f.fields().get("medication").f1()).isGreaterThanOrEqualTo(0.89); // 0.897
        assertThat(f.fields().get("examination").f1()).isGreaterThanOrEqualTo(0.94); // 0.944
        assertThat(f.fields().get("past history").f1()).isGreaterThanOrEqualTo(0.88); // 0.889
        assertThat(f.role()).isGreaterThanOrEqualTo(0.99); // 38/38
    }

    @Test
    void offlineEngineOnTheSecondHeldOutSet() {
        List<DevSet.Dialogue> set = DevSet.heldOut2();
        assertThat(set).hasSizeGreaterThanOrEqualTo(25);
        Figures f = evaluate("held-out set 2", set);
        // Development data since the third iteration (docs/medical-evaluation.md): floors just under the frozen
        // third-iteration engine; the second measured status F1 0.723, 主诉 15/30, duration 31/37 here.
        // 0.942 before issue 12; 0.939 with the stool descriptors (不稀 is now read as 稀便 absent, which the
        // set's gold does not list); issue 12 allows no more than 0.02 below 0.942
        assertThat(f.fields().get("symptom term+status").f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(f.chiefComplaint()).isGreaterThanOrEqualTo(0.83); // 25/30 = 0.833
        assertThat(f.duration()).isGreaterThanOrEqualTo(0.91); // 53/58
        assertThat(f.fields().get("vital sign").f1()).isGreaterThanOrEqualTo(0.86); // 0.865
        assertThat(f.fields().get("diagnosis").f1()).isGreaterThanOrEqualTo(0.72); // 0.731
        assertThat(f.fields().get("allergy").f1()).isGreaterThanOrEqualTo(0.85); // 0.857
        assertThat(f.fields().get("medication").f1()).isGreaterThanOrEqualTo(0.83); // 0.836
        assertThat(f.fields().get("examination").f1()).isGreaterThanOrEqualTo(0.70); // 0.708
        assertThat(f.fields().get("past history").f1()).isGreaterThanOrEqualTo(0.53); // 0.533
        assertThat(f.fields().get("personal history").f1()).isGreaterThanOrEqualTo(0.98); // 0.984
        assertThat(f.fields().get("family history").f1()).isGreaterThanOrEqualTo(0.99); // 1.000 (11 items)
        assertThat(f.role()).isGreaterThanOrEqualTo(0.97); // 144/147
        assertThat(f.filter()).isGreaterThanOrEqualTo(0.98); // 392/399
    }

    @Test
    void offlineEngineOnTheThirdHeldOutSet() {
        List<DevSet.Dialogue> set = DevSet.heldOut3();
        assertThat(set).hasSizeGreaterThanOrEqualTo(20);
        Figures f = evaluate("held-out set 3", set);
        // Floors just under the run of the frozen third-iteration engine (baseline of the second-iteration
        // engine: status F1 0.578, 主诉 11/23, duration 15/21; docs/medical-evaluation.md). Other fields unchanged.
        assertThat(f.fields().get("symptom term+status").f1()).isGreaterThanOrEqualTo(0.74); // 0.741
        assertThat(f.chiefComplaint()).isGreaterThanOrEqualTo(0.56); // 13/23 = 0.565
        // issue 12 fifth round: 30/34 -> 30/35, the same 30 durations right; a symptom the doctor's words now give
        // (a sentence that is the term, 黄色稀便。) is matched present, and its gold duration is not in the record
        assertThat(f.duration()).isGreaterThanOrEqualTo(0.85); // 30/35
        assertThat(f.fields().get("vital sign").f1()).isGreaterThanOrEqualTo(0.99); // 1.000 (9 items)
        assertThat(f.fields().get("diagnosis").f1()).isGreaterThanOrEqualTo(0.84); // 0.842
        assertThat(f.fields().get("medication").f1()).isGreaterThanOrEqualTo(0.83); // 0.833
        assertThat(f.fields().get("examination").f1()).isGreaterThanOrEqualTo(0.79); // 0.794
        assertThat(f.fields().get("past history").f1()).isGreaterThanOrEqualTo(0.90); // 0.909
        assertThat(f.fields().get("personal history").f1()).isGreaterThanOrEqualTo(0.88); // 0.889
        assertThat(f.role()).isGreaterThanOrEqualTo(0.95); // 84/88
        assertThat(f.filter()).isGreaterThanOrEqualTo(0.99); // 244/244
    }

    private Figures evaluate(String name, List<DevSet.Dialogue> set) {
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();
        Map<String, Prf> m = new LinkedHashMap<>();
        for (String k : List.of("symptom term", "symptom term+status", "  status present", "  status absent",
                "  status uncertain", "vital sign", "diagnosis", "allergy", "medication",
                "examination", "past history", "personal history", "family history")) {
            m.put(k, new Prf());
        }
        int ccTotal = 0;
        int ccCorrect = 0;
        int durTotal = 0;
        int durCorrect = 0;
        int roleTotal = 0;
        int roleCorrect = 0;
        int filterTotal = 0;
        int filterCorrect = 0;
        int droppedGold = 0;
        int droppedRight = 0;
        int emptyFlagged = 0;
        int emptyDialogues = 0;
        long start = System.nanoTime();
        for (DevSet.Dialogue d : set) {
            Transcript t = Transcript.parse(d.inputText());
            Result<OutpatientRecord> r = assistant.structure(t);
            OutpatientRecord rec = r.value();
            String id = d.id();

            Set<String> goldTerms = new HashSet<>();
            Set<String> goldStatus = new HashSet<>();
            Map<String, String> goldDur = new LinkedHashMap<>();
            for (String s : d.gold("symptom")) {
                String[] p = split(s);
                goldTerms.add(p[0]);
                goldStatus.add(p[0] + "=" + p[1]);
                if (p.length > 2 && p[1].equals("present")) {
                    goldDur.put(p[0], norm(p[2]));
                }
            }
            Set<String> predTerms = new HashSet<>();
            Set<String> predStatus = new HashSet<>();
            Map<String, String> predDur = new LinkedHashMap<>();
            for (Grounded<Symptom> g : rec.symptoms()) {
                Symptom s = g.value();
                predTerms.add(s.term());
                // the own sets' gold writes a symptom had in this illness and over now as present
                String st = s.status() == SymptomStatus.RESOLVED ? "present" : s.status().name().toLowerCase(Locale.ROOT);
                predStatus.add(s.term() + "=" + st);
                if (st.equals("present") && s.onset().isKnown()) {
                    predDur.put(s.term(), s.onset().normalized());
                }
            }
            m.get("symptom term").add(goldTerms, predTerms, id, "term");
            m.get("symptom term+status").add(goldStatus, predStatus, id, "status");
            for (String st : List.of("present", "absent", "uncertain")) {
                m.get("  status " + st).add(withStatus(goldStatus, st), withStatus(predStatus, st), id, "(" + st + ")");
            }
            for (Map.Entry<String, String> e : goldDur.entrySet()) {
                if (predStatus.contains(e.getKey() + "=present")) {
                    durTotal++;
                    if (e.getValue().equals(predDur.get(e.getKey()))) {
                        durCorrect++;
                    } else {
                        miss(id, "duration", e.getKey() + " gold " + e.getValue() + " pred " + predDur.get(e.getKey()));
                    }
                }
            }

            List<String> cc = d.gold("主诉");
            if (!cc.isEmpty()) {
                ccTotal++;
                String pred = rec.chiefComplaint().map(Grounded::value).orElse("");
                boolean ok = false;
                for (String variant : cc.get(0).split("\\|")) {
                    ok |= !pred.isEmpty() && chiefComplaintPairs(variant.strip()).equals(chiefComplaintPairs(pred));
                }
                if (ok) {
                    ccCorrect++;
                } else {
                    miss(id, "主诉", "gold " + cc.get(0) + " pred " + pred);
                }
            }

            Set<String> gv = new HashSet<>();
            for (String s : d.gold("vital")) {
                String[] p = split(s);
                gv.add(p[0] + "=" + num(p[1]));
            }
            Set<String> pv = new HashSet<>();
            for (Grounded<VitalSign> g : rec.vitalSigns()) {
                VitalSign v = g.value();
                pv.add(v.kind().chinese() + "=" + num(v.value()));
            }
            m.get("vital sign").add(gv, pv, id, "vital");

            Set<String> gd = new HashSet<>();
            for (String s : d.gold("diagnosis")) {
                gd.add(s.replace("?", "").strip());
            }
            Set<String> pd = new HashSet<>();
            for (Grounded<Diagnosis> g : rec.diagnoses()) {
                if (g.value().certainty() != Diagnosis.Certainty.REPORTED) { // the gold lists the doctor's impression
                    pd.add(g.value().term());
                }
            }
            m.get("diagnosis").add(gd, pd, id, "diagnosis");

            Set<String> ga = new HashSet<>();
            for (String s : d.gold("allergy")) {
                String[] p = split(s);
                ga.add(p[0] + "=" + p[1]);
            }
            Set<String> pa = new HashSet<>();
            for (Grounded<Allergy> g : rec.allergies()) {
                Allergy a = g.value();
                pa.add((a.substance().isEmpty() ? "*" : a.substance()) + "=" + (a.present() ? "present" : "denied"));
            }
            m.get("allergy").add(ga, pa, id, "allergy");

            Set<String> gm = new HashSet<>();
            for (String s : d.gold("medication")) {
                String[] p = split(s);
                gm.add(p[0] + "=" + p[1]);
            }
            Set<String> pm = new HashSet<>();
            for (Grounded<Medication> g : rec.medications()) {
                Medication x = g.value();
                String st = switch (x.status()) {
                    case TAKEN_BEFORE_VISIT -> "taken";
                    case LONG_TERM -> "longterm";
                    default -> "prescribed";
                };
                pm.add(x.name() + "=" + st);
            }
            m.get("medication").add(gm, pm, id, "medication");

            Set<String> ge = new HashSet<>();
            for (String s : d.gold("exam")) {
                String[] p = split(s);
                ge.add(p[0] + "=" + p[1]);
            }
            Set<String> pe = new HashSet<>();
            for (Grounded<Examination> g : rec.examinations()) {
                pe.add(g.value().name() + "=" + (g.value().status() == Examination.Status.DONE ? "done" : "ordered"));
            }
            m.get("examination").add(ge, pe, id, "exam");

            Set<String> gp = new HashSet<>();
            for (String s : d.gold("past")) {
                String[] p = split(s);
                gp.add(p[0] + "=" + p[1]);
            }
            Set<String> pp = new HashSet<>();
            for (Grounded<HistoryItem> g : rec.history()) {
                pp.add(g.value().condition() + "=" + (g.value().present() ? "present" : "denied"));
            }
            m.get("past history").add(gp, pp, id, "past");

            Set<String> gph = new HashSet<>();
            for (String s : d.gold("personal")) {
                String[] p = split(s);
                gph.add(p[0] + "=" + p[1]);
            }
            Set<String> pph = new HashSet<>();
            for (Grounded<PersonalHistoryItem> g : rec.personalHistory()) {
                PersonalHistoryItem x = g.value();
                String item = x.kind() == PersonalHistoryItem.Kind.EXPOSURE ? "暴露" : x.kind().chinese();
                pph.add(item + "=" + x.status().name().toLowerCase(Locale.ROOT));
            }
            m.get("personal history").add(gph, pph, id, "personal");

            Set<String> gfh = new HashSet<>();
            for (String s : d.gold("family")) {
                String[] p = split(s);
                gfh.add(p[0] + "=" + p[1]);
            }
            Set<String> pfh = new HashSet<>();
            for (Grounded<FamilyHistoryItem> g : rec.familyHistory()) {
                FamilyHistoryItem x = g.value();
                pfh.add((x.condition().isEmpty() ? "*" : x.condition()) + "=" + (x.present() ? "present" : "denied"));
            }
            m.get("family history").add(gfh, pfh, id, "family");

            List<UtteranceDecision> decisions = rec.utterances();
            assertThat(decisions).hasSize(d.lines().size());
            for (int i = 0; i < d.lines().size(); i++) {
                DevSet.Line line = d.lines().get(i);
                UtteranceDecision u = decisions.get(i);
                if (!d.input().equals("labelled") && !d.input().equals("json")) {
                    roleTotal++;
                    boolean doctor = u.speaker().name().equals("DOCTOR");
                    if (doctor == line.doctor()) {
                        roleCorrect++;
                    } else {
                        miss(id, "role", (i + 1) + " gold " + line.label() + " pred " + u.speaker() + " " + line.text());
                    }
                }
                filterTotal++;
                if (u.kept() != line.drop()) {
                    filterCorrect++;
                } else {
                    miss(id, "filter", (i + 1) + " gold " + (line.drop() ? "drop" : "keep") + " pred " + u.category() + " "
                            + line.text());
                }
                if (line.drop()) {
                    droppedGold++;
                    if (!u.kept()) {
                        droppedRight++;
                    }
                }
            }
            if (d.gold().isEmpty()) {
                emptyDialogues++;
                if (r.flags().stream().anyMatch(f -> f.kind() == ReviewFlag.Kind.MISSING && f.field().isEmpty())) {
                    emptyFlagged++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("== sdk-medical offline engine, " + name + ": " + set.size() + " dialogues ("
                + String.format(Locale.ROOT, "%.2f", seconds) + " s incl. warm-up)");
        m.forEach((k, v) -> System.out.println(v.row(k)));
        System.out.println(String.format(Locale.ROOT, "%-26s %d/%d = %.3f", "主诉 correct", ccCorrect, ccTotal, ccCorrect / (double) ccTotal));
        System.out.println(String.format(Locale.ROOT, "%-26s %d/%d = %.3f", "duration (matched present)", durCorrect, durTotal, durCorrect / (double) durTotal));
        System.out.println(String.format(Locale.ROOT, "%-26s %d/%d = %.3f", "role (unlabelled input)", roleCorrect, roleTotal, roleCorrect / (double) roleTotal));
        System.out.println(String.format(Locale.ROOT, "%-26s %d/%d = %.3f (gold drops caught %d/%d)", "filter keep/drop", filterCorrect, filterTotal,
                filterCorrect / (double) filterTotal, droppedRight, droppedGold));
        System.out.println(String.format(Locale.ROOT, "%-26s %d/%d", "no-clinical-content flag", emptyFlagged, emptyDialogues));
        return new Figures(m, ccCorrect / (double) ccTotal, durCorrect / (double) Math.max(1, durTotal),
                roleCorrect / (double) Math.max(1, roleTotal), filterCorrect / (double) filterTotal, emptyFlagged, emptyDialogues);
    }

    /** The term=status pairs of one status, for the per-status figures. */
    private static Set<String> withStatus(Set<String> pairs, String status) {
        Set<String> out = new HashSet<>();
        for (String p : pairs) {
            if (p.endsWith("=" + status)) {
                out.add(p);
            }
        }
        return out;
    }

    static String[] split(String s) {
        String[] p = s.split("\\|");
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].strip();
        }
        return p;
    }

    private static String norm(String duration) {
        return ONSETS.parse(duration).map(o -> o.normalized()).orElse(duration);
    }

    static String num(String v) {
        StringBuilder sb = new StringBuilder();
        for (String p : v.split("/")) {
            sb.append(sb.length() == 0 ? "" : "/").append(new BigDecimal(p.strip()).stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }

    /** 主诉 as a set of symptom=duration pairs: "咳嗽、咽痛3天，发热1天" -> {咳嗽=3天, 咽痛=3天, 发热=1天}. */
    static Set<String> chiefComplaintPairs(String text) {
        Set<String> out = new HashSet<>();
        for (String piece : text.split("[，,；;]")) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String duration = "";
            String symptoms = p;
            for (int i = 0; i < p.length(); i++) {
                Optional<String> o = ONSETS.parse(p.substring(i)).map(x -> x.normalized());
                if (o.isPresent()) {
                    duration = o.get();
                    symptoms = p.substring(0, i);
                    break;
                }
            }
            for (String s : symptoms.split("[、和及伴]")) {
                if (!s.isBlank()) {
                    out.add(s.strip() + "=" + duration);
                }
            }
        }
        return out;
    }
}
