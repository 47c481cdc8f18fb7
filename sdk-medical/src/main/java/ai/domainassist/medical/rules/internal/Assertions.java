package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.List;

/**
 * Decides whether a term found in a clause is asserted, negated or hedged, in the manner of
 * NegEx: a cue before the term (没有发烧), inside a gap match (肚子不疼) or right after it (发烧倒没有),
 * within the clause, unless a scope-ending word comes between (没发烧，就是咳嗽) or the cue is part
 * of a longer word that is no negation (不知道, 不停, 没好) or of another term (吃不下饭).
 * Conditions (如果发烧) and worries (会不会是肺炎) are reported as such so callers skip them.
 * Stateless apart from its cue table; thread-safe.
 */
public final class Assertions {
    /** The verdict on one term. */
    public enum Verdict {
        /** Asserted. */
        PRESENT,
        /** Negated. */
        ABSENT,
        /** Hedged. */
        UNCERTAIN,
        /** Inside a condition or a worry: not a report about the patient. */
        HYPOTHETICAL
    }

    private static final String POST_FILLERS = "的话呢倒也都就是其实我他她这个孩子宝宝嘛啊";
    private static final String POST_PARTICLES = "了的啊呀过有吧哦呢么嘛什么怎么样";

    private final Cues cues;

    /**
     * @param cues the cue table
     */
    public Assertions(Cues cues) {
        this.cues = cues;
    }

    /**
     * Judges a term match in a turn.
     *
     * @param t the turn
     * @param m the match
     * @return the verdict
     */
    public Verdict judge(Turn t, TermMatcher.Match m) {
        String s = t.folded;
        Clauses.Span clause = t.clauseAt(m.start());
        if (m.hasGap() && unmaskedHit(t, s, m.gapStart(), m.gapEnd(), Type.NEG_PRE, m) != null) {
            return Verdict.ABSENT;
        }
        int from = clause.start();
        if (unmaskedHit(t, s, from, m.start(), Type.CONDITIONAL, m) != null
                || unmaskedHit(t, s, from, m.start(), Type.SPECULATION, m) != null) {
            return Verdict.HYPOTHETICAL;
        }
        Cues.Hit neg = unmaskedHit(t, s, from, m.start(), Type.NEG_PRE, m);
        Cues.Hit unsure = unmaskedHit(t, s, from, m.start(), Type.UNCERTAIN, m);
        Cues.Hit last = neg == null ? unsure : unsure == null ? neg : neg.start() >= unsure.start() ? neg : unsure;
        if (last != null && !scopeEnded(t, s, last.end(), m.start(), last == neg)) {
            return last == neg ? Verdict.ABSENT : Verdict.UNCERTAIN;
        }
        if (postNegated(s, m.end(), clause.end())) {
            return Verdict.ABSENT;
        }
        return Verdict.PRESENT;
    }

    private boolean scopeEnded(Turn t, String s, int from, int to, boolean negation) {
        for (Cues.Hit h : t.cues(cues, Type.SCOPE_END)) {
            if (h.start() >= from && h.end() <= to && !insideTerm(t, h.start(), h.end(), null)) {
                return true;
            }
        }
        if (negation) {
            for (Cues.Hit h : t.cues(cues, Type.NEG_SCOPE_END)) {
                if (h.start() >= from && h.end() <= to && !insideTerm(t, h.start(), h.end(), null)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean postNegated(String s, int from, int clauseEnd) {
        int i = from;
        while (i < clauseEnd && POST_FILLERS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (cues.startingAt(s, i, Type.PSEUDO) != null) {
            return false;
        }
        String neg = cues.startingAt(s, i, Type.NEG_POST);
        if (neg == null) {
            return false;
        }
        int j = i + neg.length();
        while (j < clauseEnd && POST_PARTICLES.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j >= clauseEnd;
    }

    /**
     * The last hit of a cue type in {@code [from, to)} that is not part of a pseudo cue, a question
     * form or another term.
     *
     * @param t the turn
     * @param s the folded text
     * @param from start
     * @param to end
     * @param type the cue type
     * @param self the match being judged (never masks itself)
     * @return the hit, or {@code null}
     */
    Cues.Hit unmaskedHit(Turn t, String s, int from, int to, Type type, TermMatcher.Match self) {
        if (from >= to) {
            return null;
        }
        List<Cues.Hit> pseudo = t.cues(cues, Type.PSEUDO);
        List<Cues.Hit> question = t.cues(cues, Type.QUESTION);
        Cues.Hit found = null;
        for (Cues.Hit h : t.cues(cues, type)) {
            if (h.start() < from || h.end() > to) {
                continue;
            }
            if (covered(h, pseudo) || type != Type.QUESTION && covered(h, question) && type != Type.SPECULATION
                    || insideTerm(t, h.start(), h.end(), self)) {
                continue;
            }
            found = h;
        }
        return found;
    }

    private static boolean covered(Cues.Hit h, List<Cues.Hit> masks) {
        for (Cues.Hit p : masks) {
            if (p.start() <= h.start() && h.end() <= p.end() && p.end() - p.start() > h.end() - h.start()) {
                return true;
            }
            if (p.start() < h.end() && h.start() < p.end() && !p.cue().equals(h.cue()) && p.end() - p.start() >= 2
                    && p.start() <= h.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideTerm(Turn t, int start, int end, TermMatcher.Match self) {
        for (TermMatcher.Match m : t.terms) {
            if (m == self) {
                continue;
            }
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
