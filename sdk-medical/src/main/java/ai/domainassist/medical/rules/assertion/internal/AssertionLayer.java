package ai.domainassist.medical.rules.assertion.internal;

import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import ai.domainassist.medical.rules.assertion.AssertionTriggers.Category;
import ai.domainassist.medical.rules.assertion.AssertionTriggers.Direction;
import ai.domainassist.medical.rules.assertion.AssertionTriggers.Trigger;
import ai.domainassist.medical.rules.internal.PhraseTrie;
import ai.domainassist.medical.rules.internal.TermMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assertion layer between mention finding and the record: for every mention (a lexicon match in
 * an utterance) it decides negation, context (statement, question, condition, worry, teaching, text
 * addressing the record), experiencer and time, in the manner of ConText (Harkema et al., 2009) over
 * the clauses of {@link Segmenter}, from the triggers of {@link AssertionTriggers}. It also decides
 * once per consultation who the patient is ({@link #identify}). Extractors find mentions and ask the
 * layer; the model path's verifier asks the same layer whether a quote supports a claim.
 *
 * <p>Rules, within a clause: a forward trigger acts on the mentions after it until a terminating word
 * (negations and hedges also until an asserting word such as 有点); a backward negation acts on the
 * mention just before it when it ends the clause (发烧倒没有); a negation inside a gap match
 * (肚子不疼) or overlapping the start of the mention (没有痰, where the lexicon's 有痰 begins inside 没有)
 * negates it; triggers inside another term (吃不下饭) or covered by a pseudo-trigger (不知道) do not count.
 * In a question clause, what is asked (有痰吗？, 有没有发烧, 发不发烧) is a {@code QUESTION}; what the
 * question takes for granted (咳嗽几天了？) is {@code PRESUPPOSED}. Teaching words count in the doctor's
 * statements only. A relative is the patient when the consultation is about that relative. A resolution
 * (已经好了) ends the clause, or a short clause of its own right after the mention's.
 *
 * <p>Immutable and thread-safe; {@link Analysis} objects are per utterance and not shared across threads.
 */
public final class AssertionLayer {
    private static final String PARTICLES = "了过还也都有吧啊呀呢的么嘛哦哈呗没";
    private static final String LIST = "、和或及跟与以者是";
    private static final String POST_FILLERS = "的话呢倒也都就是其实我他她这个孩子宝宝嘛啊";
    private static final String BACKWARD_QUESTION = "吗么嘛否";
    private static final int RESOLVED_REACH = 8;
    /** A span of days (after 好了 the days since the recovery): 四天, 两三天, 一个星期, 半个月, 没几天, 十来天了. */
    private static final Pattern DAYS = Pattern.compile(
            "(?:没|才|有)?(?:[0-9]+|[零一二两三四五六七八九十几半]+)(?:来|多)?个?(?:多|半)?(?:天|日|周|星期|礼拜|月|年)(?:多|左右)?了?");
    private static final int HYPOTHETICAL_REACH = 6;
    private static final Set<String> PARENTS = Set.of("母亲", "父亲", "祖父", "祖母", "外祖父", "外祖母", "老人", "父母");

    private final PhraseTrie<List<Trigger>> trie = new PhraseTrie<>();
    private final Segmenter segmenter;

    /**
     * Builds the layer.
     *
     * @param triggers the trigger table
     */
    public AssertionLayer(AssertionTriggers triggers) {
        java.util.Map<String, List<Trigger>> byPhrase = new java.util.LinkedHashMap<>();
        Set<String> openers = new HashSet<>();
        Set<String> leaders = new HashSet<>();
        for (Trigger t : triggers.triggers()) {
            String p = TermMatcher.fold(t.phrase());
            byPhrase.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
            if (t.category() == Category.SPLIT) {
                openers.add(p);
            }
            if (t.direction() == Direction.FORWARD && EnumSet.of(Category.NEGATED, Category.POSSIBLE,
                    Category.HYPOTHETICAL, Category.WORRY, Category.QUESTION).contains(t.category())) {
                leaders.add(p);
            }
        }
        byPhrase.forEach((p, list) -> trie.add(p, List.copyOf(list)));
        trie.freeze();
        this.segmenter = new Segmenter(openers, leaders);
    }

    /** @return the segmenter built from the same table */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** A trigger found in an utterance, with every meaning its phrase has. */
    public record Hit(int start, int end, String phrase, List<Trigger> triggers) {
        boolean has(Category c) {
            for (Trigger t : triggers) {
                if (t.category() == c) {
                    return true;
                }
            }
            return false;
        }

        boolean has(Category c, Direction d) {
            for (Trigger t : triggers) {
                if (t.category() == c && t.direction() == d) {
                    return true;
                }
            }
            return false;
        }

        Trigger get(Category c) {
            for (Trigger t : triggers) {
                if (t.category() == c) {
                    return t;
                }
            }
            return null;
        }
    }

    /** One utterance as the layer sees it: its clauses, which are questions, its triggers and its terms. */
    public static final class Analysis {
        final String s;
        final List<Segment> clauses;
        final boolean[] question;
        final boolean doctor;
        final List<Hit> hits;
        final int[] termStart;
        final int[] termEnd;

        Analysis(String s, List<Segment> clauses, boolean[] question, boolean doctor, List<Hit> hits, int[] termStart,
                 int[] termEnd) {
            this.s = s;
            this.clauses = clauses;
            this.question = question;
            this.doctor = doctor;
            this.hits = hits;
            this.termStart = termStart;
            this.termEnd = termEnd;
        }

        /** @return the triggers of the utterance, in order */
        public List<Hit> hits() {
            return hits;
        }

        /**
         * Whether a category's trigger occurs in a span.
         *
         * @param c the category
         * @param from start
         * @param to end
         * @return {@code true} when one does
         */
        public boolean any(Category c, int from, int to) {
            for (Hit h : hits) {
                if (h.start() >= from && h.end() <= to && h.has(c)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first trigger of a category in a span.
         *
         * @param c the category
         * @param from start
         * @param to end
         * @return the hit, or {@code null}
         */
        public Hit first(Category c, int from, int to) {
            for (Hit h : hits) {
                if (h.start() >= from && h.end() <= to && h.has(c)) {
                    return h;
                }
            }
            return null;
        }
    }

    /**
     * Finds the triggers of an utterance once.
     *
     * @param folded the folded text
     * @param clauses its clauses (from {@link #segmenter()})
     * @param question which clauses are questions
     * @param doctor whether the doctor speaks
     * @param termStart the starts of the utterance's lexicon matches
     * @param termEnd their ends
     * @param gaps the gaps of gap matches (start, end pairs; a trigger in a gap is kept: 肚子不疼)
     * @return the analysis
     */
    public Analysis analyse(String folded, List<Segment> clauses, boolean[] question, boolean doctor, int[] termStart,
                            int[] termEnd, int[] gaps) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            PhraseTrie.Hit<List<Trigger>> h = trie.longestAt(folded, i, n);
            if (h == null) {
                i++;
                continue;
            }
            if (!insideTerm(h.start(), h.end(), termStart, termEnd) || insideGap(h.start(), h.end(), gaps)) {
                hits.add(new Hit(h.start(), h.end(), h.phrase(), h.payload()));
            }
            i = h.end();
        }
        return new Analysis(folded, clauses, question, doctor, hits, termStart, termEnd);
    }

    private static boolean insideGap(int start, int end, int[] gaps) {
        for (int k = 0; k + 1 < gaps.length; k += 2) {
            if (gaps[k] <= start && end <= gaps[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideTerm(int start, int end, int[] ts, int[] te) {
        for (int k = 0; k < ts.length; k++) {
            if (ts[k] <= start && end <= te[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Judges one mention.
     *
     * @param a the utterance's analysis
     * @param start the mention's start
     * @param end its end
     * @param gapStart where its gap begins ({@code == gapEnd} without one)
     * @param gapEnd where its gap ends
     * @param patient who the patient is
     * @return the assertion
     */
    public Assertion judge(Analysis a, int start, int end, int gapStart, int gapEnd, Patient patient) {
        int ci = Segmenter.indexOf(a.clauses, start);
        Segment clause = ci >= 0 ? a.clauses.get(ci) : new Segment(0, a.s.length());
        boolean questionClause = ci >= 0 && a.question[ci];
        Assertion.Negation negation = negation(a, clause, start, end, gapStart, gapEnd);
        Assertion.Context context = context(a, clause, questionClause, start, end, gapStart, gapEnd);
        Hit who = experiencer(a, clause, start);
        if (who == null && ci > 0 && bareClause(a, clause)) {
            Segment prev = a.clauses.get(ci - 1);
            who = experiencer(a, prev, prev.end());
        }
        Assertion.Experiencer experiencer = Assertion.Experiencer.PATIENT;
        String relative = "";
        if (who != null) {
            Trigger t = who.get(Category.RELATIVE);
            if (t != null) {
                boolean isPatient = patient.kind() == Patient.Kind.RELATIVE && patient.relative().equals(t.value());
                experiencer = isPatient ? Assertion.Experiencer.PATIENT : Assertion.Experiencer.RELATIVE;
                relative = isPatient ? "" : t.value();
            } else if (who.has(Category.SELF)) {
                experiencer = patient.speakerIsPatient() ? Assertion.Experiencer.PATIENT : Assertion.Experiencer.OTHER;
            } else {
                experiencer = Assertion.Experiencer.OTHER;
            }
        }
        Assertion.Temporality time = temporality(a, ci, clause, start, end);
        return new Assertion(negation, context, experiencer, time, relative);
    }

    private Assertion.Negation negation(Analysis a, Segment clause, int start, int end, int gapStart, int gapEnd) {
        if (gapEnd > gapStart) {
            for (Hit h : a.hits) {
                if (h.start() >= gapStart && h.end() <= gapEnd && h.has(Category.NEGATED)) {
                    return Assertion.Negation.NEGATED;
                }
            }
        }
        Hit last = null;
        for (Hit h : a.hits) {
            if (h.start() < clause.start() || h.start() >= start) {
                continue;
            }
            if (h.end() > start) {
                // 没有痰: the lexicon's 有痰 begins inside the negation
                if ("没不无未".indexOf(a.s.charAt(start)) >= 0) {
                    continue; // 还没精神, 也不想吃: the negative word is the complaint's own (没精神), not a denial of it
                }
                if (h.has(Category.NEGATED, Direction.FORWARD)) {
                    return Assertion.Negation.NEGATED;
                }
                continue;
            }
            if (aNotA(a.s, h)) {
                continue; // 发不发烧: a question, no denial
            }
            if (h.has(Category.NEGATED, Direction.FORWARD) || h.has(Category.POSSIBLE, Direction.FORWARD)) {
                last = h;
            } else if (last != null && (h.has(Category.TERMINATE) || h.has(Category.SPLIT)
                    || h.has(Category.TERMINATE_NEGATION) && last.has(Category.NEGATED, Direction.FORWARD))) {
                last = null;
            }
        }
        if (last != null) {
            return last.has(Category.NEGATED, Direction.FORWARD) ? Assertion.Negation.NEGATED : Assertion.Negation.POSSIBLE;
        }
        if (postNegated(a, end, clause.end())) {
            return Assertion.Negation.NEGATED;
        }
        for (Hit h : a.hits) {
            if (h.start() >= end && h.start() - end <= HYPOTHETICAL_REACH && h.end() <= clause.end()
                    && h.has(Category.POSSIBLE, Direction.BACKWARD) && noBreak(a, end, h.start())) {
                return Assertion.Negation.POSSIBLE; // 病毒感染的可能性大
            }
        }
        return Assertion.Negation.AFFIRMED;
    }

    /** 发烧倒没有 / 咳嗽没有了: a backward negation right after the mention, ending the clause. */
    private static boolean postNegated(Analysis a, int from, int clauseEnd) {
        Hit neg = hitAt(a, from); // 的可能性不大: a trigger that begins with a filler word
        if (neg == null || !neg.has(Category.NEGATED, Direction.BACKWARD)) {
            int i = from;
            while (i < clauseEnd && POST_FILLERS.indexOf(a.s.charAt(i)) >= 0) {
                i++;
            }
            neg = hitAt(a, i);
        }
        if (neg == null || !neg.has(Category.NEGATED, Direction.BACKWARD)) {
            return false;
        }
        int j = neg.end();
        while (j < clauseEnd && (PARTICLES.indexOf(a.s.charAt(j)) >= 0 || "什么怎么样".indexOf(a.s.charAt(j)) >= 0)) {
            j++;
        }
        return j >= clauseEnd;
    }

    private static Hit hitAt(Analysis a, int at) {
        for (Hit h : a.hits) {
            if (h.start() == at) {
                return h;
            }
            if (h.start() > at) {
                return null;
            }
        }
        return null;
    }

    private Assertion.Context context(Analysis a, Segment clause, boolean questionClause, int start, int end,
                                      int gapStart, int gapEnd) {
        boolean hypothetical = false;
        boolean worry = false;
        boolean teaching = false;
        boolean asked = false;
        if (a.doctor && !questionClause) {
            // the doctor's advice runs over commas: 如果出现精神差，尿少，或者发热，就要及时就医
            int from = sentenceStart(a.s, clause.start());
            int to = sentenceEnd(a.s, clause.end());
            for (Hit h : a.hits) {
                if (h.start() >= from && h.end() <= clause.start() && (h.has(Category.HYPOTHETICAL, Direction.FORWARD)
                        || h.has(Category.TEACHING, Direction.FORWARD))) {
                    hypothetical |= h.has(Category.HYPOTHETICAL, Direction.FORWARD);
                    teaching |= h.has(Category.TEACHING, Direction.FORWARD);
                } else if (h.start() >= end && h.end() <= to && h.has(Category.HYPOTHETICAL, Direction.BACKWARD)
                        && !sameTermBetween(a, start, end, h.start())) {
                    hypothetical = true; // not when the condition is about a later mention of the same term (…消化不良的话)
                }
            }
        }
        for (Hit h : a.hits) {
            if (h.start() < clause.start() || h.end() > clause.end()) {
                continue;
            }
            if (h.has(Category.INSTRUCTION)) {
                return Assertion.Context.INSTRUCTION;
            }
            if (h.start() >= gapStart && h.end() <= gapEnd && gapEnd > gapStart) {
                asked |= h.has(Category.QUESTION); // 眼前有没有闪光: the question sits in the gap of the match
            } else if (h.end() <= start) {
                if (h.has(Category.TERMINATE) || h.has(Category.SPLIT)) {
                    teaching = false;
                    asked = false;
                }
                hypothetical |= h.has(Category.HYPOTHETICAL, Direction.FORWARD);
                worry |= h.has(Category.WORRY, Direction.FORWARD);
                teaching |= h.has(Category.TEACHING, Direction.FORWARD);
                asked |= h.has(Category.QUESTION, Direction.FORWARD);
            } else if (h.start() >= end && h.start() - end <= HYPOTHETICAL_REACH
                    && h.has(Category.HYPOTHETICAL, Direction.BACKWARD) && noBreak(a, end, h.start())) {
                hypothetical = true; // 发烧的话…
            }
        }
        if (hypothetical || alternative(a, clause, start)) {
            return Assertion.Context.HYPOTHETICAL;
        }
        if (worry) {
            // the doctor's 是不是有点咳嗽？ asks; the patient's 会不会是肺炎 worries
            return questionClause && a.doctor ? Assertion.Context.QUESTION : Assertion.Context.WORRY;
        }
        if (questionClause) {
            if (asked || askedAtEnd(a, clause, end) || aNotA(a, start, end)
                    || a.doctor && bareClause(a, afterSubject(a.s, clause)) && !asksWhat(a.s, clause)) {
                // 有发烧，呕吐吗？ / 发烧，流鼻涕，拉肚子不: a bare term listed in the doctor's yes-no question is asked
                return Assertion.Context.QUESTION;
            }
            int next = nextTerm(a, end, clause.end());
            if (next >= 0 && next - end <= 2 && !a.any(Category.QUESTION, end, a.termStart[nextIndex(a, next)])
                    && !askedAtEnd(a, clause, termEndingFrom(a, next)) && !a.s.startsWith("有", next)) {
                // 咳嗽打喷嚏腿疼加重吗？ : 咳嗽 is when the leg pain worsens, not what the question takes for granted
                return Assertion.Context.HYPOTHETICAL;
            }
            return Assertion.Context.PRESUPPOSED;
        }
        if (teaching && a.doctor) {
            return Assertion.Context.TEACHING;
        }
        return Assertion.Context.FACT;
    }

    /** 主要是消化不良的表现，消化不良的话可能…: the same term said again between the mention and a backward trigger. */
    private static boolean sameTermBetween(Analysis a, int start, int end, int trigger) {
        String term = a.s.substring(start, end);
        for (int i = 0; i < a.termStart.length; i++) {
            if (a.termStart[i] >= end && a.termEnd[i] <= trigger && a.s.startsWith(term, a.termStart[i])
                    && a.termEnd[i] - a.termStart[i] == term.length()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] SUBJECT_WORDS = {"宝宝", "宝贝", "孩子", "小孩", "小朋友", "最近", "现在", "目前", "今天",
        "这几天", "这两天", "还", "也", "有"};

    /** 宝贝最近发烧 -> 发烧: the clause without the patient and the time said before what is asked. */
    private static Segment afterSubject(String s, Segment clause) {
        int i = clause.start();
        boolean more = true;
        while (more) {
            more = false;
            for (String w : SUBJECT_WORDS) {
                if (s.startsWith(w, i) && i + w.length() < clause.end()) {
                    i += w.length();
                    more = true;
                }
            }
        }
        return new Segment(i, clause.end());
    }

    private static final String[] WH = {"几", "多久", "多长", "多少", "多大", "多高", "什么", "怎么", "怎样", "哪", "为何", "为啥"};

    /** Whether the sentence of a clause asks a wh-question (发烧，咳嗽，几天了？ takes the list for granted). */
    private static boolean asksWhat(String s, Segment clause) {
        String sentence = s.substring(sentenceStart(s, clause.start()), sentenceEnd(s, clause.end()));
        for (String w : WH) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 看是病毒感染还是细菌感染: one of two alternatives is no statement. */
    private static boolean alternative(Analysis a, Segment clause, int start) {
        int alt = a.s.indexOf("还是", clause.start());
        if (alt < 0 || alt >= clause.end()) {
            return false;
        }
        int is = a.s.lastIndexOf('是', alt - 1);
        return is >= clause.start() && alt - is <= 16 && start > is && start <= alt + 3;
    }

    private static final String SENTENCE_END = "。！？!?；;\n";

    private static int sentenceStart(String s, int at) {
        int i = at;
        while (i > 0 && SENTENCE_END.indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String s, int at) {
        int i = at;
        while (i < s.length() && SENTENCE_END.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static boolean noBreak(Analysis a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Segmenter.isBreak(a.s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 有痰吗 / 发烧了没 / 咳嗽、发烧？ : after the mention only particles, list words and other mentions up to
     * the question particle or the clause's end.
     */
    private static boolean askedAtEnd(Analysis a, Segment clause, int end) {
        int i = end;
        boolean marker = clause.end() < a.s.length() && (a.s.charAt(clause.end()) == '?' || a.s.charAt(clause.end()) == '？');
        int other = 0;
        while (i < clause.end()) {
            char c = a.s.charAt(i);
            int te = termEndingFrom(a, i);
            if (te > i) {
                i = te;
            } else if (BACKWARD_QUESTION.indexOf(c) >= 0 || c == '不' || c == '没') {
                marker = true;
                i++;
            } else if (PARTICLES.indexOf(c) >= 0 || LIST.indexOf(c) >= 0) {
                i++;
            } else if (tailWord(a.s, i) > 0) {
                i += tailWord(a.s, i); // 有坠胀感吗, 有咳嗽的情况吗
            } else if (++other <= 2 && i > end && (LIST.indexOf(a.s.charAt(i - 1)) >= 0 || other == 2)) {
                i++; // 有血或者脓吗: a word the lexicon does not know, listed with the mention
            } else {
                return false;
            }
        }
        return marker;
    }

    private static final String[] TAILS = {"情况", "现象", "症状", "表现", "感觉", "问题", "什么的", "之类", "感", "症"};

    private static int tailWord(String s, int at) {
        for (String w : TAILS) {
            if (s.startsWith(w, at)) {
                return w.length();
            }
        }
        return 0;
    }

    /** The start of the first mention in {@code [from, to)}, or -1. */
    private static int nextTerm(Analysis a, int from, int to) {
        int best = -1;
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] >= from && a.termStart[k] < to && (best < 0 || a.termStart[k] < best)) {
                best = a.termStart[k];
            }
        }
        return best;
    }

    private static int nextIndex(Analysis a, int start) {
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] == start) {
                return k;
            }
        }
        return -1;
    }

    private static int termEndingFrom(Analysis a, int at) {
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] == at) {
                return a.termEnd[k];
            }
        }
        return -1;
    }

    /** 发不发烧: the 不 or 没 of an A-not-A question. */
    private static boolean aNotA(String s, Hit h) {
        return h.end() - h.start() == 1 && h.start() > 0 && h.end() < s.length() && s.charAt(h.start() - 1) == s.charAt(h.end())
                && (s.charAt(h.start()) == '不' || s.charAt(h.start()) == '没');
    }

    /** 发不发烧 / 烧不烧 / 疼不疼: an A-not-A question on the mention. */
    private static boolean aNotA(Analysis a, int start, int end) {
        String s = a.s;
        if (start >= 2 && (s.charAt(start - 1) == '不' || s.charAt(start - 1) == '没') && s.charAt(start - 2) == s.charAt(start)) {
            return true;
        }
        if (end + 1 < s.length() && (s.charAt(end) == '不' || s.charAt(end) == '没')) {
            char next = s.charAt(end + 1);
            return next == s.charAt(end - 1) || next == s.charAt(start);
        }
        return false;
    }

    /** The experiencer trigger governing a position: the nearest before it in the clause, else the nearest after. */
    private static Hit experiencer(Analysis a, Segment clause, int at) {
        Hit before = null;
        Hit after = null;
        for (Hit h : a.hits) {
            if (h.start() < clause.start() || h.end() > clause.end()) {
                continue;
            }
            boolean relative = h.has(Category.RELATIVE) || h.has(Category.OTHER);
            boolean self = h.has(Category.SELF);
            boolean child = h.has(Category.CHILD);
            if (!relative && !self && !child || (relative || child) && reports(a.s, h.end())) {
                continue; // 家里人说嘴有点歪: who tells it, not whose it is
            }
            if (h.end() <= at) {
                if (self && !relative && !child) {
                    String reach = h.get(Category.SELF).value();
                    if (reach.isEmpty() || at - h.end() <= Integer.parseInt(reach)) {
                        before = h;
                    }
                } else {
                    before = h;
                }
            } else if (after == null && h.start() >= at && relative) {
                after = h;
            }
        }
        Hit who = before != null ? before : after;
        if (who == null || who.has(Category.CHILD) && !who.has(Category.RELATIVE) && !who.has(Category.OTHER)) {
            return null; // 孩子 / 宝宝: the child patient (or, for an adult patient, still the one spoken of)
        }
        if (!who.has(Category.SELF) && reportedSpeech(a, clause)) {
            return null; // 同事说我脸色不好: about the patient
        }
        return who;
    }

    private static boolean reports(String s, int at) {
        int i = at;
        while (i < s.length() && "也都就还".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.startsWith("说", i) || s.startsWith("讲", i) || s.startsWith("发现", i) || s.startsWith("觉得", i)
                || s.startsWith("看到", i) || s.startsWith("告诉", i);
    }

    private static boolean reportedSpeech(Analysis a, Segment clause) {
        String c = a.s.substring(clause.start(), clause.end());
        return c.contains("说我") || c.contains("说孩子") || c.contains("说宝宝");
    }

    /** A clause that is only a mention and particles (我妈有高血压，糖尿病): it takes the previous clause's subject. */
    private static boolean bareClause(Analysis a, Segment clause) {
        return onlyMentions(a, clause.start(), clause.end(), false);
    }

    private Assertion.Temporality temporality(Analysis a, int ci, Segment clause, int start, int end) {
        boolean historical = false;
        for (Hit h : a.hits) {
            if (h.start() < clause.start() || h.end() > clause.end()) {
                continue;
            }
            if (h.end() <= start) {
                if (h.has(Category.TERMINATE) || h.has(Category.SPLIT)) {
                    historical = false;
                }
                if (h.has(Category.HISTORICAL, Direction.FORWARD) && !afterDuration(a.s, h.start())) {
                    historical = true;
                }
                if (h.has(Category.RESOLVED, Direction.FORWARD)) {
                    return Assertion.Temporality.RESOLVED;
                }
            } else if (h.start() >= end && h.has(Category.RESOLVED, Direction.BACKWARD)
                    && h.start() - end <= RESOLVED_REACH && endsClause(a, sinceRecovery(a.s, h.end(), clause.end()), clause.end())
                    && !otherTermBetween(a, end, h.start())) {
                return Assertion.Temporality.RESOLVED; // 胃痛已经好了
            }
        }
        if (ci >= 0 && ci + 1 < a.clauses.size()) {
            Segment next = a.clauses.get(ci + 1);
            if (next.end() - next.start() <= RESOLVED_REACH && !otherTermBetween(a, next.start(), next.end())
                    && (!lastMentionBefore(a, clause, end) || onlyMentionsFrom(a, end, clause.end()))) {
                for (Hit h : a.hits) {
                    if (h.start() >= next.start() && h.end() <= next.end() && h.has(Category.RESOLVED, Direction.BACKWARD)
                            && endsClause(a, sinceRecovery(a.s, h.end(), next.end()), next.end())) {
                        return Assertion.Temporality.RESOLVED; // 前几天发烧，现在好了
                    }
                }
            }
        }
        return historical ? Assertion.Temporality.HISTORICAL : Assertion.Temporality.CURRENT;
    }

    /**
     * Whether {@code [from, to)} holds only mentions, particles, list words and a span of days: the mention
     * before it opens a list (发烧拉肚子，刚好了 and 咳嗽发烧三天了，现在好了 resolve both), not a clause
     * that goes on about something else.
     */
    private static boolean onlyMentionsFrom(Analysis a, int from, int to) {
        return onlyMentions(a, from, to, true);
    }

    /** Whether {@code [from, to)} holds only mentions, particles, list words and, where allowed, spans of days. */
    private static boolean onlyMentions(Analysis a, int from, int to, boolean days) {
        int i = from;
        while (i < to) {
            int te = termEndingFrom(a, i);
            int d = days ? sinceRecovery(a.s, i, to) : i;
            if (te > i) {
                i = te;
            } else if (d > i) {
                i = d;
            } else if (PARTICLES.indexOf(a.s.charAt(i)) >= 0 || LIST.indexOf(a.s.charAt(i)) >= 0) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether another mention follows this one in its clause (the resolution of the next clause is then the last one's). */
    private static boolean lastMentionBefore(Analysis a, Segment clause, int end) {
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] >= end && a.termEnd[k] <= clause.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words after a resolution end when they only count the days since it (刚好了四天, 好了一个星期,
     * 好了没几天): the trigger then still ends its clause.
     */
    static int sinceRecovery(String s, int from, int to) {
        Matcher m = DAYS.matcher(s);
        m.region(from, to);
        return m.lookingAt() ? m.end() : from;
    }

    /** 三天之前: a duration before 之前/以前 dates the onset, it is no earlier illness. */
    private static boolean afterDuration(String s, int at) {
        int i = at - 1;
        while (i >= 0 && "天周月年个小时多半几".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i < at - 1 && i >= 0 && (Character.isDigit(s.charAt(i)) || "一二两三四五六七八九十几".indexOf(s.charAt(i)) >= 0);
    }

    private static boolean endsClause(Analysis a, int from, int clauseEnd) {
        for (int i = from; i < clauseEnd; i++) {
            if (PARTICLES.indexOf(a.s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean otherTermBetween(Analysis a, int from, int to) {
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] >= from && a.termEnd[k] <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides who the patient of a consultation is: in the first turn on the patient's side that reports a
     * symptom, the first clause that names a symptom or disease decides by its subject (孩子/宝宝 a child, 我妈/我爸 that relative, 我 the speaker);
     * without one, a child when the patient's side or the doctor speaks of a child or a relative speaks
     * (a FAMILY label), else the speaker.
     *
     * @param complaints the patient's side turns that report symptoms, in order (not answers to questions
     *                   about the family)
     * @param patientSide the analyses of the patient's side, in order
     * @param doctorSide the analyses of the doctor's turns
     * @param familySpeaker whether a relative is labelled as speaking (家属, 妈妈)
     * @return the patient
     */
    public Patient identify(List<Analysis> complaints, List<Analysis> patientSide, List<Analysis> doctorSide,
                            boolean familySpeaker) {
        search:
        for (Analysis a : complaints) {
            for (Segment c : a.clauses) {
                if (!hasTerm(a, c)) {
                    continue;
                }
                boolean self = false;
                for (Hit h : a.hits) {
                    if (h.start() < c.start() || h.end() > c.end()) {
                        continue;
                    }
                    if (h.has(Category.CHILD)) {
                        return Patient.CHILD;
                    }
                    Trigger r = h.get(Category.RELATIVE);
                    if (r != null && PARENTS.contains(r.value()) && !a.s.startsWith("也", h.end())
                            && !a.s.startsWith("都", h.end())) {
                        return new Patient(Patient.Kind.RELATIVE, r.value()); // 我妈也咳嗽: someone besides the patient
                    }
                    self |= h.has(Category.SELF);
                }
                if (self) {
                    return familySpeaker ? Patient.CHILD : Patient.SPEAKER;
                }
                break search;
            }
        }
        return familySpeaker || childMentioned(patientSide, doctorSide) ? Patient.CHILD : Patient.SPEAKER;
    }

    private static boolean childMentioned(List<Analysis> patientSide, List<Analysis> doctorSide) {
        for (Analysis a : patientSide) {
            for (Hit h : a.hits) {
                if (h.has(Category.CHILD)) {
                    return true;
                }
            }
        }
        int doctor = 0;
        for (Analysis a : doctorSide) {
            for (Hit h : a.hits) {
                if (h.has(Category.CHILD)) {
                    doctor++;
                }
            }
        }
        return doctor >= 2;
    }

    private static boolean hasTerm(Analysis a, Segment c) {
        for (int k = 0; k < a.termStart.length; k++) {
            if (a.termStart[k] >= c.start() && a.termStart[k] < c.end()) {
                return true;
            }
        }
        return false;
    }
}
