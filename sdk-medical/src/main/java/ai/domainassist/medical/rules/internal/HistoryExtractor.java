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
            if (q != null && (cues.any(q.folded, 0, q.folded.length(), Type.OTHER_PERSON)
                    || cues.any(q.folded, 0, q.folded.length(), Type.FAMILY))) {
                continue; // 家里有人…吗？ 我有过敏性鼻炎; 家里的大人有没有呼吸道感染？ 没有: about the family
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
                if (cues.any(t.folded, c.start(), c.end(), Type.FAMILY)) {
                    continue; // 家人没有感冒, 家人有过感冒: the family's
                }
                if (m.entry().category() == Category.VACCINE) {
                    Boolean given = vaccineGiven(t, m);
                    if (given == null) {
                        continue; // 明天要打疫苗, 可以打预防针吗, 流脑疫苗和脊灰疫苗: no vaccination history
                    }
                    present = given;
                }
                String kindExtra = m.entry().extra();
                boolean acute = m.entry().category() == Category.DISEASE && kindExtra.equals("ACUTE");
                boolean past = (acute ? pastEpisode(t, 0, t.folded.length())
                        : cues.any(t.folded, 0, t.folded.length(), Type.PAST)) || historyQuestion;
                if (acute && !past) {
                    continue; // 之前有点感冒, 昨晚发现感冒的: this illness, not a past one
                }
                if (m.entry().category() != Category.VACCINE && asks(cues, t, m.start())
                        && !pastEpisode(t, c.start(), c.end())) {
                    continue; // 这个跟鼻炎有关系吗？ 会不会是哮喘？: the patient's side asks, it does not tell a history
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
            boolean vaccine = m.entry().category() == Category.VACCINE;
            Segment qc = q.clauseAt(m.start());
            if (vaccine && (!q.isQuestionAt(m.start()) || !cues.any(q.folded, qc.start(), qc.end(), Type.QUESTION)
                    || plan(q, m))) {
                continue; // 和接种疫苗没有关系了，有流鼻涕吗？; 明天打疫苗吗？: not asked whether it was given
            }
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

    /**
     * Whether the patient's side says a vaccine was given: {@code true} with a word of giving in its clause
     * (打了, 打完; in a question too: 前天打的预防针，可以…吗), {@code false} with one of not giving (还没有打,
     * 没打过), {@code null} when the clause plans (明天要打, 该打了), asks without saying it was given (可以打吗)
     * or only names it (rules/cues.tsv {@code VACCINE_*}).
     */
    private Boolean vaccineGiven(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        if (plan(t, m)) {
            return null;
        }
        boolean given = cues.any(t.folded, c.start(), c.end(), Type.VACCINE_GIVEN);
        if (asks(cues, t, m.start())) {
            return given ? Boolean.TRUE : null; // 前天打的预防针，可以喂妈咪爱吗: asked, but said as given
        }
        if (cues.any(t.folded, c.start(), c.end(), Type.VACCINE_NOT_GIVEN)) {
            return false;
        }
        return given ? Boolean.TRUE : null;
    }

    /**
     * Whether a span has a PAST cue that places a disease in an earlier episode (以前, 得过, 小时候), not only
     * in this illness's course (之前, 发现: rules/cues.tsv {@code PAST_COURSE}).
     */
    private boolean pastEpisode(Turn t, int from, int to) {
        for (Cues.Hit h : cues.find(t.folded, from, to, Type.PAST)) {
            String w = t.folded.substring(h.start(), h.end());
            if (!cues.any(w, 0, w.length(), Type.PAST_COURSE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause at a position asks (这个跟鼻炎有关系吗): a question clause with a question word of its own,
     * not a statement before a question in one sentence (医院说是支气管炎，现在吃什么药？).
     */
    static boolean asks(Cues cues, Turn t, int pos) {
        Segment c = t.clauseAt(pos);
        return t.isQuestionAt(pos) && cues.any(t.folded, c.start(), c.end(), Type.QUESTION);
    }

    private boolean plan(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        return cues.any(t.folded, c.start(), c.end(), Type.VACCINE_PLAN);
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
