package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the doctor's impression: a disease named after a diagnosis cue in a doctor's statement
 * (考虑是急性扁桃体炎; 你这是湿疹; 可能是胃食管反流 -> suspected), not ruled out (不像阑尾炎) and not a
 * question. Diseases the patient names are history, not diagnosis. Thread-safe.
 */
public final class DiagnosisExtractor {
    private final Cues cues;

    /**
     * @param cues the cue table
     */
    public DiagnosisExtractor(Cues cues) {
        this.cues = cues;
    }

    /**
     * Extracts the diagnoses, one per term.
     *
     * @param d the dialogue
     * @return the diagnoses in order
     */
    public List<Grounded<Diagnosis>> extract(Dialogue d) {
        Map<String, Grounded<Diagnosis>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isDoctor()) {
                continue;
            }
            List<Cues.Hit> diag = cues.find(t.folded, 0, t.folded.length(), Type.DIAGNOSIS);
            if (diag.isEmpty()) {
                continue;
            }
            for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE)) {
                if (t.isQuestionAt(m.start())) {
                    continue;
                }
                Cues.Hit cue = null;
                for (Cues.Hit h : diag) {
                    if (h.end() <= m.start() + 1 && !insideTerm(t, h)) {
                        cue = h;
                    }
                }
                if (cue == null && diag.stream().anyMatch(h -> h.cue().equals("引起的") && h.start() >= m.end()
                        && h.start() - m.end() <= 2)) {
                    cue = diag.stream().filter(h -> h.cue().equals("引起的")).findFirst().orElse(null);
                }
                if (cue == null) {
                    continue;
                }
                Clauses.Span c = t.clauseAt(m.start());
                if (cues.any(t.folded, Math.min(c.start(), cue.start()), m.start(), Type.NOT_DIAGNOSIS)
                        || cues.any(t.folded, c.start(), m.start(), Type.CONDITIONAL)
                        || cues.any(t.folded, Math.max(0, m.start() - 8), m.start(), Type.PAST)) {
                    continue;
                }
                Diagnosis.Certainty certainty = "SUSPECTED".equals(cue.value())
                        || cues.any(t.folded, c.start(), m.start(), Type.UNCERTAIN)
                        ? Diagnosis.Certainty.SUSPECTED : Diagnosis.Certainty.CONFIRMED;
                String term = m.entry().standard();
                out.putIfAbsent(term, new Grounded<>(new Diagnosis(term, certainty),
                        List.of(t.evidence(m.start(), m.end())), Origin.RULES, t.roleConfidence));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean insideTerm(Turn t, Cues.Hit h) {
        for (TermMatcher.Match m : t.terms) {
            if (m.start() < h.end() && h.start() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
