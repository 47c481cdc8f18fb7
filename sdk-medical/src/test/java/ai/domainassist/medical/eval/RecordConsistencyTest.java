package ai.domainassist.medical.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A property of every record the offline engine writes for every evaluation dialogue (the development
 * and held-out sets, and, when {@code ../shared/eval} is present, every CMDD consultation of all three
 * splits, text only): 主诉 and 现病史 never write a symptom as present and as denied; where the dialogue
 * both reports and denies one, the record says so in words and a CONFLICT flag points at both utterances.
 */
class RecordConsistencyTest {
    private final MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();

    @Test
    void noRecordOfTheOwnSetsWritesASymptomBothPresentAndDenied() {
        List<String> texts = new ArrayList<>();
        for (List<DevSet.Dialogue> set : List.of(DevSet.load(), DevSet.heldOut(), DevSet.heldOut2(), DevSet.heldOut3())) {
            set.forEach(d -> texts.add(d.inputText()));
        }
        Counts c = check(texts);
        System.out.println("own sets: " + c.records + " records, " + c.conflicted + " with a symptom both said and denied");
        assertThat(c.records).isGreaterThanOrEqualTo(140);
        assertThat(c.violations).isEmpty();
    }

    @Test
    void noRecordOfCmddWritesASymptomBothPresentAndDenied() {
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            Cmdd.load(split).forEach(d -> texts.add(d.inputText()));
        }
        Counts c = check(texts);
        System.out.println("CMDD: " + c.records + " records, " + c.conflicted + " with a symptom both said and denied");
        assertThat(c.records).isEqualTo(2067);
        assertThat(c.conflicted).isPositive(); // real dialogues do contradict themselves; the record must say so
        assertThat(c.violations).isEmpty();
    }

    /** What the check found. */
    static final class Counts {
        int records;
        int conflicted;
        final List<String> violations = new ArrayList<>();
    }

    private Counts check(List<String> texts) {
        Counts c = new Counts();
        for (String text : texts) {
            Result<OutpatientRecord> r = assistant.structure(Transcript.parse(text));
            OutpatientRecord rec = r.value();
            c.records++;
            Set<String> present = new HashSet<>();
            Set<String> absent = new HashSet<>();
            for (Grounded<Symptom> g : rec.symptoms()) {
                if (g.value().status() == SymptomStatus.PRESENT) {
                    present.add(g.value().term());
                } else if (g.value().status() == SymptomStatus.ABSENT) {
                    absent.add(g.value().term());
                } // UNCERTAIN, and RESOLVED (had, over now: 现已消失), are neither said now nor denied

            }
            String cc = rec.chiefComplaint().map(Grounded::value).orElse("");
            String illness = rec.section(Section.PRESENT_ILLNESS).map(Grounded::value).orElse("");
            Set<String> denied = new HashSet<>();
            StringBuilder said = new StringBuilder(cc);
            for (String sentence : illness.split("。")) {
                if (sentence.startsWith("无") || sentence.startsWith("否认")) {
                    for (String t : sentence.replaceFirst("^(无|否认)", "").split("、")) {
                        denied.add(t.strip());
                    }
                } else if (!sentence.startsWith("可疑")) {
                    said.append('|').append(sentence);
                }
            }
            for (String t : denied) {
                if (!t.isEmpty() && said.indexOf(t) >= 0) {
                    c.violations.add(t + " in: " + cc + " / " + illness);
                }
            }
            Set<String> both = new HashSet<>(present);
            both.retainAll(absent);
            if (!both.isEmpty()) {
                c.conflicted++;
                for (String t : both) {
                    boolean flagged = r.flags().stream().anyMatch(f -> f.kind() == ReviewFlag.Kind.CONFLICT
                            && f.message().contains("“" + t + "”") && f.evidence().size() >= 2);
                    boolean inWords = !said.toString().contains(t) || illness.contains(t + "（对话中亦有否认，请核实）")
                            || !illness.contains(t);
                    if (!flagged || !inWords) {
                        c.violations.add(t + " said and denied without " + (flagged ? "words" : "a flag") + ": " + illness);
                    }
                }
            }
        }
        return c;
    }
}
