package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the doctor's examination findings: signs from the lexicon in the doctor's statements
 * (嗓子挺红的 -> 咽部充血; 右下腹压痛; 没听到啰音 -> 未闻及啰音), and symptoms the doctor observes while
 * examining (身上有红疹). Questions are not findings. Thread-safe.
 */
public final class FindingExtractor {
    private final Cues cues;
    private final Lexicons lexicons;

    /**
     * @param cues the cue table
     * @param lexicons the matchers
     */
    public FindingExtractor(Cues cues, Lexicons lexicons) {
        this.cues = cues;
        this.lexicons = lexicons;
    }

    /**
     * Extracts the findings, one per term and polarity.
     *
     * @param d the dialogue
     * @return the findings
     */
    public List<Grounded<Finding>> extract(Dialogue d) {
        Map<String, Grounded<Finding>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isDoctor()) {
                continue;
            }
            // examining: the doctor says so (我看看, 张嘴, 听一下), or states a sign (嗓子挺红的); a sign asked about or
            // warned of (注意防止脱水) and the 看一下 of 去医院看一下 are no examination (CMDD's online consultations)
            boolean examining = cues.any(t.folded, 0, t.folded.length(), Type.EXAM_CONTEXT)
                    || Dialogue.matches(t, Category.SIGN).stream().anyMatch(m -> !t.isQuestionAt(m.start())
                            && t.assertion(m).stated() && t.assertion(m).negation() == Assertion.Negation.AFFIRMED);
            for (TermMatcher.Match m : Dialogue.matches(t, Category.SIGN, Category.SYMPTOM)) {
                if (t.isQuestionAt(m.start())) {
                    continue;
                }
                if (m.entry().category() == Category.SYMPTOM && !examining) {
                    continue;
                }
                Assertion a = t.assertion(m);
                if (!a.stated() || a.negation() == Assertion.Negation.POSSIBLE) {
                    continue; // explained, supposed, hedged: no finding
                }
                Segment c = t.clauseAt(m.start());
                String site = "";
                List<Evidence> ev = new ArrayList<>();
                ev.add(t.evidence(m.start(), m.end()));
                for (TermMatcher.Match s : lexicons.sites().find(t.folded, Math.max(c.start(), m.start() - 8), m.start())) {
                    site = s.entry().standard();
                    ev.add(0, t.evidence(s.start(), s.end()));
                }
                boolean present = a.negation() == Assertion.Negation.AFFIRMED;
                for (String term : m.entry().standards()) {
                    Finding f = new Finding(term, t.text.substring(m.start(), m.end()), present, site);
                    out.putIfAbsent(term + "|" + site + "|" + present, new Grounded<>(f, ev, Origin.RULES, t.roleConfidence));
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
