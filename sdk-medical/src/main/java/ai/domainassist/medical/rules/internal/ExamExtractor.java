package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Examination;
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
 * Finds tests and imaging: done, with the result as said (血常规出来了，白细胞有点高; 上个月做过胃镜，说是
 * 浅表性胃炎), or ordered now by the doctor (先去查个血常规). Thread-safe.
 */
public final class ExamExtractor {
    private static final Pattern LEADING = Pattern.compile("^(的|结果|出来了|报告|显示|提示|说|是|看了|我看|做了|查了|拍了|验了|"
            + "做过|查过|拍过|验过|呢|啊|嗯|了|，|,|：|:|\\s)+");
    private static final Pattern NOT_DONE = Pattern.compile("没做|没查|没拍|没验|还没|没有做|没有查|没去");

    private final Cues cues;

    /**
     * @param cues the cue table
     */
    public ExamExtractor(Cues cues) {
        this.cues = cues;
    }

    /**
     * Extracts the tests, one per name and status.
     *
     * @param d the dialogue
     * @return the tests
     */
    public List<Grounded<Examination>> extract(Dialogue d) {
        Map<String, Grounded<Examination>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept) {
                continue;
            }
            List<TermMatcher.Match> exams = Dialogue.matches(t, Category.EXAM);
            for (int i = 0; i < exams.size(); i++) {
                TermMatcher.Match m = exams.get(i);
                int next = i + 1 < exams.size() ? exams.get(i + 1).start() : t.folded.length();
                Segment c = t.clauseAt(m.start());
                String clause = t.folded.substring(c.start(), c.end());
                if (NOT_DONE.matcher(clause).find()) {
                    continue;
                }
                if (t.isDoctor()) {
                    if (t.isQuestionAt(m.start())) {
                        Turn a = d.answer(t);
                        if (a != null && a.kept && (a.polarity == Turn.Polarity.YES || cues.any(a.folded, 0, a.folded.length(), Type.RESULT))
                                && a.polarity != Turn.Polarity.NO && !NOT_DONE.matcher(a.folded).find()) {
                            String result = clean(a.text, 0, a.text.length());
                            put(out, new Examination(m.entry().standard(), result, Examination.Status.DONE),
                                    List.of(t.evidence(m.start(), m.end()), a.evidence()), a.roleConfidence);
                        }
                        continue;
                    }
                    boolean result = cues.any(t.folded, m.end(), Math.min(next, sentenceEnd(t.folded, m.end())), Type.RESULT)
                            && !ordered(t, m, c, next);
                    if (result) {
                        String r = clean(t.text, m.end(), resultEnd(t, m.end(), next));
                        put(out, new Examination(m.entry().standard(), r, Examination.Status.DONE),
                                List.of(t.evidence(m.start(), resultEnd(t, m.end(), next))), t.roleConfidence);
                    } else {
                        put(out, new Examination(m.entry().standard(), "", Examination.Status.ORDERED),
                                List.of(t.evidence(m.start(), m.end())), t.roleConfidence);
                    }
                } else if (t.isPatientSide()) {
                    Turn q = d.question(t);
                    boolean told = cues.any(t.folded, 0, t.folded.length(), Type.RESULT)
                            || q != null && q.folded.contains("检查");
                    if (!told || t.isQuestionAt(m.start()) && !cues.any(t.folded, 0, m.start(), Type.RESULT)) {
                        continue;
                    }
                    int end = resultEnd(t, m.end(), next);
                    put(out, new Examination(m.entry().standard(), clean(t.text, m.end(), end), Examination.Status.DONE),
                            List.of(t.evidence(m.start(), Math.max(m.end(), end))), t.roleConfidence);
                }
            }
        }
        // 先测个甲流抗原 … 甲流抗原结果出来了: ordered and then done in the same visit is one test, done
        List<Grounded<Examination>> list = new ArrayList<>();
        for (Grounded<Examination> g : out.values()) {
            Grounded<Examination> done = out.get(g.value().name() + "|" + Examination.Status.DONE);
            if (g.value().status() == Examination.Status.ORDERED && done != null && index(done) >= index(g)) {
                continue;
            }
            list.add(g);
        }
        return list;
    }

    /**
     * The doctor orders the test rather than tells its result: an order word before it in its clause (查个血常规), a word
     * of advice before it in the sentence (最好行胸片检查, 建议化验血常规和CRP), what it is for after it (检查了解一下肺部情况, 大便常规是必须要查的), or a result supposed
     * (如果血象增高).
     */
    private boolean ordered(Turn t, TermMatcher.Match m, Segment c, int next) {
        int from = m.start();
        while (from > 0 && "。！？!?；;\n".indexOf(t.folded.charAt(from - 1)) < 0) {
            from--;
        }
        return cues.any(t.folded, c.start(), m.start(), Type.ORDER) || cues.any(t.folded, from, m.start(), Type.ADVISE)
                || cues.any(t.folded, m.end(), Math.min(next, Math.max(m.end(), c.end())), Type.PURPOSE)
                || t.assertion(m).context() == Assertion.Context.HYPOTHETICAL;
    }

    private static int index(Grounded<Examination> g) {
        return Integer.parseInt(g.evidence().get(0).sourceId().substring(1));
    }

    private static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if ("。！？!?；;\n".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private int resultEnd(Turn t, int from, int next) {
        int end = Math.min(next, t.folded.length());
        for (Segment c : t.clauses) {
            if (c.start() >= from && c.start() < end && (cues.any(t.folded, c.start(), c.end(), Type.PRESCRIBE)
                    && !cues.any(t.folded, c.start(), c.end(), Type.RESULT) || cues.any(t.folded, c.start(), c.end(), Type.DIAGNOSIS)
                    || cues.any(t.folded, c.start(), c.end(), Type.FOLLOW_UP))) {
                end = c.start();
                break;
            }
        }
        while (end > from && "，。,.；;！!？? ".indexOf(t.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static String clean(String text, int from, int to) {
        if (to <= from) {
            return "";
        }
        String r = LEADING.matcher(text.substring(from, to)).replaceFirst("");
        return r.replaceAll("[。，,；;\\s]+$", "").strip();
    }

    private static void put(Map<String, Grounded<Examination>> out, Examination e, List<Evidence> ev, double conf) {
        String key = e.name() + "|" + e.status();
        Grounded<Examination> prev = out.get(key);
        if (prev == null || prev.value().result().isEmpty() && !e.result().isEmpty()) {
            out.put(key, new Grounded<>(e, ev, Origin.RULES, conf));
        }
    }
}
