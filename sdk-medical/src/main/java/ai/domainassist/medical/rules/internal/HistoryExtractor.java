package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the past history: chronic and infectious diseases with their duration (高血压十年了), past
 * acute diseases said as past (以前得过肺炎), surgeries (做过阑尾手术), transfusion, vaccination, good
 * health (身体一直挺好), and denials, stated or in answer to the doctor (以前有没有高血压、糖尿病？ 没有).
 * Acute diseases said as today's illness are not history. Thread-safe.
 */
public final class HistoryExtractor {
    private static final Pattern HISTORY_QUESTION = Pattern.compile("以前|既往|之前|平时|病史|得过|有过|慢性病|基础病|身体|手术|动过刀|开过刀|疫苗|预防针|输过血");
    private static final Pattern SURGERY_QUESTION = Pattern.compile("手术|动过刀|开过刀");
    private static final Pattern VACCINE_COMPLETE = Pattern.compile("按时|都打|打全|打齐|按计划|按规定|都按");

    private final Cues cues;
    private final OnsetParser onsets;

    /**
     * @param cues the cue table
     * @param onsets the duration parser
     */
    public HistoryExtractor(Cues cues, OnsetParser onsets) {
        this.cues = cues;
        this.onsets = onsets;
    }

    /**
     * Extracts the history, one entry per condition and polarity.
     *
     * @param d the dialogue
     * @return the entries
     */
    public List<Grounded<HistoryItem>> extract(Dialogue d) {
        Map<String, Grounded<HistoryItem>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            Turn q = d.question(t);
            if (q != null && cues.any(q.folded, 0, q.folded.length(), Type.OTHER_PERSON)) {
                continue; // 家里有人…吗？ 我有过敏性鼻炎: the answer is about a relative
            }
            boolean historyQuestion = q != null && (HISTORY_QUESTION.matcher(q.folded).find() || asksHistory(q));
            boolean explicit = false;
            for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE, Category.PROCEDURE, Category.VACCINE)) {
                Assertion a = t.assertion(m);
                if (!a.stated() || a.negation() == Assertion.Negation.POSSIBLE || !a.aboutPatient()) {
                    continue; // asked, supposed, hedged, or a relative's (我爸有冠心病 is the father's unless he is the patient)
                }
                boolean present = a.negation() == Assertion.Negation.AFFIRMED;
                Segment c = t.clauseAt(m.start());
                boolean past = cues.any(t.folded, 0, t.folded.length(), Type.PAST) || historyQuestion;
                String kindExtra = m.entry().extra();
                if (m.entry().category() == Category.DISEASE && kindExtra.equals("ACUTE") && !past) {
                    continue;
                }
                if (t.folded.substring(c.start(), c.end()).contains("过敏")
                        && !t.folded.substring(m.start(), m.end()).contains("过敏")
                        || vaccineName(t, m)) {
                    continue;
                }
                explicit = true;
                HistoryItem.Kind kind = switch (m.entry().category()) {
                    case PROCEDURE -> m.entry().standard().equals("输血") ? HistoryItem.Kind.TRANSFUSION : HistoryItem.Kind.SURGERY;
                    case VACCINE -> HistoryItem.Kind.VACCINATION;
                    default -> kindExtra.equals("INFECTIOUS") ? HistoryItem.Kind.INFECTIOUS : HistoryItem.Kind.DISEASE;
                };
                List<Evidence> ev = new ArrayList<>();
                ev.add(t.evidence(m.start(), m.end()));
                Onset duration = duration(t, c, ev);
                String note = "";
                if (kind == HistoryItem.Kind.VACCINATION && present) {
                    note = VACCINE_COMPLETE.matcher(t.folded).find() ? "按计划完成" : "";
                }
                put(out, new HistoryItem(m.entry().standard(), kind, duration, present, note), ev,
                        t.roleConfidence);
            }
            List<Cues.Hit> healthy = cues.find(t.folded, 0, t.folded.length(), Type.HEALTHY);
            if (!healthy.isEmpty()) {
                explicit = true;
                Cues.Hit h = healthy.get(0);
                put(out, new HistoryItem("既往体健", HistoryItem.Kind.GENERAL, Onset.UNKNOWN, true, ""),
                        List.of(t.evidence(h.start(), h.end())), t.roleConfidence);
            }
            if (!explicit && historyQuestion) {
                answer(q, t, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    private void answer(Turn q, Turn t, Map<String, Grounded<HistoryItem>> out) {
        Turn.Polarity polarity = t.polarity;
        double weight = 1;
        if (polarity == Turn.Polarity.NONE && !cues.any(t.folded, 0, t.folded.length(), Type.NEG_PRE)
                && VACCINE_COMPLETE.matcher(t.folded).find()) {
            polarity = Turn.Polarity.YES; // 疫苗打了吗？ 都按时打了
            weight = 0.8;
        }
        if (polarity != Turn.Polarity.NO && polarity != Turn.Polarity.YES) {
            return;
        }
        boolean present = polarity == Turn.Polarity.YES;
        List<TermMatcher.Match> asked = new ArrayList<>();
        for (TermMatcher.Match m : Dialogue.matches(q, Category.DISEASE, Category.PROCEDURE, Category.VACCINE)) {
            if ((q.isQuestionAt(m.start()) || q.isQuestion()) && !vaccineName(q, m)
                    && !cues.any(q.folded, q.clauseAt(m.start()).start(), q.clauseAt(m.start()).end(), Type.OTHER_PERSON)) {
                asked.add(m);
            }
        }
        if (present && asked.size() != 1) {
            return; // 有 to a list of diseases does not say which
        }
        double conf = Math.min(q.roleConfidence, t.roleConfidence) * weight;
        for (TermMatcher.Match m : asked) {
            List<Evidence> ev = new ArrayList<>(List.of(q.evidence(m.start(), m.end()), t.evidence()));
            HistoryItem.Kind kind = switch (m.entry().category()) {
                case PROCEDURE -> m.entry().standard().equals("输血") ? HistoryItem.Kind.TRANSFUSION : HistoryItem.Kind.SURGERY;
                case VACCINE -> HistoryItem.Kind.VACCINATION;
                default -> m.entry().extra().equals("INFECTIOUS") ? HistoryItem.Kind.INFECTIOUS : HistoryItem.Kind.DISEASE;
            };
            Onset duration = present ? duration(t, new Segment(0, t.folded.length()), ev) : Onset.UNKNOWN;
            String note = kind == HistoryItem.Kind.VACCINATION && present && VACCINE_COMPLETE.matcher(t.folded).find()
                    ? "按计划完成" : "";
            put(out, new HistoryItem(m.entry().standard(), kind, duration, present, note), ev, conf);
        }
        if (!present && asked.isEmpty()) {
            List<Cues.Hit> generic = cues.find(q.folded, 0, q.folded.length(), Type.HISTORY_GENERIC);
            List<Evidence> ev = List.of(q.evidence(), t.evidence());
            if (!generic.isEmpty()) {
                put(out, new HistoryItem("慢性病", HistoryItem.Kind.DISEASE, Onset.UNKNOWN, false, ""), ev, conf);
            } else if (SURGERY_QUESTION.matcher(q.folded).find()) {
                put(out, new HistoryItem("手术", HistoryItem.Kind.SURGERY, Onset.UNKNOWN, false, ""), ev, conf);
            }
        }
    }

    /** A question about a chronic or infectious disease, a surgery or vaccination is a history question. */
    private static boolean asksHistory(Turn q) {
        for (TermMatcher.Match m : Dialogue.matches(q, Category.DISEASE, Category.PROCEDURE, Category.VACCINE)) {
            if (q.isQuestionAt(m.start()) && (m.entry().category() != Category.DISEASE
                    || !m.entry().extra().equals("ACUTE"))) {
                return true;
            }
        }
        return false;
    }

    /** 水痘疫苗: the disease names the vaccine. */
    private static boolean vaccineName(Turn t, TermMatcher.Match m) {
        return m.entry().category() == Category.DISEASE && t.folded.startsWith("疫苗", m.end());
    }

    private Onset duration(Turn t, Segment c, List<Evidence> ev) {
        int ci = t.clauses.indexOf(c);
        int end = ci >= 0 && ci + 1 < t.clauses.size() ? t.clauses.get(ci + 1).end() : c.end();
        for (OnsetParser.Found f : onsets.find(t.folded, c.start(), end)) {
            if (!f.relative() || f.onset().normalized().endsWith("年")) {
                ev.add(t.evidence(f.start(), f.end()));
                return f.onset();
            }
        }
        return Onset.UNKNOWN;
    }

    private static void put(Map<String, Grounded<HistoryItem>> out, HistoryItem h, List<Evidence> ev, double conf) {
        String key = h.condition() + "|" + h.present();
        Grounded<HistoryItem> prev = out.get(key);
        if (prev == null) {
            out.put(key, new Grounded<>(h, ev, Origin.RULES, conf));
        } else if (!prev.value().duration().isKnown() && h.duration().isKnown()) {
            List<Evidence> merged = new ArrayList<>(prev.evidence());
            merged.addAll(ev);
            out.put(key, new Grounded<>(h, merged, Origin.RULES, conf));
        }
    }
}
