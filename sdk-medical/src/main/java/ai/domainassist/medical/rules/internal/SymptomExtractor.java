package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.assertion.internal.Segmenter;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the patient's symptoms with status, attribution and attributes.
 * <ul>
 *   <li>Patient-side utterances: every symptom term, judged by the assertion layer (present,
 *       absent, uncertain; conditions and worries skipped), stated by the patient, or an answer to
 *       the doctor when the doctor had asked about it.</li>
 *   <li>A doctor's question followed by a short answer: the asked symptoms take the answer's
 *       polarity (有没有发烧？ 没有 -> 发热 absent), unless the answer names them itself or the patient
 *       had already reported them.</li>
 *   <li>Durations (三天, 半个多月, 昨晚开始) attach to the symptoms of their clause, else of the
 *       neighbouring clause, else answer the doctor's 多久了 about the symptoms just reported.</li>
 *   <li>Severity, site and frequency come from cue words and the site lexicon around the term.</li>
 * </ul>
 * Symptoms of the doctor's own statements are not taken (they are examination findings or
 * explanations). Thread-safe.
 */
public final class SymptomExtractor {
    /** A clause that opens with the start of the complaint: 半夜开始…, 回来就开始…, 后来就…. */
    private static final Pattern STARTS_NEXT = Pattern.compile("^\\s*(?:从)?(?:半夜|夜里|后半夜|凌晨|晚上|早上|回来|回家|到家|后来|然后|接着)?(?:就)?开始");
    private static final Pattern NOW_OVER = Pattern.compile("^\\s*(?:现在|目前|这会儿|今天)[^，。]*了");
    private static final Pattern EARLIER_IN_ILLNESS = Pattern.compile("前几天|前两天|刚开始|开始那|头两天|头几天|前天|昨天");
    /** Days said after the symptom in its own clause (发烧三天了, 烧了两天): it lasted them, in this illness. */
    private static final Pattern DAYS_OF_IT = Pattern.compile("(?:[0-9]+|[一二两三四五六七八九十几]+)(?:来|多)?个?(?:天|日|晚)");
    private static final Pattern EARLIER_WEEKS = Pattern.compile("上周|上礼拜|上个礼拜|上个星期|上星期|上个月|前段时间|前阵子|[两三四]周前|半个月前");
    private static final Pattern OVER = Pattern.compile("(?<![没不还])好了(?![点些一])|已经好|都好了|痊愈");
    private static final Pattern EPISODE = Pattern.compile("每次|每回|一次|发作");
    private static final Pattern ONSET_WORDS = Pattern.compile("开始|起|犯|出现|发作|以来|就这样|的时候|疼|痛|难受|厉害");
    private static final Pattern TIMES = Pattern.compile("(一天|每天|一日|每日|一晚上?|晚上|一上午|一周|每周|一个小时)"
            + "(?:大概|能|要|得|都|拉|吐|咳|尿|解)?(" + Numbers.NUMBER + "(?:[到至\\-~]?" + Numbers.NUMBER + ")?|好几|十几|几)\\s*(次|回|趟)");
    private static final Pattern RESOLVED = Pattern.compile("(已经|现在|今天|这两天|后来|之后|然后|昨天就|就)[^，。]*了$");

    private final Cues cues;
    private final Lexicons lexicons;
    private final OnsetParser onsets;
    private final AskedSymptoms questions = new AskedSymptoms();

    /**
     * @param cues the cue table
     * @param lexicons the matchers
     * @param onsets the duration parser
     */
    public SymptomExtractor(Cues cues, Lexicons lexicons, OnsetParser onsets) {
        this.cues = cues;
        this.lexicons = lexicons;
        this.onsets = onsets;
    }


    /**
     * Extracts the symptoms.
     *
     * @param d the dialogue
     * @return the symptoms in order of first mention; one entry per term and status
     */
    public List<Grounded<Symptom>> extract(Dialogue d) {
        List<SymptomMention> all = new ArrayList<>();
        Set<String> established = new HashSet<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            Turn q = d.question(t);
            List<TermMatcher.Match> asked = q == null ? List.of() : questions.asked(q, all);
            Set<String> askedTerms = new HashSet<>();
            for (TermMatcher.Match m : asked) {
                askedTerms.addAll(m.entry().standards());
            }
            List<SymptomMention> mine = new ArrayList<>();
            List<TermMatcher.Match> symptomMatches = Dialogue.matches(t, Category.SYMPTOM);
            boolean smokingAsked = q != null && asksAboutSmoking(q);
            for (TermMatcher.Match m : symptomMatches) {
                if (inAllergyClause(t, m) || shadowedSingleChar(t, m, symptomMatches)
                        || smokingVerb(t, m, smokingAsked) || overBefore(t, m)) {
                    continue;
                }
                Assertion a = t.assertion(m);
                boolean over = a.temporality() == Assertion.Temporality.RESOLVED;
                boolean overInIllness = over && earlierInIllness(t, m);
                boolean stoppedAfterSaid = over && !overInIllness && stoppedCue(t, m)
                        && m.entry().standards().stream().anyMatch(term -> established.contains(term)
                                || mine.stream().anyMatch(y -> y.term.equals(term) && y.status == SymptomStatus.PRESENT));
                boolean why = a.context() == Assertion.Context.QUESTION && a.negation() == Assertion.Negation.AFFIRMED
                        && WHY.matcher(t.folded.substring(sentenceStart(t.folded, m.start()), m.start())).find();
                if (!(a.stated() || why) || !a.aboutPatient() || a.temporality() == Assertion.Temporality.HISTORICAL
                        || over && !overInIllness && !stoppedAfterSaid) {
                    continue; // asked, supposed, feared; someone else's; before this illness; over (胃痛已经好了)
                }
                for (String term : m.entry().standards()) {
                    if (a.negation() == Assertion.Negation.NEGATED && generalOfSubtype(term, m.entry().standards())) {
                        continue; // 咳嗽三天，没有干咳: only the subtype is denied
                    }
                    SymptomMention x = new SymptomMention();
                    x.term = term;
                    x.said = t.text.substring(m.start(), m.end());
                    x.status = stoppedAfterSaid ? SymptomStatus.ABSENT : status(a);
                    x.stopped = stoppedAfterSaid || overInIllness; // 烧退了 after 发烧两天; 前几天发烧，现在好了
                    if (x.status == SymptomStatus.ABSENT && hadEarlier(t, m)) {
                        x.status = SymptomStatus.PRESENT; // 前几天有点，现在不烧了: it was part of this illness, over now
                        x.stopped = true;
                    }
                    x.attribution = askedTerms.contains(term) ? Attribution.ANSWER_TO_DOCTOR : Attribution.STATED_BY_PATIENT;
                    x.turn = t;
                    x.start = m.start();
                    x.end = m.end();
                    x.confidence = t.roleConfidence;
                    x.evidence.add(t.evidence(m.start(), m.end()));
                    attributes(t, m, x);
                    if (x.status == SymptomStatus.ABSENT && established.contains(term) && askedTerms.contains(term)
                            && q != null && stillAsked(q, term)) {
                        x.stopped = true; // 现在还烧吗？ 不烧了: had, over now (resolve)
                    }
                    if (x.status == SymptomStatus.ABSENT && (resolved(t, m) || stoppedCue(t, m)) && (established.contains(term)
                            || mine.stream().anyMatch(y -> y.term.equals(term) && y.status == SymptomStatus.PRESENT))) {
                        x.stopped = true; // 发烧两天，现在不烧了; 昨天吐了两次，今天没吐: had, over now (resolve)
                    }
                    x.explicit = true;
                    mine.add(x);
                }
            }
            boolean answeredExplicitly = mine.stream().anyMatch(x -> askedTerms.contains(x.term));
            if (q != null && asked.isEmpty() && mine.isEmpty() && t.polarity == Turn.Polarity.NO) {
                // 有发热呕吐吗？ 有没有化验轮状病毒？ 没有: the bare 没有 also denies the earlier question's symptoms
                for (Turn earlier : d.earlierQuestions(t)) {
                    answered(earlier, questions.asked(earlier, List.of()), t, SymptomStatus.ABSENT,
                            Math.min(earlier.roleConfidence, t.roleConfidence), established, mine, all);
                }
            }
            if (q != null && answeredExplicitly && asked.size() >= 2 && !questions.isDurationQuestion(q)
                    && (t.polarity == Turn.Polarity.NO || NONE_OF_THE_REST.matcher(t.folded).find())) {
                // 咳嗽有没有痰？气喘吗？ 暂时没有，咳得次数少: the leading 没有 denies what the rest does not speak of
                List<TermMatcher.Match> rest = new ArrayList<>(asked);
                rest.removeIf(m -> mine.stream().anyMatch(x -> m.entry().standards().contains(x.term)));
                answered(q, rest, t, SymptomStatus.ABSENT, Math.min(q.roleConfidence, t.roleConfidence), established, mine, all);
            }
            if (q != null && answeredExplicitly && t.polarity == Turn.Polarity.YES && AskedSymptoms.oneQuestion(q)
                    && !questions.isDurationQuestion(q)) {
                // 咳嗽有痰吗？ 有，咳不出: in A有B吗 the leading yes answers B, though the answer names A (not a list: 反酸烧心有没有)
                TermMatcher.Match focus = asked.get(asked.size() - 1);
                boolean namedBefore = mine.stream().anyMatch(x -> x.explicit && askedTerms.contains(x.term)
                        && asked.stream().anyMatch(m -> m.start() < focus.start() && m.entry().standards().contains(x.term)));
                boolean hasForm = focus.start() > 0 && (q.folded.charAt(focus.start() - 1) == '有' || q.folded.startsWith("有", focus.start()));
                if (namedBefore && hasForm && mine.stream().noneMatch(x -> focus.entry().standards().contains(x.term))) {
                    answered(q, List.of(focus), t, SymptomStatus.PRESENT, Math.min(q.roleConfidence, t.roleConfidence),
                            established, mine, all);
                }
            }
            if (q != null && !asked.isEmpty() && !answeredExplicitly && !questions.isDurationQuestion(q)) {
                SymptomStatus st = null;
                boolean presume = false;
                double conf = Math.min(q.roleConfidence, t.roleConfidence);
                boolean negatedAsk = q.assertion(asked.get(0)).negation() == Assertion.Negation.NEGATED;
                switch (Dialogue.polarityFor(q, asked.get(0), t, cues)) {
                    // 没有发烧吧？ 嗯 / 对: the yes confirms the denial; 有 says it is there
                    case YES -> st = negatedAsk && !t.folded.strip().startsWith("有") ? SymptomStatus.ABSENT : SymptomStatus.PRESENT;
                    case NO -> st = SymptomStatus.ABSENT;
                    case UNSURE -> st = SymptomStatus.UNCERTAIN;
                    default -> {
                        boolean fever = asked.stream().anyMatch(m -> m.entry().standards().contains("发热"));
                        if (mine.isEmpty() && (fever && NORMAL_TEMPERATURE.matcher(t.folded).find()
                                || cues.any(t.folded, 0, t.folded.length(), Type.ANSWER_NORMAL)
                                        && !cues.any(t.folded, 0, t.folded.length(), Type.NEG_PRE))) {
                            st = SymptomStatus.ABSENT; // 发烧吗？ 37度; 有没有拉肚子？ 大便正常
                        } else if (mine.isEmpty() && AskedSymptoms.oneQuestion(q) && !cues.any(t.folded, 0, t.folded.length(), Type.NEG_PRE)
                                && !NORMAL_TEMPERATURE.matcher(t.folded).find() && saysHowOrWhen(t)) { // 有没有发烧？ 36.8度: no yes
                            st = SymptomStatus.PRESENT;
                            conf *= 0.7;
                            presume = true;
                        }
                    }
                }
                if (st != null) {
                    int before = mine.size();
                    answered(q, asked, t, st, conf, established, mine, all);
                    for (int i = before; i < mine.size(); i++) {
                        mine.get(i).presumed = presume;
                    }
                }
                if (st == SymptomStatus.ABSENT) {
                    for (Turn earlier : d.earlierQuestions(t)) { // 有咳嗽吗？ 发烧吗？ 没有: both denied
                        List<TermMatcher.Match> more = questions.asked(earlier, List.of());
                        more.removeIf(m -> mine.stream().anyMatch(x -> m.entry().standards().contains(x.term)));
                        answered(earlier, more, t, st, conf, established, mine, all);
                    }
                }
            }
            if (q != null) {
                presupposed(q, t, all, mine);
                degreeQuestions(q, t, all, mine);
            }
            assignOnsets(t, mine);
            if (q != null && questions.isDurationQuestion(q)) {
                answerDuration(t, q, all, mine);
            }
            for (SymptomMention x : mine) {
                if (x.status == SymptomStatus.PRESENT) {
                    established.add(x.term);
                }
            }
            all.addAll(mine);
        }
        doctorStatements(d, all);
        reportedSigns(d, all);
        resolve(all);
        return merge(all);
    }

    /** Subtype -> the general symptom the lexicon writes beside it ({@code rules/subtypes.tsv}). */
    private static final Map<String, String> SUBTYPES = new java.util.HashMap<>();

    static {
        for (ai.domainassist.medical.internal.DataFile.Row r : ai.domainassist.medical.internal.DataFile.resource("rules/subtypes.tsv")) {
            SUBTYPES.put(r.col(0), r.col(1));
        }
    }

    /**
     * @param a a symptom term
     * @param b another
     * @return whether one is the general symptom of the other ({@code rules/subtypes.tsv}: 咳嗽 and 干咳)
     */
    static boolean subtypeAndGeneral(String a, String b) {
        return a.equals(SUBTYPES.get(b)) || b.equals(SUBTYPES.get(a));
    }

    /** Whether {@code term} is the general symptom of another of the entry's terms (咳嗽 beside 干咳). */
    private static boolean generalOfSubtype(String term, List<String> standards) {
        for (String s : standards) {
            if (term.equals(SUBTYPES.get(s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An answer with neither yes nor no that still speaks of the asked symptom: it says when or how long (两天, 昨晚),
     * how much or how often (一天三次, 有时候, 厉害), or a temperature. An answer about something else (吃饭挺好的,
     * 那怎么办呢, 您好) says nothing of it.
     */
    private boolean saysHowOrWhen(Turn t) {
        String s = t.folded;
        if (!t.onsets(onsets).isEmpty() || TIMES.matcher(s).find() || TEMPERATURE.matcher(s).find()
                || cues.any(s, 0, s.length(), Type.FREQUENCY) || cues.any(s, 0, s.length(), Type.VAGUE_TIME)) {
            return true;
        }
        for (Cues.Hit h : cues.find(s, 0, s.length(), Type.SEVERITY)) {
            if (s.indexOf('好', h.end()) < 0 || s.indexOf('好', h.end()) > h.end() + 1) {
                return true; // 挺厉害, 有点; not 挺好的 (about something else)
            }
        }
        return false;
    }

    private static final Pattern TEMPERATURE = Pattern.compile("3[5-9](?:\\.[0-9])?\\s*(?:度|℃)|3[7-9]\\.[0-9]|4[01](?:\\.[0-9])?\\s*度");

    /** A normal body temperature (35.5-37.2; 36, 37 度), which answers a fever question with no. */
    private static final java.util.regex.Pattern NORMAL_TEMPERATURE = java.util.regex.Pattern.compile(
            "(?<![0-9.])(?:36(?:\\.[0-9])?|35\\.[5-9]|37(?:\\.[0-2])?)(?![0-9.])");

    /** 别的症状都没有 / 其他都没有: none of what was asked besides what the answer names. */
    private static final java.util.regex.Pattern NONE_OF_THE_REST = java.util.regex.Pattern.compile(
            "(?:别的|其他|其它|其余)(?:的)?(?:症状|情况)?(?:都|也)?(?:没有|没|无)");

    private static final java.util.regex.Pattern PATIENT_SUBJECT = java.util.regex.Pattern.compile(
            "孩子|宝宝|宝贝|小孩|患儿|小朋友|大便|便便|粑粑|嗓子|喉咙|咽部|看到|看了|图片|照片|目前|现在|根据|描述|分析|看来");

    /**
     * 黄绿色稀便。 / 呼吸急促，…: a doctor's sentence (up to its first comma) that is the term and at most as many
     * characters again: he describes what he sees or was told, as a record would.
     */
    private static boolean fragment(Turn t, TermMatcher.Match m) {
        int from = sentenceStart(t.folded, m.start());
        int to = m.end();
        while (to < t.folded.length() && "。！？!?；;，,\n".indexOf(t.folded.charAt(to)) < 0) {
            to++;
        }
        int len = to - from;
        return len <= 8 && (m.end() - m.start()) * 2 >= len && !t.isQuestionAt(m.start())
                && (to == t.folded.length() || "？?".indexOf(t.folded.charAt(to)) < 0); // 呼吸急促吗？ asks
    }

    /** 为什么吃完奶就咳嗽？: the patient's side asks why, so the symptom is there. */
    private static final Pattern WHY = Pattern.compile("为什么|为啥|怎么会|怎么老|怎么总|咋");

    private static int sentenceStart(String s, int at) {
        int i = at;
        while (i > 0 && "。！？!?；;\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /**
     * 这个孩子大便比较稀，大便中有粘液 / 宝宝偶有咳嗽，喉中有痰: what the doctor states about the patient as an
     * affirmed fact (not a question, condition, worry or teaching; now, not before this illness) is a present
     * symptom, unless the patient's side spoke of it — in a sentence that names the patient, the stool or the
     * throat, or what the doctor sees or is current ({@code PATIENT_SUBJECT}), or a sentence that is the term and
     * little else (黄色稀便。): without that, the doctor's general
     * talk (胸痛超过二十分钟不缓解马上打120) would count.
     */
    private static void doctorStatements(Dialogue d, List<SymptomMention> all) {
        Set<String> known = new HashSet<>();
        for (SymptomMention x : all) {
            known.add(x.term);
        }
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isDoctor()) {
                continue;
            }
            for (TermMatcher.Match m : Dialogue.matches(t, Category.SYMPTOM)) {
                Assertion a = t.assertion(m);
                if (!a.stated() || !a.aboutPatient() || a.temporality() != Assertion.Temporality.CURRENT
                        || a.negation() != Assertion.Negation.AFFIRMED) {
                    continue; // the doctor's denials were tried: on CMDD train half of them were wrong
                }
                String before = t.folded.substring(sentenceStart(t.folded, m.start()), m.start());
                if (!PATIENT_SUBJECT.matcher(before).find() && !fragment(t, m)) {
                    continue;
                }
                for (String term : m.entry().standards()) {
                    if (!known.add(term)) {
                        continue;
                    }
                    all.add(matched(t, m, term, SymptomStatus.PRESENT, Attribution.STATED_BY_DOCTOR));
                }
            }
        }
    }

    /**
     * 医生说嗓子有点红 / 扁桃体不大: a sign the patient's side reports about the patient now (what an earlier doctor
     * found, or what the parents see) is history told by the patient, so it is a symptom stated by the patient,
     * present or denied — never a finding of this visit's examination (体格检查 is the doctor's). Not when the
     * patient's side already spoke of the term, nor when the doctor's words name the sign (his finding stands).
     */
    private static void reportedSigns(Dialogue d, List<SymptomMention> all) {
        Set<String> known = new HashSet<>();
        for (SymptomMention x : all) {
            known.add(x.term + "|" + x.status);
        }
        Set<String> doctors = new HashSet<>();
        for (Turn t : d.turns()) {
            if (t.kept && t.isDoctor()) {
                for (TermMatcher.Match m : Dialogue.matches(t, Category.SIGN)) {
                    doctors.addAll(m.entry().standards());
                }
            }
        }
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            for (TermMatcher.Match m : Dialogue.matches(t, Category.SIGN)) {
                if (m.entry().standards().stream().anyMatch(doctors::contains)) {
                    continue; // the doctor examines it here (按这里疼吗？ 疼 … 右下腹压痛): the finding says it
                }
                Assertion a = t.assertion(m);
                if (!a.stated() || !a.aboutPatient() || a.negation() == Assertion.Negation.POSSIBLE
                        || a.temporality() != Assertion.Temporality.CURRENT) {
                    continue;
                }
                SymptomStatus st = a.negation() == Assertion.Negation.NEGATED ? SymptomStatus.ABSENT : SymptomStatus.PRESENT;
                for (String term : m.entry().standards()) {
                    if (!known.add(term + "|" + st)) {
                        continue;
                    }
                    all.add(matched(t, m, term, st, Attribution.STATED_BY_PATIENT));
                }
            }
        }
    }

    /** A mention of {@code term} where {@code m} matched in {@code t}, with the turn's role confidence. */
    private static SymptomMention matched(Turn t, TermMatcher.Match m, String term, SymptomStatus st, Attribution by) {
        SymptomMention x = new SymptomMention();
        x.term = term;
        x.said = t.text.substring(m.start(), m.end());
        x.status = st;
        x.attribution = by;
        x.turn = t;
        x.start = m.start();
        x.end = m.end();
        x.confidence = t.roleConfidence;
        x.evidence.add(t.evidence(m.start(), m.end()));
        return x;
    }

    /** Adds the symptoms a question asked with the status its answer gave. */
    private void answered(Turn q, List<TermMatcher.Match> asked, Turn t, SymptomStatus st, double conf,
                          Set<String> established, List<SymptomMention> mine, List<SymptomMention> all) {
        for (TermMatcher.Match m : asked) {
            for (String term : m.entry().standards()) {
                if (st == SymptomStatus.ABSENT && generalOfSubtype(term, m.entry().standards())) {
                    continue; // 有没有干咳？ 没有: the cough itself is not denied
                }
                boolean stop = st == SymptomStatus.ABSENT && established.contains(term) && stillAsked(q, m);
                if (st == SymptomStatus.ABSENT && !stop && established.contains(term)
                        && presumedOnly(all, term)) {
                    // 咳嗽几天了？发烧不？ 两天 / 发烧，流鼻涕不？ 没有: the later no replaces what the duration seemed to say
                    all.removeIf(y -> y.term.equals(term) && y.presumed);
                    established.remove(term);
                }
                if (established.contains(term) && !stop) {
                    continue;
                }
                SymptomMention x = new SymptomMention();
                x.term = term;
                x.said = q.text.substring(m.start(), m.end());
                x.status = st;
                x.stopped = stop; // 还发烧吗？ 没有, after the fever was said: had, over now (resolve)
                x.attribution = Attribution.ANSWER_TO_DOCTOR;
                x.turn = t;
                x.confidence = conf;
                x.evidence.add(q.evidence(m.start(), m.end()));
                x.evidence.add(t.evidence());
                if (st == SymptomStatus.PRESENT) {
                    questionOnset(q, m, x);
                    attributesFromAnswer(t, x);
                }
                mine.add(x);
            }
        }
    }

    /** Whether every present mention of a term so far was presumed from an answer without yes or no. */
    private static boolean presumedOnly(List<SymptomMention> all, String term) {
        boolean any = false;
        for (SymptomMention y : all) {
            if (y.term.equals(term) && y.status == SymptomStatus.PRESENT) {
                if (!y.presumed) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static SymptomStatus status(Assertion a) {
        return switch (a.negation()) {
            case NEGATED -> SymptomStatus.ABSENT;
            case POSSIBLE -> SymptomStatus.UNCERTAIN;
            default -> SymptomStatus.PRESENT;
        };
    }

    /**
     * What an answered question takes for granted (烧几天了？ 两天): the symptom is there, said by the doctor and
     * not contradicted by the answer, with the answer's duration when the question asked how long. Not when the
     * patient already spoke of it (their words stand) or denies it.
     */
    private void presupposed(Turn q, Turn t, List<SymptomMention> before, List<SymptomMention> mine) {
        for (TermMatcher.Match m : Dialogue.matches(q, Category.SYMPTOM)) {
            Assertion a = q.assertion(m);
            if (a.context() != Assertion.Context.PRESUPPOSED || !a.aboutPatient() || a.negation() != Assertion.Negation.AFFIRMED
                    || a.temporality() != Assertion.Temporality.CURRENT || inAllergyClause(q, m)) {
                continue;
            }
            for (String term : m.entry().standards()) {
                if (before.stream().anyMatch(x -> x.term.equals(term)) || mine.stream().anyMatch(x -> x.term.equals(term))) {
                    continue;
                }
                // the doctor's words, the answer does not deny them
                SymptomMention x = fromQuestion(q, m, term, t, SymptomStatus.PRESENT, Attribution.STATED_BY_DOCTOR,
                        Math.min(q.roleConfidence, t.roleConfidence) * 0.8);
                if (!questions.isDurationQuestion(q)) {
                    questionOnset(q, m, x); // 这两天咳嗽有痰吗？ (in 烧几天了？ 几天 is what is asked)
                } else if (!t.onsets(onsets).isEmpty()) {
                    OnsetParser.Found f = t.onsets(onsets).get(0);
                    x.onset = f.onset();
                    x.evidence.add(t.evidence(f.start(), f.end()));
                }
                mine.add(x);
            }
        }
    }

    /** A symptom the doctor's question names, settled by the answer {@code t}: evidence on both utterances. */
    private static SymptomMention fromQuestion(Turn q, TermMatcher.Match m, String term, Turn t, SymptomStatus status,
                                               Attribution attribution, double confidence) {
        SymptomMention x = new SymptomMention();
        x.term = term;
        x.said = q.text.substring(m.start(), m.end());
        x.status = status;
        x.attribution = attribution;
        x.turn = t;
        x.confidence = confidence;
        x.evidence.add(q.evidence(m.start(), m.end()));
        x.evidence.add(t.evidence());
        return x;
    }

    /** A bare denial at the start of an answer (没有, 没, 无, 木有): denies even a question about how much. */
    private static final Pattern BARE_DENIAL = Pattern.compile("^\\s*(?:没有|没|无|木有)(?![多])");

    /**
     * 宝宝咳嗽痰多吗？ 不太多: a question about how much takes the symptom for granted ({@code rules/degree-questions.tsv}),
     * so it is present, from the doctor's words, unless the patient already spoke of it; an answer that opens with a
     * bare 没有 denies it, as it did before the question was read as one about degree.
     */
    private void degreeQuestions(Turn q, Turn t, List<SymptomMention> before, List<SymptomMention> mine) {
        boolean denied = BARE_DENIAL.matcher(t.folded).find();
        for (TermMatcher.Match m : questions.degreeAsked(q)) {
            for (String term : m.entry().standards()) {
                if (before.stream().anyMatch(x -> x.term.equals(term)) || mine.stream().anyMatch(x -> x.term.equals(term))) {
                    continue;
                }
                mine.add(fromQuestion(q, m, term, t, denied ? SymptomStatus.ABSENT : SymptomStatus.PRESENT,
                        denied ? Attribution.ANSWER_TO_DOCTOR : Attribution.STATED_BY_DOCTOR,
                        Math.min(q.roleConfidence, t.roleConfidence) * (denied ? 1 : 0.8)));
            }
        }
    }

    /** 前几天发烧，现在好了: a symptom over now that was part of this illness. */
    private static boolean earlierInIllness(Turn t, TermMatcher.Match m) {
        Segment own = t.clauseAt(m.start());
        return EARLIER_IN_ILLNESS.matcher(t.folded.substring(0, own.end())).find()
                || DAYS_OF_IT.matcher(t.folded.substring(m.end(), own.end())).find(); // 发烧三天了，现在好了
    }

    /** A term in a clause about an allergy, or in the short clause right after one, is the reaction. */
    static boolean inAllergyClause(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        if (t.folded.substring(c.start(), c.end()).contains("过敏")) {
            return true;
        }
        int i = t.clauses.indexOf(c);
        if (i > 0 && c.end() - c.start() <= 8) {
            Segment prev = t.clauses.get(i - 1);
            return t.folded.substring(prev.start(), prev.end()).contains("过敏");
        }
        return false;
    }

    /**
     * A one-character match (痒, 吐, 咳) is dropped when the same utterance names a more specific
     * term containing that character (嗓子痒，一痒就咳 -> 咽痒 only; 吐奶，一天吐好几次 -> 吐奶 only).
     */
    private static boolean shadowedSingleChar(Turn t, TermMatcher.Match m, List<TermMatcher.Match> all) {
        if (m.end() - m.start() != 1) {
            return false;
        }
        char c = t.folded.charAt(m.start());
        for (TermMatcher.Match o : all) {
            if (o != m && o.end() - o.start() > 1 && t.folded.substring(o.start(), o.end()).indexOf(c) >= 0
                    && !o.entry().standards().contains(m.entry().standard())) {
                return true;
            }
        }
        return false;
    }

    /** 抽烟吗？ 抽了二十年 / 我抽了二十年烟: 抽 is smoking, not a seizure (抽了 -> 惊厥). */
    private static boolean smokingVerb(Turn t, TermMatcher.Match m, boolean smokingAsked) {
        if (t.folded.charAt(m.start()) != '抽') {
            return false;
        }
        Segment c = t.clauseAt(m.start());
        return smokingAsked || t.folded.substring(c.start(), c.end()).indexOf('烟') >= 0;
    }

    private static boolean asksAboutSmoking(Turn q) {
        for (PersonalWords.Hit h : q.personalWords(PersonalWords.shipped(), 0, q.folded.length())) {
            if (h.meaning().kind() == PersonalWords.Kind.SMOKING && h.meaning().scope() != PersonalWords.Scope.ANSWER
                    && q.isQuestionAt(h.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The doctor's question asks whether the symptom is still there: a {@code STILL} cue (还, 现在, 今天) before the
     * term in its clause (现在还烧吗？; not 还是, which offers an alternative).
     */
    private boolean stillAsked(Turn q, TermMatcher.Match m) {
        Segment c = q.clauseAt(m.start());
        for (Cues.Hit h : cues.find(q.folded, c.start(), m.start(), Type.STILL)) {
            if (!q.folded.startsWith("还是", h.start())) {
                return true;
            }
        }
        return false;
    }

    /** {@link #stillAsked(Turn, TermMatcher.Match)} for the question's mention of {@code term}. */
    private boolean stillAsked(Turn q, String term) {
        for (TermMatcher.Match m : Dialogue.matches(q, Category.SYMPTOM)) {
            if (m.entry().standards().contains(term) && stillAsked(q, m)) {
                return true;
            }
        }
        return false;
    }

    /** A cue in the mention's clause that the symptom has stopped (现在不, 今天没, 没再, 止住了: cues.tsv STOPPED). */
    private boolean stoppedCue(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        return cues.any(t.folded, c.start(), c.end(), Type.STOPPED);
    }

    /**
     * Had in this illness, over now: a term said present and later said to have stopped (a mention
     * marked {@link SymptomMention#stopped}), with no plain present mention after the stop, becomes
     * {@link SymptomStatus#RESOLVED}: its present mentions, its stop, and any denial after the stop (现在不烧了
     * then 发烧吗？没有). A denial between the first mention and the stop stays a denial (and a contradiction).
     * When the symptom is back after the stop (今天又烧起来了), the stop is dropped and the term stays present.
     */
    private static void resolve(List<SymptomMention> all) {
        Map<String, List<SymptomMention>> byTerm = new LinkedHashMap<>();
        for (SymptomMention x : all) {
            if (x.status != SymptomStatus.UNCERTAIN) {
                byTerm.computeIfAbsent(x.term, k -> new ArrayList<>()).add(x);
            }
        }
        for (List<SymptomMention> list : byTerm.values()) {
            list.sort(java.util.Comparator.comparingInt((SymptomMention x) -> x.turn.index).thenComparingInt(x -> x.start));
            int stop = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).stopped) {
                    stop = i;
                }
            }
            if (stop < 0) {
                continue;
            }
            boolean had = false;
            for (int i = 0; i <= stop; i++) {
                had |= list.get(i).status == SymptomStatus.PRESENT;
            }
            boolean back = false;
            for (int i = stop + 1; i < list.size(); i++) {
                SymptomMention x = list.get(i);
                back |= x.status == SymptomStatus.PRESENT && !x.stopped && !toldOfEarlier(x);
            }
            if (back) {
                for (SymptomMention x : list) {
                    if (x.stopped && x.status == SymptomStatus.ABSENT) {
                        all.remove(x); // 今天退了，晚上又烧起来了: present now
                    }
                }
                continue;
            }
            if (!had) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                SymptomMention x = list.get(i);
                if (x.status == SymptomStatus.PRESENT || x.status == SymptomStatus.ABSENT && (x.stopped || i > stop)) {
                    x.status = SymptomStatus.RESOLVED;
                }
            }
        }
    }

    /**
     * A present mention that tells of the time before the stop (昨天吐的也很多 after 喝了药就不吐了): its clause names
     * an earlier day of this illness, so the symptom is not back.
     */
    private static boolean toldOfEarlier(SymptomMention x) {
        if (!x.explicit || x.turn == null) {
            return false;
        }
        Segment c = x.turn.clauseAt(x.start);
        return EARLIER_IN_ILLNESS.matcher(x.turn.folded.substring(c.start(), c.end())).find();
    }

    private static boolean resolved(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        return RESOLVED.matcher(t.folded.substring(c.start(), c.end())).find();
    }

    private void attributes(Turn t, TermMatcher.Match m, SymptomMention x) {
        String s = t.folded;
        Segment c = t.clauseAt(m.start());
        Cues.Hit sev = nearest(within(t.cues(cues, Type.SEVERITY), c.start(), Math.min(c.end(), m.end() + 6)), m);
        if (sev != null) {
            x.severity = sev.value();
        }
        TermMatcher.Match site = null;
        for (TermMatcher.Match sm : lexicons.sites().find(s, Math.max(c.start(), m.start() - 8), m.end())) {
            site = sm;
        }
        if (site != null) {
            x.site = site.entry().standard();
            if (!x.evidence.isEmpty() && site.start() < m.start()) {
                x.evidence.add(t.evidence(site.start(), site.end()));
            }
        }
        x.frequency = frequency(t, c.start(), nextClauseEnd(t, c));
    }

    private void attributesFromAnswer(Turn t, SymptomMention x) {
        Cues.Hit sev = first(cues.find(t.folded, 0, t.folded.length(), Type.SEVERITY));
        if (sev != null) {
            x.severity = sev.value();
        }
        x.frequency = frequency(t, 0, t.folded.length());
    }

    private String frequency(Turn t, int from, int to) {
        Matcher m = TIMES.matcher(t.folded);
        m.region(from, to);
        String region = t.folded.substring(from, to);
        boolean count = region.indexOf('次') >= 0 || region.indexOf('回') >= 0 || region.indexOf('趟') >= 0;
        if (count && m.find()) {
            String norm = Numbers.count(m.group(2));
            String per = m.group(1).contains("周") ? "每周" : m.group(1).contains("晚") ? "每晚" : m.group(1).contains("小时")
                    ? "每小时" : "每日";
            return per + norm + "次";
        }
        Cues.Hit f = first(within(t.cues(cues, Type.FREQUENCY), from, to));
        return f == null ? "" : f.value();
    }

    private static int nextClauseEnd(Turn t, Segment c) {
        int i = t.clauses.indexOf(c);
        return i >= 0 && i + 1 < t.clauses.size() ? t.clauses.get(i + 1).end() : c.end();
    }

    private static Cues.Hit nearest(List<Cues.Hit> hits, TermMatcher.Match m) {
        Cues.Hit best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Cues.Hit h : hits) {
            int d = h.end() <= m.start() ? m.start() - h.end() : h.start() >= m.end() ? h.start() - m.end() : 0;
            if (d < bestDist) {
                best = h;
                bestDist = d;
            }
        }
        return best;
    }

    private static List<Cues.Hit> within(List<Cues.Hit> hits, int from, int to) {
        List<Cues.Hit> out = new ArrayList<>();
        for (Cues.Hit h : hits) {
            if (h.start() >= from && h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    private static Cues.Hit first(List<Cues.Hit> hits) {
        return hits.isEmpty() ? null : hits.get(0);
    }

    private void questionOnset(Turn q, TermMatcher.Match m, SymptomMention x) {
        Segment c = q.clauseAt(m.start());
        List<OnsetParser.Found> f = onsets.find(q.folded, c.start(), c.end());
        if (!f.isEmpty()) {
            x.onset = f.get(0).onset();
            x.evidence.add(q.evidence(f.get(0).start(), f.get(0).end()));
        }
    }

    /**
     * Attaches the durations of an utterance to its symptoms: a duration goes to the symptoms of its
     * clause; one in a clause without symptoms (有半个多月了, 今天早上开始的) goes to the symptoms said
     * before it, else to the next clause's; symptoms still without one take the utterance's only
     * duration, or else the nearest duration said before them (咳嗽三天了，嗓子也疼 -> 咽痛 3天), unless
     * their clause has its own vague time (月经推迟了十来天，最近老是恶心 -> 恶心 has none).
     */
    private void assignOnsets(Turn t, List<SymptomMention> mine) {
        List<OnsetParser.Found> found = new ArrayList<>();
        for (OnsetParser.Found f : t.onsets(onsets)) {
            int c = Segmenter.indexOf(t.clauses, f.start());
            if (c < 0) {
                continue;
            }
            Segment span = t.clauses.get(c);
            String clause = t.folded.substring(span.start(), span.end());
            List<SymptomMention> targets = inClause(t, mine, c);
            if (targets.isEmpty()) {
                boolean nextStarts = c + 1 < t.clauses.size() && STARTS_NEXT.matcher(t.folded.substring(
                        t.clauses.get(c + 1).start(), t.clauses.get(c + 1).end())).find();
                if (f.relative() && !nextStarts && !ONSET_WORDS.matcher(clause).find()
                        && clause.length() > f.end() - f.start() + 4) {
                    continue; // 昨天去医院查了: a time, not an onset
                }
                if (nextStarts) {
                    targets = inClause(t, mine, c + 1); // 昨天晚上吃了烧烤，半夜开始肚子疼 -> 1天
                }
                for (SymptomMention x : mine) {
                    if (x.explicit && x.turn == t && x.start < f.start() && x.status != SymptomStatus.ABSENT) {
                        targets.add(x);
                    }
                }
                if (targets.isEmpty()) {
                    targets = inClause(t, mine, c + 1);
                }
            }
            found.add(f);
            for (SymptomMention x : targets) {
                set(t, x, f);
            }
        }
        for (SymptomMention x : mine) {
            if (!x.explicit || x.onset.isKnown() || x.status == SymptomStatus.ABSENT) {
                continue;
            }
            OnsetParser.Found nearest = null;
            Segment own = t.clauseAt(x.start);
            boolean vague = !within(t.cues(cues, Type.VAGUE_TIME), own.start(), own.end()).isEmpty();
            if (found.size() == 1) {
                nearest = vague && found.get(0).end() <= own.start() ? null : found.get(0);
            } else if (!vague) {
                for (OnsetParser.Found f : found) {
                    if (f.end() <= x.start) {
                        nearest = f;
                    }
                }
            }
            if (nearest != null) {
                set(t, x, nearest);
            }
        }
    }

    private static void set(Turn t, SymptomMention x, OnsetParser.Found f) {
        if (!x.onset.isKnown()) {
            x.onset = f.onset();
            x.evidence.add(t.evidence(f.start(), f.end()));
        }
    }

    private static List<SymptomMention> inClause(Turn t, List<SymptomMention> mine, int clause) {
        List<SymptomMention> out = new ArrayList<>();
        if (clause < 0 || clause >= t.clauses.size()) {
            return out;
        }
        Segment span = t.clauses.get(clause);
        for (SymptomMention x : mine) {
            if (x.turn == t && x.explicit && span.contains(x.start) && x.status != SymptomStatus.ABSENT) {
                out.add(x);
            }
        }
        return out;
    }

    private void answerDuration(Turn t, Turn q, List<SymptomMention> before, List<SymptomMention> mine) {
        List<OnsetParser.Found> found = t.onsets(onsets);
        if (found.isEmpty() || mine.stream().anyMatch(x -> x.onset.isKnown())) {
            return;
        }
        OnsetParser.Found f = found.get(0);
        boolean perEpisode = EPISODE.matcher(q.folded).find(); // 每次疼多久？大半天: how long an attack lasts
        Set<String> askedTerms = new HashSet<>();
        for (TermMatcher.Match m : Dialogue.matches(q, Category.SYMPTOM)) {
            askedTerms.addAll(m.entry().standards());
        }
        List<SymptomMention> targets = new ArrayList<>();
        for (SymptomMention x : before) {
            if (x.status == SymptomStatus.PRESENT && askedTerms.contains(x.term)) {
                targets.add(x);
            }
        }
        if (targets.isEmpty()) {
            Turn last = null;
            for (SymptomMention x : before) {
                if (x.status == SymptomStatus.PRESENT && x.turn.index < q.index) {
                    last = x.turn;
                }
            }
            for (SymptomMention x : before) {
                if (x.turn == last && x.status == SymptomStatus.PRESENT && (!x.onset.isKnown() || vague(x.onset) && !perEpisode)) {
                    targets.add(x);
                }
            }
        }
        for (SymptomMention x : targets) {
            if (!x.onset.isKnown() || vague(x.onset) && !vague(f.onset()) && !perEpisode) { // 这几天… 几天了？四天了 -> 4天
                x.onset = f.onset();
                x.evidence.add(t.evidence(f.start(), f.end()));
            }
        }
    }

    /**
     * An illness of an earlier week that is over (上周流了几天鼻涕，现在好了; 上礼拜发烧咳嗽了几天，吃了头孢好了):
     * not a current symptom (the sets' convention; 现病史 may still mention it as a preceding illness).
     * "好了点", "没好" and "还没好" are not over.
     */
    private static boolean overBefore(Turn t, TermMatcher.Match m) {
        Matcher past = EARLIER_WEEKS.matcher(t.folded);
        if (!past.find() || past.start() > m.start()) {
            return false;
        }
        Matcher over = OVER.matcher(t.folded);
        over.region(m.end(), t.folded.length());
        return over.find();
    }

    /**
     * A symptom denied "now" after the patient said it was there earlier in this illness
     * (前几天有点，现在不烧了; 开始那两天烧过，现在不烧了): present, as the sets' gold writes it.
     */
    private static boolean hadEarlier(Turn t, TermMatcher.Match m) {
        Segment own = t.clauseAt(m.start());
        String clause = t.folded.substring(own.start(), own.end());
        if (!NOW_OVER.matcher(clause).find() || own.start() == 0) {
            return false;
        }
        return EARLIER_IN_ILLNESS.matcher(t.folded.substring(0, own.start())).find();
    }

    /** A duration said without a number (这几天, 前几天 -> 数天), which a later exact answer replaces. */
    private static boolean vague(Onset o) {
        return o.isKnown() && o.normalized().startsWith("数");
    }

    private static List<Grounded<Symptom>> merge(List<SymptomMention> all) {
        Map<String, SymptomMention> byKey = new LinkedHashMap<>();
        Set<String> definite = new HashSet<>();
        for (SymptomMention x : all) {
            if (x.status != SymptomStatus.UNCERTAIN) {
                definite.add(x.term);
            }
        }
        for (SymptomMention x : all) {
            if (x.status == SymptomStatus.UNCERTAIN && definite.contains(x.term)) {
                continue;
            }
            String key = x.term + "|" + x.status;
            SymptomMention m = byKey.get(key);
            if (m == null) {
                byKey.put(key, x);
                continue;
            }
            for (Evidence e : x.evidence) {
                if (!m.evidence.contains(e)) {
                    m.evidence.add(e);
                }
            }
            if (!m.onset.isKnown()) {
                m.onset = x.onset;
            }
            if (m.severity.isEmpty()) {
                m.severity = x.severity;
            }
            if (m.site.isEmpty()) {
                m.site = x.site;
            }
            if (m.frequency.isEmpty()) {
                m.frequency = x.frequency;
            }
            if (x.attribution == Attribution.STATED_BY_PATIENT
                    || m.attribution == Attribution.STATED_BY_DOCTOR && x.attribution == Attribution.ANSWER_TO_DOCTOR) {
                m.attribution = x.attribution; // the patient's own words, else the answer, else the doctor's
            }
            m.confidence = Math.max(m.confidence, x.confidence);
        }
        List<Grounded<Symptom>> out = new ArrayList<>();
        for (SymptomMention x : byKey.values()) {
            out.add(new Grounded<>(new Symptom(x.term, x.said, x.status, x.attribution, x.onset, x.severity, x.site,
                    x.frequency), x.evidence, Origin.RULES, Math.max(0, Math.min(1, x.confidence))));
        }
        return out;
    }
}
