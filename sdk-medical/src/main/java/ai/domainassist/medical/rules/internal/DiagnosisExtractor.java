package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the doctor's impression in the doctor's statements (never in questions, never in what the
 * patient says, which is history):
 * <ul>
 *   <li>a disease after a diagnosis cue: 考虑是急性扁桃体炎, 你这是湿疹, 可能是胃食管反流 (suspected),
 *       是手足口病 (the weak cue 是 only right before the term);</li>
 *   <li>a disease opening a sentence, as doctors dictate: 急性胃肠炎，给你开… / 左耳急性中耳炎，…;</li>
 *   <li>a symptom term right after a strong cue (是鼻出血) when no disease name fits;</li>
 *   <li>a disease after what a result or a sign shows (血常规提示细菌感染, 黄鼻涕说明有细菌感染; {@code INFERENCE}).</li>
 * </ul>
 * Ruled-out (不像阑尾炎, 要警惕哮喘), conditional and past mentions are not diagnoses, nor what the assertion
 * layer reads as teaching (年轻人一般不会得痛风), an alternative (是病毒还是细菌感染), a question or someone else's.
 * Thread-safe.
 */
public final class DiagnosisExtractor {
    private final Cues cues;
    private final Lexicons lexicons;

    /**
     * @param cues the cue table
     * @param lexicons the matchers (for sites before a dictated diagnosis)
     */
    public DiagnosisExtractor(Cues cues, Lexicons lexicons) {
        this.cues = cues;
        this.lexicons = lexicons;
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
            List<Cues.Hit> diag = new ArrayList<>();
            for (Cues.Hit h : cues.find(t.folded, 0, t.folded.length(), Type.DIAGNOSIS)) {
                if (!insideTerm(t, h)) {
                    diag.add(h);
                }
            }
            for (Cues.Hit h : cues.find(t.folded, 0, t.folded.length(), Type.INFERENCE)) {
                if (!insideTerm(t, h)) { // 血常规提示细菌感染, 黄鼻涕说明有细菌感染: what a result or a sign shows
                    diag.add(new Cues.Hit(h.start(), h.end(), h.cue(), "CONFIRMED"));
                }
            }
            diag.sort(java.util.Comparator.comparingInt(Cues.Hit::start));
            for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE, Category.SYMPTOM)) {
                if (t.isQuestionAt(m.start())) {
                    continue;
                }
                boolean disease = m.entry().category() == Category.DISEASE;
                Cues.Hit cue = null;
                for (Cues.Hit h : diag) {
                    boolean adjacent = h.end() == m.start();
                    boolean weak = "WEAK".equals(h.value());
                    if (h.end() <= m.start() && (adjacent || disease && !weak)) {
                        cue = h;
                    }
                }
                if (cue == null && disease) {
                    for (Cues.Hit h : diag) {
                        if (h.cue().equals("引起的") && h.start() >= m.end() && h.start() - m.end() <= 2) {
                            cue = h;
                        }
                    }
                }
                boolean dictated = disease && cue == null && opensSentence(t, m);
                if (cue == null && !dictated) {
                    continue;
                }
                Assertion a = t.assertion(m);
                if (a.context() != Assertion.Context.FACT || a.negation() == Assertion.Negation.NEGATED || !a.aboutPatient()
                        || a.temporality() == Assertion.Temporality.HISTORICAL) {
                    continue; // 年轻人一般不会得痛风, 看是病毒感染还是细菌感染, 如果…: no diagnosis of this patient
                }
                Segment c = t.clauseAt(m.start());
                int from = cue == null ? c.start() : Math.min(c.start(), cue.start());
                if (cues.any(t.folded, from, m.start(), Type.NOT_DIAGNOSIS)
                        || conditional(t, c.start(), m.start(), diag)
                        || cues.any(t.folded, Math.max(c.start(), m.start() - 8), m.start(), Type.PAST)) {
                    continue;
                }
                Diagnosis.Certainty certainty = cue != null && "SUSPECTED".equals(cue.value())
                        || a.negation() == Assertion.Negation.POSSIBLE
                        || cues.any(t.folded, c.start(), m.start(), Type.UNCERTAIN)
                        ? Diagnosis.Certainty.SUSPECTED : Diagnosis.Certainty.CONFIRMED;
                String term = m.entry().standards().get(0);
                out.putIfAbsent(term, new Grounded<>(new Diagnosis(term, certainty),
                        List.of(t.evidence(m.start(), m.end())), Origin.RULES, t.roleConfidence));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A condition word before the term that is not part of a diagnosis cue (主要是 holds 要是, which is no 如果). */
    private boolean conditional(Turn t, int from, int to, List<Cues.Hit> diag) {
        for (Cues.Hit h : cues.find(t.folded, from, to, Type.CONDITIONAL)) {
            boolean inCue = false;
            for (Cues.Hit d : diag) {
                inCue |= d.start() <= h.start() && h.end() <= d.end() && d.end() - d.start() > h.end() - h.start();
            }
            if (!inCue) {
                return true;
            }
        }
        return false;
    }

    /** 急性胃肠炎，给你开… : the disease is the first thing of its sentence (a site such as 左耳 may come first). */
    private boolean opensSentence(Turn t, TermMatcher.Match m) {
        int start = m.start();
        for (TermMatcher.Match s : lexicons.sites().find(t.folded, Math.max(0, start - 4), start)) {
            if (s.end() == start) {
                start = s.start();
            }
        }
        if (start == 0) {
            return true;
        }
        char before = t.folded.charAt(start - 1);
        return "。！!；;\n".indexOf(before) >= 0;
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
