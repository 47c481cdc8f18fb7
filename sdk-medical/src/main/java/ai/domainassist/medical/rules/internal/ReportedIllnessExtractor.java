package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The illnesses the patient's side names for this illness (孩子感冒了, 医院说是支气管炎, 消化不良): diagnoses
 * {@link Diagnosis.Certainty#REPORTED}, affirmed statements about the patient now (the assertion layer),
 * never a question (这是不是肺炎？), a worry, a relative's illness or an earlier one (those are past or family
 * history), nor one the doctor diagnoses (the doctor's stands). Thread-safe.
 */
public final class ReportedIllnessExtractor {
    /**
     * Extracts the reported illnesses, one per term.
     *
     * @param d the dialogue
     * @param doctors the doctor's diagnoses
     * @param history the past history (a disease there is no illness of today)
     * @return the reported illnesses in order of mention
     */
    public List<Grounded<Diagnosis>> extract(Dialogue d, List<Grounded<Diagnosis>> doctors, List<Grounded<HistoryItem>> history) {
        Map<String, Grounded<Diagnosis>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE)) {
                String term = m.entry().standards().get(0);
                if (!t.assertion(m).affirmedNow() || known(term, doctors, history) || out.containsKey(term)) {
                    continue;
                }
                out.put(term, new Grounded<>(new Diagnosis(term, Diagnosis.Certainty.REPORTED),
                        List.of(t.evidence(m.start(), m.end())), Origin.RULES, t.roleConfidence));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean known(String term, List<Grounded<Diagnosis>> doctors, List<Grounded<HistoryItem>> history) {
        for (Grounded<Diagnosis> g : doctors) {
            if (g.value().term().equals(term)) {
                return true;
            }
        }
        for (Grounded<HistoryItem> g : history) {
            if (g.value().condition().equals(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a diagnosis is the doctor's (what 初步诊断 lists).
     *
     * @param d the diagnosis
     * @return {@code true} unless it is reported
     */
    static boolean doctors(Diagnosis d) {
        return d.certainty() != Diagnosis.Certainty.REPORTED;
    }
}
