package ai.domainassist.medical.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.internal.Calibration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the precision of every rule class of the offline engine ({@link Calibration#classOf}) on the
 * project's own development and held-out sets and, when {@code ../shared/eval} is present, on CMDD's dev
 * split (items outside CMDD's vocabulary are not counted), prints the table in the format of
 * {@code rules/confidence.tsv}, and checks that the shipped confidence of every class measured on at
 * least {@value #MIN_ITEMS} items is within {@value #TOLERANCE} of the measurement. Without CMDD the values
 * are not compared (they were measured with it; the test says so).
 */
class ConfidenceCalibrationTest {
    static final int MIN_ITEMS = Calibration.MIN_ITEMS;
    static final double TOLERANCE = 0.03;

    @Test
    void theShippedConfidenceIsTheMeasuredPrecisionOfEachRuleClass() {
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();
        Map<String, int[]> counts = new TreeMap<>();
        List<DevSet.Dialogue> own = new ArrayList<>();
        for (List<DevSet.Dialogue> set : List.of(DevSet.load(), DevSet.heldOut(), DevSet.heldOut2(), DevSet.heldOut3())) {
            own.addAll(set);
        }
        for (DevSet.Dialogue d : own) {
            OutpatientRecord r = assistant.structure(Transcript.parse(d.inputText())).value();
            ownSet(d, r, counts);
        }
        boolean cmdd = cmddAvailable();
        if (cmdd) {
            List<Cmdd.Dialogue> dev = Cmdd.load("dev");
            CmddScorer scorer = CmddScorer.standard();
            List<Cmdd.Dialogue> names = Cmdd.namesFor("dev", dev);
            scorer.vocabulary(names);
            for (Cmdd.Dialogue d : dev) {
                OutpatientRecord r = assistant.structure(Transcript.parse(d.inputText())).value();
                cmdd(scorer, scorer.gold(d), r, counts);
            }
        } else {
            System.out.println("CMDD not found (da.eval.dir): the shipped values, measured with CMDD's dev split, are NOT compared");
        }
        Calibration shipped = Calibration.shipped();
        List<String> off = new ArrayList<>();
        System.out.println("# measured: class<TAB>precision<TAB>items");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int n = c[0] + c[1];
            double p = c[0] / (double) n;
            System.out.println(String.format(Locale.ROOT, "%s\t%.2f\t%d", e.getKey(), p, n));
            if (n >= MIN_ITEMS && cmdd && Math.abs(shipped.precision(e.getKey()) - p) > TOLERANCE) {
                off.add(e.getKey() + " shipped " + shipped.precision(e.getKey()) + " measured " + p);
            }
        }
        assertThat(off).as("rules/confidence.tsv against the measurement").isEmpty();
        assertThat(counts.keySet()).contains("symptom.patient.present", "symptom.answer.absent", "diagnosis.confirmed");
    }

    private static boolean cmddAvailable() {
        String dir = System.getProperty("da.eval.dir", "");
        return !dir.isEmpty() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(dir, "medical", "cmdd", "cmdd.jsonl"));
    }

    private static void count(Map<String, int[]> counts, Object value, boolean right) {
        counts.computeIfAbsent(Calibration.classOf(value), k -> new int[2])[right ? 0 : 1]++;
    }

    /** Items of a record judged against the own sets' gold (the formats of DevSetEvaluationTest). */
    private static void ownSet(DevSet.Dialogue d, OutpatientRecord r, Map<String, int[]> counts) {
        Set<String> symptoms = new HashSet<>();
        d.gold("symptom").forEach(s -> {
            String[] p = DevSetEvaluationTest.split(s);
            symptoms.add(p[0] + "=" + p[1]);
        });
        for (Grounded<Symptom> g : r.symptoms()) {
            Symptom s = g.value();
            String st = s.status() == ai.domainassist.medical.model.SymptomStatus.RESOLVED ? "present" // the sets' gold
                    : s.status().name().toLowerCase(Locale.ROOT);
            count(counts, s, symptoms.contains(s.term() + "=" + st));
        }
        Set<String> dx = new HashSet<>();
        d.gold("diagnosis").forEach(s -> dx.add(s.replace("?", "").strip()));
        for (Grounded<Diagnosis> g : r.diagnoses()) {
            if (g.value().certainty() != Diagnosis.Certainty.REPORTED) { // the own gold lists the doctor's impression
                count(counts, g.value(), dx.contains(g.value().term()));
            }
        }
        judge(counts, r.history(), gold(d, "past"), h -> h.condition() + "=" + (h.present() ? "present" : "denied"));
        judge(counts, r.allergies(), gold(d, "allergy"),
                a -> (a.substance().isEmpty() ? "*" : a.substance()) + "=" + (a.present() ? "present" : "denied"));
        judge(counts, r.medications(), gold(d, "medication"), m -> m.name() + "=" + switch (m.status()) {
            case TAKEN_BEFORE_VISIT -> "taken";
            case LONG_TERM -> "longterm";
            default -> "prescribed";
        });
        judge(counts, r.examinations(), gold(d, "exam"),
                e -> e.name() + "=" + (e.status() == Examination.Status.DONE ? "done" : "ordered"));
        Set<String> vitals = new HashSet<>();
        d.gold("vital").forEach(s -> {
            String[] p = DevSetEvaluationTest.split(s);
            vitals.add(p[0] + "=" + DevSetEvaluationTest.num(p[1]));
        });
        judge(counts, r.vitalSigns(), vitals, v -> v.kind().chinese() + "=" + DevSetEvaluationTest.num(v.value()));
        judge(counts, r.personalHistory(), gold(d, "personal"), p -> (p.kind() == PersonalHistoryItem.Kind.EXPOSURE ? "暴露"
                : p.kind().chinese()) + "=" + p.status().name().toLowerCase(Locale.ROOT));
        judge(counts, r.familyHistory(), gold(d, "family"),
                f -> (f.condition().isEmpty() ? "*" : f.condition()) + "=" + (f.present() ? "present" : "denied"));
    }

    private static Set<String> gold(DevSet.Dialogue d, String key) {
        Set<String> out = new HashSet<>();
        d.gold(key).forEach(s -> {
            String[] p = DevSetEvaluationTest.split(s);
            out.add(p[0] + "=" + p[1]);
        });
        return out;
    }

    private static <T> void judge(Map<String, int[]> counts, List<Grounded<T>> items, Set<String> gold,
                                  java.util.function.Function<T, String> key) {
        for (Grounded<T> g : items) {
            count(counts, g.value(), gold.contains(key.apply(g.value())));
        }
    }

    /** Items of a record judged against CMDD's gold pairs; items outside CMDD's vocabulary are not counted. */
    private static void cmdd(CmddScorer scorer, Set<String> gold, OutpatientRecord r, Map<String, int[]> counts) {
        for (Grounded<Symptom> g : r.symptoms()) {
            Symptom s = g.value();
            if (s.status() != ai.domainassist.medical.model.SymptomStatus.UNCERTAIN) {
                pair(scorer, gold, counts, s, s.term(), s.status() == ai.domainassist.medical.model.SymptomStatus.PRESENT
                        || s.status() == ai.domainassist.medical.model.SymptomStatus.RESOLVED); // judged on its had-pair
            }
        }
        for (Grounded<Finding> g : r.findings()) {
            pair(scorer, gold, counts, g.value(), g.value().term(), g.value().present());
        }
        for (Grounded<Diagnosis> g : r.diagnoses()) {
            if (g.value().certainty() != Diagnosis.Certainty.SUSPECTED) {
                pair(scorer, gold, counts, g.value(), g.value().term(), true);
            }
        }
        for (Grounded<HistoryItem> g : r.history()) {
            pair(scorer, gold, counts, g.value(), g.value().condition(), g.value().present());
        }
        for (Grounded<Allergy> g : r.allergies()) {
            pair(scorer, gold, counts, g.value(), "过敏", g.value().present());
        }
    }

    private static void pair(CmddScorer scorer, Set<String> gold, Map<String, int[]> counts, Object value, String term,
                             boolean present) {
        String p = scorer.pair(term, present);
        if (p != null) {
            count(counts, value, gold.contains(p));
        }
    }
}
