package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the doctor's advice clause by clause: follow-up (三天后复诊), lifestyle (多喝水，清淡饮食),
 * referral (去耳鼻喉科看一下), treatment other than medicine (做个雾化) and warning signs (如果高烧不退
 * 就来急诊). Clauses that prescribe a medicine or order a test are left to those extractors. The text
 * is the doctor's words with leading fillers removed, so it stays quotable. Thread-safe.
 */
public final class AdviceExtractor {
    private static final Pattern REFERRAL = Pattern.compile("(去|到|转|挂)(个|一下|我们|咱们)?[\\u4e00-\\u9fa5]{1,6}科");
    private static final Pattern LEADING = Pattern.compile("^(那|那你|你|您|就|回去|然后|平时|另外|还有|记得|要|我建议|建议你|建议|再|好|嗯|啊|哦|好的|这几天|"
            + "最近|先|所以|注意|一定要|一定)+");
    private static final Pattern TRAILING = Pattern.compile("(啊|哈|吧|哦|啦|呀|嗯|了)+$");
    private static final Pattern COME_BACK = Pattern.compile("来|医院|急诊|就诊|复诊|看");
    /** A question said without its question mark (精神饮食怎样, 输液用的什么药物): nothing to do. */
    private static final Pattern BARE_QUESTION = Pattern.compile(
            "((怎样|怎么样|如何|咋样|吗|么|呢)[啊呀呢吧哦]*|(?<!没)(什么|啥|多少|哪)[\\u4e00-\\u9fa5]{0,4})[。，,.\\s]*$");
    private static final Pattern DONT = Pattern.compile("别|不要|不用|不必");
    /** The doctor restates or explains why (也就是说…, …是由于…造成的, 可能是饮食不当): nothing to do. */
    private static final Pattern EXPLAINS = Pattern.compile("^(也就是说|就是说|说明)|引起|造成|导致|所致|由于|可能是|的原因");
    /** Words that make a clause something to do even where it explains (要注意饮食, 避免受凉). */
    private static final Pattern TO_DO = Pattern.compile("要|注意|避免|别|不要|应该|应当|建议|尽量|需要|可以|多喝|多吃|少吃|清淡|保暖");

    private final Cues cues;

    /**
     * @param cues the cue table
     */
    public AdviceExtractor(Cues cues) {
        this.cues = cues;
    }

    /**
     * Extracts the advice, in order; consecutive clauses of the same kind in one utterance become one item.
     *
     * @param d the dialogue
     * @return the advice
     */
    public List<Grounded<Advice>> extract(Dialogue d) {
        List<Grounded<Advice>> out = new ArrayList<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isDoctor()) {
                continue;
            }
            Advice.Kind open = null;
            int openStart = -1;
            int openEnd = -1;
            List<int[]> spans = new ArrayList<>();
            for (int c = 0; c < t.clauses.size(); c++) {
                Segment span = t.clauses.get(c);
                Advice.Kind k = kind(t, c);
                if (k == Advice.Kind.WARNING_SIGNS && c + 1 == t.clauses.size()
                        && !COME_BACK.matcher(t.folded.substring(span.start(), span.end())).find()) {
                    k = null; // a condition that says nothing to do is an explanation, not a warning sign
                }
                if (k == Advice.Kind.WARNING_SIGNS && c + 1 < t.clauses.size()) {
                    // 如果…，就来医院: the warning includes the clause that says what to do
                    Segment nextSpan = t.clauses.get(c + 1);
                    String next = t.folded.substring(nextSpan.start(), nextSpan.end());
                    if (COME_BACK.matcher(next).find() && Dialogue.matches(t, Category.DRUG, Category.DRUG_CLASS).stream()
                            .noneMatch(m -> m.start() >= span.start() && m.end() <= nextSpan.end())) {
                        flush(t, open, openStart, openEnd, out);
                        open = null;
                        add(t, Advice.Kind.WARNING_SIGNS, span.start(), nextSpan.end(), out);
                        c++;
                        continue;
                    }
                    k = null;
                }
                if (k == open && k != null) {
                    openEnd = span.end();
                    continue;
                }
                flush(t, open, openStart, openEnd, out);
                open = k;
                openStart = span.start();
                openEnd = span.end();
            }
            flush(t, open, openStart, openEnd, out);
        }
        return out;
    }

    private Advice.Kind kind(Turn t, int c) {
        Segment s = t.clauses.get(c);
        if (t.questionClause[c]) {
            return null;
        }
        boolean hasDrug = false;
        boolean hasExam = false;
        for (TermMatcher.Match m : t.terms) {
            if (m.start() >= s.start() && m.end() <= s.end()) {
                hasDrug |= m.entry().category() == Category.DRUG || m.entry().category() == Category.DRUG_CLASS;
                hasExam |= m.entry().category() == Category.EXAM;
            }
        }
        String clause = t.folded.substring(s.start(), s.end());
        if (BARE_QUESTION.matcher(clause).find() && !clause.endsWith("的话") && !DONT.matcher(clause).find()) {
            return null; // 精神饮食怎样: a question without its mark (not 别吃什么金双歧)
        }
        boolean toDo = TO_DO.matcher(clause).find();
        if (t.analysis().any(ai.domainassist.medical.rules.assertion.AssertionTriggers.Category.TEACHING, s.start(), s.end())
                && !(cues.any(t.folded, s.start(), s.end(), Type.LIFESTYLE) && toDo)) {
            return null; // 消化不良一般是…引起的, 一般是由于饮食不当造成的: the doctor explains, there is nothing to do
        }
        if (EXPLAINS.matcher(clause).find() && !toDo) {
            return null; // 也就是说输液以后咳嗽有缓解; 可能是饮食不当
        }
        if (cues.any(t.folded, s.start(), s.end(), Type.CONDITIONAL) && !hasDrug) {
            return Advice.Kind.WARNING_SIGNS;
        }
        if (hasDrug) {
            return null;
        }
        if (cues.any(t.folded, s.start(), s.end(), Type.FOLLOW_UP)) {
            return hasExam && !clause.contains("复诊") ? null : Advice.Kind.FOLLOW_UP;
        }
        if (hasExam) {
            return null;
        }
        if (REFERRAL.matcher(clause).find() || cues.any(t.folded, s.start(), s.end(), Type.REFERRAL)) {
            return Advice.Kind.REFERRAL;
        }
        if (cues.any(t.folded, s.start(), s.end(), Type.TREATMENT)) {
            return Advice.Kind.TREATMENT;
        }
        if (cues.any(t.folded, s.start(), s.end(), Type.LIFESTYLE)) {
            return Advice.Kind.LIFESTYLE;
        }
        return null;
    }

    private static void flush(Turn t, Advice.Kind k, int start, int end, List<Grounded<Advice>> out) {
        if (k != null) {
            add(t, k, start, end, out);
        }
    }

    private static void add(Turn t, Advice.Kind k, int start, int end, List<Grounded<Advice>> out) {
        String raw = t.text.substring(start, end);
        String text = TRAILING.matcher(LEADING.matcher(raw).replaceFirst("")).replaceFirst("").strip();
        if (text.isEmpty()) {
            return;
        }
        for (Grounded<Advice> g : out) {
            if (g.value().text().equals(text)) {
                return; // said twice: written once
            }
        }
        Evidence ev = t.evidence(start, end);
        out.add(new Grounded<>(new Advice(k, text), List.of(ev), Origin.RULES, t.roleConfidence));
    }
}
