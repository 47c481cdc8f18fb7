package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.PersonalHistoryItem.Kind;
import ai.domainassist.medical.model.PersonalHistoryItem.Status;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.PersonalWords.Hit;
import ai.domainassist.medical.rules.internal.PersonalWords.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The menstrual (月经史) and marital-obstetric (婚育史) parts of the personal history: the answer to
 * the doctor's question about them (月经规律吗？ 挺规律的，二十八天一次) or what the patient says unasked
 * (剖腹产过一次), written in record form where the words are recognised (周期28天, 孕2产1, 人工流产1次)
 * and as said otherwise. Used by {@link PersonalHistoryExtractor} for adults. Thread-safe.
 */
final class ReproductiveHistory {
    private static final String N = Numbers.NUMBER;
    private static final Pattern IRREGULAR = Pattern.compile("不规律|不准|乱了|很乱|不调|不正常");
    private static final Pattern REGULAR = Pattern.compile("规律|准|正常");
    private static final Pattern CYCLE_DAYS = Pattern.compile("(" + N + ")(?:[到至\\-~](" + N + "))?天(?:左右)?(?:来)?一次");
    private static final Pattern CYCLE_RANGE = Pattern.compile("(" + N + ")[到至\\-~](" + N + ")天");
    private static final Pattern CYCLE_MONTHS = Pattern.compile("(" + N + "|两|三|几)个?月(?:才)?(?:来)?一次");
    private static final Pattern PERIOD_DAYS = Pattern.compile("每次(" + N + ")天");
    private static final Pattern LAST = Pattern.compile("(?:上次|末次|最后一次)?(?:是)?(.{0,6}?(?:号|日|天前|周前|月前|个月前))");
    private static final Pattern UNMARRIED = Pattern.compile("没结婚|未婚|没有结婚|单身");
    private static final Pattern MARRIED = Pattern.compile("结婚了|已婚|结过婚");
    private static final Pattern PREGNANT = Pattern.compile("怀(?:过)?(?:孕)?(" + N + ")次");
    private static final Pattern BORN = Pattern.compile("(?:生过|生了|生育过?)(" + N + ")个|^(" + N + ")个");
    private static final Pattern TIMES = Pattern.compile("(" + N + ")次");

    private final PersonalWords words;

    ReproductiveHistory(PersonalWords words) {
        this.words = words;
    }

    /**
     * Adds the menstrual and obstetric entries one answer gives.
     *
     * @param t the patient-side turn
     * @param q the question it answers, or {@code null}
     * @param asked the topics the question asks about
     * @param out the entries so far, by kind
     */
    void extract(Turn t, Turn q, Set<PersonalWords.Kind> asked, Map<Kind, Grounded<PersonalHistoryItem>> out) {
        for (Kind kind : List.of(Kind.MENSTRUAL, Kind.OBSTETRIC)) {
            PersonalWords.Kind topic = kind == Kind.MENSTRUAL ? PersonalWords.Kind.MENSTRUAL : PersonalWords.Kind.OBSTETRIC;
            List<Segment> clauses = new ArrayList<>();
            boolean answer = asked.contains(topic);
            if (answer) {
                clauses.addAll(t.clauses);
            } else {
                for (Segment c : t.clauses) {
                    for (Hit h : t.personalWords(words, c.start(), c.end())) {
                        if (h.meaning().kind() == topic && h.meaning().scope() == Scope.ANYWHERE) {
                            clauses.add(c);
                            break;
                        }
                    }
                }
            }
            if (clauses.isEmpty()) {
                continue;
            }
            List<String> pieces = kind == Kind.MENSTRUAL ? menstrual(t, clauses) : obstetric(t, q, clauses);
            if (pieces.isEmpty()) {
                Segment c = clauses.get(0);
                pieces.add(t.text.substring(c.start(), c.end()).strip());
            }
            List<Evidence> ev = new ArrayList<>();
            if (answer && q != null) {
                ev.add(q.evidence());
            }
            for (Segment c : clauses) {
                ev.add(t.evidence(c.start(), c.end()));
            }
            Grounded<PersonalHistoryItem> prev = out.get(kind);
            Set<String> all = new LinkedHashSet<>();
            if (prev != null) {
                all.addAll(List.of(prev.value().detail().split("，")));
                ev.addAll(0, prev.evidence());
            }
            all.addAll(pieces);
            double conf = answer && q != null ? Math.min(q.roleConfidence, t.roleConfidence) : t.roleConfidence;
            out.put(kind, new Grounded<>(new PersonalHistoryItem(kind, Status.PRESENT, Onset.UNKNOWN, String.join("，", all)),
                    ev, Origin.RULES, conf));
        }
    }

    private static List<String> menstrual(Turn t, List<Segment> clauses) {
        List<String> out = new ArrayList<>();
        for (Segment c : clauses) {
            String s = t.folded.substring(c.start(), c.end());
            if (IRREGULAR.matcher(s).find()) {
                out.add("月经不规律");
            } else if (REGULAR.matcher(s).find()) {
                out.add("月经规律");
            }
            Matcher m = CYCLE_DAYS.matcher(s);
            Matcher mm = CYCLE_MONTHS.matcher(s);
            if (m.find()) {
                out.add("周期" + Numbers.count(m.group(1)) + (m.group(2) == null ? "" : "-" + Numbers.count(m.group(2))) + "天");
            } else if (mm.find()) {
                out.add("周期" + Numbers.count(mm.group(1)) + "个月");
            } else {
                Matcher r = CYCLE_RANGE.matcher(s);
                if (r.find() && !s.contains("前")) {
                    out.add("周期" + Numbers.count(r.group(1)) + "-" + Numbers.count(r.group(2)) + "天");
                }
            }
            Matcher p = PERIOD_DAYS.matcher(s);
            if (p.find()) {
                out.add("经期" + Numbers.count(p.group(1)) + "天");
            }
            if (s.contains("量") && (s.contains("多") || s.contains("少"))) {
                out.add(s.contains("少") ? "经量少" : "经量多");
            }
            Matcher l = LAST.matcher(s);
            if (l.find() && !s.contains("一次") && !s.contains("推迟") && !s.contains("延迟")) {
                out.add("末次月经" + t.text.substring(c.start() + l.start(1), c.start() + l.end(1)));
            }
        }
        return out;
    }

    private static List<String> obstetric(Turn t, Turn q, List<Segment> clauses) {
        List<String> out = new ArrayList<>();
        String question = q == null ? "" : q.folded;
        String pregnancies = "";
        String births = "";
        for (Segment c : clauses) {
            String s = t.folded.substring(c.start(), c.end());
            if (UNMARRIED.matcher(s).find()) {
                out.add("未婚");
            } else if (MARRIED.matcher(s).find() || c == clauses.get(0) && question.contains("结婚")
                    && t.polarity == Turn.Polarity.YES && !s.contains("没")) {
                out.add("已婚");
            }
            Matcher p = PREGNANT.matcher(s);
            if (p.find()) {
                pregnancies = Numbers.count(p.group(1));
            } else if (s.contains("没") && (s.contains("怀过孕") || s.contains("怀孕") || question.contains("怀过孕"))) {
                pregnancies = "0";
            }
            Matcher b = BORN.matcher(s);
            if (b.find() && (b.group(1) != null || question.contains("几个") || question.contains("生过"))) {
                births = Numbers.count(b.group(1) != null ? b.group(1) : b.group(2));
            }
            if (s.contains("顺产")) {
                out.add("顺产");
            }
            if (s.contains("剖腹产") || s.contains("剖宫产")) {
                out.add("剖宫产" + times(s) + "次");
            }
            if (s.contains("人流") || s.contains("流产")) {
                out.add("人工流产" + times(s) + "次");
            }
            if (s.contains("胎停")) {
                out.add("胎停育" + times(s) + "次");
            }
            if (s.contains("母乳")) {
                out.add("母乳喂养");
            }
        }
        int at = out.contains("已婚") || out.contains("未婚") ? 1 : 0; // marital status first, then pregnancies
        if (!pregnancies.isEmpty()) {
            out.add(Math.min(at, out.size()), "孕" + pregnancies + (births.isEmpty() ? "" : "产" + births));
        } else if (!births.isEmpty()) {
            out.add(Math.min(at, out.size()), "生育" + births + "胎");
        }
        return out;
    }

    /** 做过一次人流 -> 1; 人流 -> 1. */
    private static String times(String s) {
        Matcher m = TIMES.matcher(s);
        return m.find() ? Numbers.count(m.group(1)) : "1";
    }
}
