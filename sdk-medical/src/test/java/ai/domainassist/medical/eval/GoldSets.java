package ai.domainassist.medical.eval;

import ai.domainassist.medical.model.SymptomStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The project's own evaluation dialogues with their gold, for tests in other packages. */
public final class GoldSets {
    private GoldSets() {
    }

    /**
     * A gold symptom.
     *
     * @param term the term
     * @param status its status
     * @param duration its duration as the gold writes it, or empty
     */
    public record GoldSymptom(String term, SymptomStatus status, String duration) {
    }

    /**
     * A gold family-history item.
     *
     * @param condition the condition ({@code ""} for family diseases in general)
     * @param present present or denied
     */
    public record GoldFamily(String condition, boolean present) {
    }

    /**
     * One dialogue.
     *
     * @param id its id
     * @param input the dialogue in its input form
     * @param symptoms the gold symptoms
     * @param diagnoses the doctor's diagnoses
     * @param chiefComplaint the first variant of the gold 主诉, or empty
     * @param family the gold family history
     * @param past the conditions of the gold past history
     */
    public record Case(String id, String input, List<GoldSymptom> symptoms, List<String> diagnoses, String chiefComplaint,
                       List<GoldFamily> family, List<String> past) {
    }

    /** @return the development set and the three held-out sets */
    public static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (List<DevSet.Dialogue> set : List.of(DevSet.load(), DevSet.heldOut(), DevSet.heldOut2(), DevSet.heldOut3())) {
            for (DevSet.Dialogue d : set) {
                List<GoldSymptom> symptoms = new ArrayList<>();
                for (String s : d.gold("symptom")) {
                    String[] p = DevSetEvaluationTest.split(s);
                    symptoms.add(new GoldSymptom(p[0], SymptomStatus.valueOf(p[1].toUpperCase(Locale.ROOT)), p.length > 2 ? p[2] : ""));
                }
                List<String> diagnoses = new ArrayList<>();
                d.gold("diagnosis").forEach(x -> diagnoses.add(x.replace("?", "").strip()));
                List<GoldFamily> family = new ArrayList<>();
                for (String f : d.gold("family")) {
                    String[] p = DevSetEvaluationTest.split(f);
                    family.add(new GoldFamily(p[0].equals("*") ? "" : p[0], !p[1].equals("denied")));
                }
                List<String> past = new ArrayList<>();
                d.gold("past").forEach(x -> past.add(DevSetEvaluationTest.split(x)[0]));
                List<String> cc = d.gold("主诉");
                out.add(new Case(d.id(), d.inputText(), symptoms, diagnoses, cc.isEmpty() ? "" : cc.get(0).split("\\|")[0].strip(),
                        family, past));
            }
        }
        return out;
    }
}
