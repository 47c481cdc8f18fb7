package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.PersonalHistoryItem.Kind;
import ai.domainassist.medical.model.PersonalHistoryItem.Status;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import ai.domainassist.medical.rules.internal.PersonalWords.Hit;
import ai.domainassist.medical.rules.internal.PersonalWords.Scope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal history (个人史) in what the patient side says ({@code rules/personal-history.tsv}):
 * <ul>
 *   <li>smoking and drinking, asked (抽烟喝酒吗？ 烟不抽，啤酒喝了十几年了，一天一两瓶) or said unasked
 *       (昨晚喝了酒): present, denied (都不沾, 酒基本不喝) or given up (戒了三年了), with how long and how
 *       much; the answer's clauses are given to the habit they name, a clause naming none to the one
 *       before it, an answer naming none to every habit asked;</li>
 *   <li>the occupation, as answered to 做什么工作 or said unasked (我是老师, 做销售的);</li>
 *   <li>exposures (粉尘, 化学物质, 放射性物质, 禽类, 疫区旅居), and their denial;</li>
 *   <li>menstrual and obstetric history ({@link ReproductiveHistory}), not for a child.</li>
 * </ul>
 * One entry per kind. Thread-safe.
 */
public final class PersonalHistoryExtractor {
    private static final Pattern AMOUNT = Pattern.compile("(一天|每天|一日|每日|一晚上|一晚|每晚|晚上|一周|每周|一个星期|一个礼拜|一礼拜)"
            + "(?:差不多|大概|大约|能|要|得|就|抽|喝|抽个|喝个)*(" + Numbers.NUMBER + "(?:[到至\\-~]?" + Numbers.NUMBER
            + ")?|半|好几|十几|几)\\s*(?:个)?(包|支|根|两|斤|瓶|杯|听|罐|次|口)(?:多)?");
    private static final Pattern LIQUOR = Pattern.compile("白酒|啤酒|红酒|黄酒|米酒");
    private static final Pattern OCCUPATION_LEAD = Pattern.compile("^(?:我|就|现在|目前)*(?:是|做|当|干|搞|在)");
    private static final Pattern TRIM_LEAD = Pattern.compile("^(?:嗯|我|就|现在|目前|以前)*(?:是|做|当|干|搞)?");
    private static final Pattern TRIM_TAIL = Pattern.compile("(?:的|了|呢|啊|吧|呀)+$");

    private final Cues cues;
    private final OnsetParser onsets;
    private final PersonalWords words = PersonalWords.shipped();
    private final ReproductiveHistory reproductive;

    /**
     * @param cues the cue table (negation)
     * @param onsets the duration parser
     */
    public PersonalHistoryExtractor(Cues cues, OnsetParser onsets) {
        this.cues = cues;
        this.onsets = onsets;
        this.reproductive = new ReproductiveHistory(words);
    }

    /**
     * Extracts the personal history.
     *
     * @param d the dialogue
     * @return one entry per kind found, in the order of {@link Kind}
     */
    public List<Grounded<PersonalHistoryItem>> extract(Dialogue d) {
        Map<Kind, Grounded<PersonalHistoryItem>> out = new EnumMap<>(Kind.class);
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            Turn q = d.question(t);
            Set<PersonalWords.Kind> asked = q == null ? Set.of() : asked(q);
            habits(t, q, asked, out);
            if (!d.isChild()) {
                occupation(t, q, asked, out);
            }
            exposure(t, q, asked, out);
            if (!d.isChild()) {
                reproductive.extract(t, q, asked, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The topics a doctor's question asks about (words in its question clauses). */
    private Set<PersonalWords.Kind> asked(Turn q) {
        Set<PersonalWords.Kind> out = EnumSet.noneOf(PersonalWords.Kind.class);
        for (int c = 0; c < q.clauses.size(); c++) {
            if (!q.questionClause[c]) {
                continue;
            }
            Segment s = q.clauses.get(c);
            for (Hit h : q.personalWords(words, s.start(), s.end())) {
                if (h.meaning().scope() != Scope.ANSWER) {
                    out.add(h.meaning().kind());
                }
            }
        }
        return out;
    }

    private void habits(Turn t, Turn q, Set<PersonalWords.Kind> asked, Map<Kind, Grounded<PersonalHistoryItem>> out) {
        Set<PersonalWords.Kind> askedHabits = EnumSet.noneOf(PersonalWords.Kind.class);
        for (PersonalWords.Kind k : List.of(PersonalWords.Kind.SMOKING, PersonalWords.Kind.DRINKING)) {
            if (asked.contains(k)) {
                askedHabits.add(k);
            }
        }
        Map<PersonalWords.Kind, List<Segment>> byHabit = new EnumMap<>(PersonalWords.Kind.class);
        Set<PersonalWords.Kind> previous = askedHabits;
        for (Segment c : t.clauses) {
            Set<PersonalWords.Kind> named = EnumSet.noneOf(PersonalWords.Kind.class);
            for (Hit h : t.personalWords(words, c.start(), c.end())) {
                PersonalWords.Kind k = h.meaning().kind();
                if ((k == PersonalWords.Kind.SMOKING || k == PersonalWords.Kind.DRINKING)
                        && (h.meaning().scope() == Scope.ANYWHERE || askedHabits.contains(k))) {
                    named.add(k);
                }
            }
            Set<PersonalWords.Kind> topics = named.isEmpty() ? previous : named;
            for (PersonalWords.Kind k : topics) {
                byHabit.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
            previous = askedHabits.isEmpty() ? Set.of() : topics; // unasked: only the clauses that name it
        }
        for (Map.Entry<PersonalWords.Kind, List<Segment>> e : byHabit.entrySet()) {
            Kind kind = e.getKey() == PersonalWords.Kind.SMOKING ? Kind.SMOKING : Kind.DRINKING;
            Grounded<PersonalHistoryItem> prev = out.get(kind);
            if (prev == null || prev.value().detail().isEmpty() && !prev.value().duration().isKnown()) {
                habit(t, q, kind, askedHabits.contains(e.getKey()), e.getValue(), out);
                Grounded<PersonalHistoryItem> now = out.get(kind);
                if (prev != null && (now.value().status() != prev.value().status()
                        || now.value().detail().isEmpty() && !now.value().duration().isKnown())) {
                    out.put(kind, prev); // a later answer replaces a bare one only to say more of the same
                }
            }
        }
    }

    private void habit(Turn t, Turn q, Kind kind, boolean asked, List<Segment> clauses,
                       Map<Kind, Grounded<PersonalHistoryItem>> out) {
        boolean former = false;
        boolean named = false;
        for (Segment c : clauses) {
            for (Hit h : t.personalWords(words, c.start(), c.end())) {
                former |= h.meaning().kind() == PersonalWords.Kind.FORMER;
                named |= h.meaning().kind() == (kind == Kind.SMOKING ? PersonalWords.Kind.SMOKING : PersonalWords.Kind.DRINKING);
            }
        }
        boolean negated = negated(t, clauses.get(0), kind);
        Onset duration = Onset.UNKNOWN;
        String quitAgo = "";
        String amount = "";
        String liquor = "";
        boolean occasional = false;
        boolean often = false;
        for (Segment c : clauses) {
            String clause = t.folded.substring(c.start(), c.end());
            boolean quitClause = clause.contains("戒");
            for (OnsetParser.Found f : onsets.find(t.folded, c.start(), c.end())) {
                String n = f.onset().normalized();
                if (!(n.endsWith("年") || n.endsWith("月") || n.endsWith("年余") || n.endsWith("月余"))) {
                    continue; // 一天一包: a rate, not how long
                }
                if (quitClause) {
                    quitAgo = quitAgo.isEmpty() ? n : quitAgo;
                } else if (!f.relative() && !duration.isKnown()) {
                    duration = f.onset();
                }
            }
            Matcher m = AMOUNT.matcher(clause);
            if (amount.isEmpty() && m.find()) {
                String per = m.group(1).contains("周") || m.group(1).contains("星期") || m.group(1).contains("礼拜") ? "每周"
                        : m.group(1).contains("晚") ? "每晚" : "每日";
                amount = per + Numbers.count(m.group(2)) + m.group(3);
            }
            Matcher l = LIQUOR.matcher(clause);
            if (liquor.isEmpty() && l.find()) {
                liquor = l.group();
            }
            occasional |= clause.contains("偶尔");
            often |= clause.contains("经常") || clause.contains("天天");
        }
        boolean informative = named || t.polarity == Turn.Polarity.YES || duration.isKnown() || !amount.isEmpty();
        Status status = former ? Status.FORMER : occasional ? Status.PRESENT : negated ? Status.DENIED
                : informative && (asked || named) ? Status.PRESENT : null;
        if (status == null) {
            return;
        }
        if (status == Status.DENIED) {
            duration = Onset.UNKNOWN;
        }
        List<String> detail = new ArrayList<>();
        if (status != Status.DENIED) {
            if (occasional || often) {
                detail.add(occasional ? "偶尔" : "经常");
            }
            if (!amount.isEmpty()) {
                // 每日白酒半斤; a count of times keeps the drink apart: 每周2-3次，啤酒
                detail.add(liquor.isEmpty() || amount.endsWith("次") ? amount
                        : amount.replaceFirst("^(每日|每晚|每周)", "$1" + liquor));
            }
            if (!liquor.isEmpty() && (amount.isEmpty() || amount.endsWith("次"))) {
                detail.add(liquor);
            }
            if (status == Status.FORMER) {
                detail.add(quitAgo.isEmpty() ? "已戒" : "已戒" + quitAgo);
            }
        }
        List<Evidence> ev = new ArrayList<>();
        if (asked && q != null) {
            ev.add(q.evidence());
        }
        for (Segment c : clauses) {
            ev.add(t.evidence(c.start(), c.end()));
        }
        out.put(kind, new Grounded<>(new PersonalHistoryItem(kind, status, duration, String.join("，", detail)), ev,
                Origin.RULES, confidence(t, q, asked)));
    }

    /**
     * The habit is denied when a negation stands right before its word (不抽, 酒基本不喝, 从来没喝过) or,
     * in a clause that names no habit, opens it (都不沾, 没有); a negation elsewhere (睡不着就喝两口) is not.
     */
    private boolean negated(Turn t, Segment c, Kind kind) {
        PersonalWords.Kind topic = kind == Kind.SMOKING ? PersonalWords.Kind.SMOKING : PersonalWords.Kind.DRINKING;
        List<Cues.Hit> negations = cues.find(t.folded, c.start(), c.end(), Type.NEG_PRE);
        boolean named = false;
        for (Hit h : t.personalWords(words, c.start(), c.end())) {
            if (h.meaning().kind() == topic) {
                named = true;
                for (Cues.Hit n : negations) {
                    if (n.end() <= h.start() && h.start() - n.end() <= 1) {
                        return true; // 不抽, 烟不抽
                    }
                }
            }
        }
        if (named) {
            return false;
        }
        int at = c.start();
        while (at < c.end() && "都也我就从来".indexOf(t.folded.charAt(at)) >= 0) {
            at++;
        }
        return cues.startingAt(t.folded, at, Type.NEG_PRE) != null || cues.startingAt(t.folded, at, Type.ANSWER_NO) != null;
    }

    private void occupation(Turn t, Turn q, Set<PersonalWords.Kind> asked, Map<Kind, Grounded<PersonalHistoryItem>> out) {
        if (out.containsKey(Kind.OCCUPATION) || t.clauses.isEmpty()) {
            return;
        }
        if (asked.contains(PersonalWords.Kind.OCCUPATION_QUESTION)) {
            Segment c = t.clauses.get(0);
            String job = clean(t.folded.substring(c.start(), c.end()));
            if (!job.isEmpty() && t.polarity != Turn.Polarity.NO) {
                out.put(Kind.OCCUPATION, new Grounded<>(new PersonalHistoryItem(Kind.OCCUPATION, Status.PRESENT, Onset.UNKNOWN,
                        job), List.of(q.evidence(), t.evidence(c.start(), c.end())), Origin.RULES, confidence(t, q, true)));
            }
            return;
        }
        for (Segment c : t.clauses) {
            String clause = t.folded.substring(c.start(), c.end());
            boolean job = t.personalWords(words, c.start(), c.end()).stream()
                    .anyMatch(h -> h.meaning().kind() == PersonalWords.Kind.OCCUPATION);
            if (job && clause.length() <= 12 && OCCUPATION_LEAD.matcher(clause).find()
                    && !cues.any(t.folded, c.start(), c.end(), Type.NEG_PRE)) {
                out.put(Kind.OCCUPATION, new Grounded<>(new PersonalHistoryItem(Kind.OCCUPATION, Status.PRESENT, Onset.UNKNOWN,
                        clean(clause)), List.of(t.evidence(c.start(), c.end())), Origin.RULES, t.roleConfidence * 0.9));
                return;
            }
        }
    }

    /** 我是中学老师 -> 中学老师; 搞装修的 -> 装修. */
    private static String clean(String clause) {
        String s = TRIM_LEAD.matcher(clause.strip()).replaceFirst("");
        return TRIM_TAIL.matcher(s).replaceFirst("").strip();
    }

    private void exposure(Turn t, Turn q, Set<PersonalWords.Kind> asked, Map<Kind, Grounded<PersonalHistoryItem>> out) {
        Set<String> present = new LinkedHashSet<>();
        List<Evidence> ev = new ArrayList<>();
        for (Segment c : t.clauses) {
            for (Hit h : t.personalWords(words, c.start(), c.end())) {
                if (h.meaning().kind() == PersonalWords.Kind.EXPOSURE
                        && !cues.any(t.folded, c.start(), h.start(), Type.NEG_PRE)) {
                    present.add(h.meaning().value());
                    ev.add(t.evidence(h.start(), h.end()));
                }
            }
        }
        Grounded<PersonalHistoryItem> prev = out.get(Kind.EXPOSURE);
        if (!present.isEmpty()) {
            Set<String> all = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            if (prev != null && prev.value().status() == Status.PRESENT) {
                all.addAll(List.of(prev.value().detail().split("、")));
                evidence.addAll(prev.evidence());
            }
            all.addAll(present);
            evidence.addAll(ev);
            out.put(Kind.EXPOSURE, new Grounded<>(new PersonalHistoryItem(Kind.EXPOSURE, Status.PRESENT, Onset.UNKNOWN,
                    String.join("、", all)), evidence, Origin.RULES, t.roleConfidence));
        } else if (prev == null && asked.contains(PersonalWords.Kind.EXPOSURE) && t.polarity == Turn.Polarity.NO) {
            Set<String> denied = new LinkedHashSet<>();
            for (Hit h : q.personalWords(words, 0, q.folded.length())) {
                if (h.meaning().kind() == PersonalWords.Kind.EXPOSURE) {
                    denied.add(h.meaning().value());
                }
            }
            out.put(Kind.EXPOSURE, new Grounded<>(new PersonalHistoryItem(Kind.EXPOSURE, Status.DENIED, Onset.UNKNOWN,
                    String.join("、", denied)), List.of(q.evidence(), t.evidence()), Origin.RULES, confidence(t, q, true)));
        }
    }

    private static double confidence(Turn t, Turn q, boolean asked) {
        return asked && q != null ? Math.min(q.roleConfidence, t.roleConfidence) : t.roleConfidence;
    }
}
