package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds allergies and their denials: 青霉素过敏，起疹子 (drug, reaction 皮疹); 吃海鲜过敏 (food);
 * 没有过敏的; the doctor asks 有没有药物过敏？ and the patient says 没有 (drug allergies denied).
 * Thread-safe.
 */
public final class AllergyExtractor {
    private final Cues cues;
    private final Lexicons lexicons;

    /**
     * @param cues the cue table
     * @param lexicons the matchers
     */
    public AllergyExtractor(Cues cues, Lexicons lexicons) {
        this.cues = cues;
        this.lexicons = lexicons;
    }

    /**
     * Extracts allergies, one per substance and polarity.
     *
     * @param d the dialogue
     * @return the allergies and denials
     */
    public List<Grounded<Allergy>> extract(Dialogue d) {
        Map<String, Grounded<Allergy>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            boolean stated = false;
            Turn q0 = d.question(t);
            if (q0 != null && (cues.any(q0.folded, 0, q0.folded.length(), Type.OTHER_PERSON) || familyAsked(q0))) {
                continue; // 家里有人过敏吗？, 家族中有没有过敏体质的人？: the answer is about a relative
            }
            boolean allergyQuestion = q0 != null && allergyAt(q0, 0, q0.folded.length()) >= 0;
            for (int c = 0; c < t.clauses.size(); c++) {
                Segment span = t.clauses.get(c);
                if (cues.any(t.folded, span.start(), span.end(), Type.OTHER_PERSON)) {
                    continue;
                }
                int at = allergyAt(t, span.start(), span.end());
                if (at < 0) {
                    if (allergyQuestion) {
                        // 以前吃虾也起过: in answer to an allergy question, a food or drug named is the allergen
                        for (TermMatcher.Match m : lexicons.allergens().find(t.folded, span.start(), span.end())) {
                            if (m.entry().category() != Category.ALLERGEN && !cues.any(t.folded, span.start(), m.start(), Type.NEG_PRE)
                                    && !HistoryExtractor.asks(cues, t, m.start())) { // 头孢过敏不？ 还是吃…加头孢克肟吗: asked
                                stated = true;
                                add(out, m, reaction(t, c, m.end()), true, List.of(t.evidence(m.start(), m.end())),
                                        t.roleConfidence);
                            }
                        }
                    }
                    continue;
                }
                stated = true;
                boolean negated = negated(t, span, at);
                List<TermMatcher.Match> subs = lexicons.allergens().find(t.folded, span.start(), span.end());
                String reaction = reaction(t, c, at);
                if (subs.isEmpty()) {
                    if (negated) {
                        Turn q = d.question(t);
                        denyAsked(q, t, out, t.evidence(span.start(), span.end()));
                    }
                    continue;
                }
                for (TermMatcher.Match m : subs) {
                    add(out, m, reaction, !negated, List.of(t.evidence(m.start(), m.end()), t.evidence(at, at + 2)),
                            t.roleConfidence);
                }
            }
            Turn q = d.question(t);
            if (!stated && allergyQuestion) {
                List<TermMatcher.Match> subs = lexicons.allergens().find(t.folded, 0, t.folded.length());
                subs.removeIf(m -> m.entry().category() == Category.ALLERGEN && m.entry().standard().equals("药物")
                        && t.polarity == Turn.Polarity.NO || HistoryExtractor.asks(cues, t, m.start()));
                if (!subs.isEmpty() && t.polarity != Turn.Polarity.NO) {
                    for (TermMatcher.Match m : subs) {
                        add(out, m, reaction(t, 0, 0), true, List.of(t.evidence(m.start(), m.end())), t.roleConfidence);
                    }
                } else if (t.polarity == Turn.Polarity.NO) {
                    denyAsked(q, t, out, t.evidence());
                } else if (t.polarity == Turn.Polarity.YES && !t.isQuestion()) { // 还是吃…头孢克肟吗 answers nothing
                    put(out, new Allergy("", Allergy.Kind.OTHER, reaction(t, 0, 0), true), List.of(q.evidence(), t.evidence()),
                            t.roleConfidence * 0.8);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Where 过敏 occurs in {@code [from, to)} outside a disease name (过敏性鼻炎) and outside the words for a
     * kind of illness or medicine (过敏性咳嗽, 抗过敏的药), or -1.
     */
    private static int allergyAt(Turn t, int from, int to) {
        int at = t.folded.indexOf("过敏", from);
        while (at >= 0 && at < to) {
            boolean inDisease = at > 0 && t.folded.charAt(at - 1) == '抗' || t.folded.startsWith("性", at + 2);
            for (TermMatcher.Match m : t.terms) {
                if (m.start() <= at && at + 2 <= m.end() && m.entry().category() != Category.IGNORE) {
                    inDisease = true;
                }
            }
            if (!inDisease) {
                return at;
            }
            at = t.folded.indexOf("过敏", at + 2);
        }
        return -1;
    }

    private boolean negated(Turn t, Segment span, int at) {
        if (t.assertion(at, at + 2).negation() == Assertion.Negation.NEGATED) {
            return true;
        }
        String after = t.folded.substring(at + 2, span.end());
        return after.matches("^(的话|史)?(倒|也|都)?(没有|没|无)(的|啊|呀)?$");
    }

    private String reaction(Turn t, int clause, int after) {
        for (int c = clause; c < Math.min(t.clauses.size(), clause + 2); c++) {
            Segment span = t.clauses.get(c);
            for (TermMatcher.Match m : Dialogue.matches(t, Category.SYMPTOM, Category.SIGN)) {
                if (m.start() >= Math.max(span.start(), c == clause ? after : 0) && m.end() <= span.end()) {
                    return m.entry().standards().get(0);
                }
            }
        }
        return "";
    }

    private void denyAsked(Turn q, Turn t, Map<String, Grounded<Allergy>> out, Evidence answer) {
        List<Evidence> ev = new ArrayList<>();
        if (q != null) {
            ev.add(q.evidence());
        }
        ev.add(answer);
        String s = (q == null ? "" : q.folded) + t.folded;
        boolean drug = s.contains("药");
        boolean food = s.contains("食物") || s.contains("吃的") || s.contains("海鲜");
        double conf = t.roleConfidence;
        if (drug) {
            put(out, new Allergy("药物", Allergy.Kind.DRUG, "", false), ev, conf);
        }
        if (food) {
            put(out, new Allergy("食物", Allergy.Kind.FOOD, "", false), ev, conf);
        }
        if (!drug && !food) {
            put(out, new Allergy("", Allergy.Kind.OTHER, "", false), ev, conf);
        }
    }

    private static void add(Map<String, Grounded<Allergy>> out, TermMatcher.Match m, String reaction, boolean present,
                            List<Evidence> ev, double conf) {
        Allergy.Kind kind = switch (m.entry().category()) {
            case FOOD -> Allergy.Kind.FOOD;
            case DRUG, DRUG_CLASS -> Allergy.Kind.DRUG;
            default -> m.entry().standard().equals("药物") ? Allergy.Kind.DRUG : Allergy.Kind.OTHER;
        };
        String substance = m.entry().standard().equals("食物") ? "食物" : m.entry().standard();
        put(out, new Allergy(substance, kind, reaction, present), ev, conf);
    }

    private static void put(Map<String, Grounded<Allergy>> out, Allergy a, List<Evidence> ev, double conf) {
        String key = a.substance() + "|" + a.kind() + "|" + a.present();
        if (!out.containsKey(key)) {
            out.put(key, new Grounded<>(a, ev, Origin.RULES, conf));
        }
    }

    /**
     * 家族中有没有过敏体质的人？: a question whose allergy words all come after words of the family asks about the
     * family; 宝宝平常容易过敏吗？家里有没有鼻炎患者？ still asks about the patient first.
     */
    private boolean familyAsked(Turn q) {
        List<Cues.Hit> family = cues.find(q.folded, 0, q.folded.length(), Type.FAMILY);
        return !family.isEmpty() && allergyAt(q, 0, family.get(0).start()) < 0;
    }
}
