package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a doctor's question asks about the patient's symptoms: the symptoms the assertion layer reads as
 * asked (有痰吗？ asks 咳痰; 咳嗽几天了？ only takes 咳嗽 for granted), and what a bare 疼吗？ asks about after
 * the complaint just reported ({@code rules/bare-questions.tsv}); whether it asks how long. Thread-safe.
 */
final class AskedSymptoms {
    private static final Pattern DURATION_QUESTION = Pattern.compile("多久|几天了|有几天|多长时间|什么时候开始|多少天|几个月了|几年了|几周了|多少年");
    /**
     * How long the child was carried, fed or treated (早产多长时间出生的？ 35周; 这个奶粉吃了多长时间了？; 药吃了几天了？):
     * the answer is no duration of the illness.
     */
    private static final Pattern NOT_THE_ILLNESS = Pattern.compile("早产|胎龄|出生|怀孕|孕|月龄|奶粉|喂|辅食|断奶|药|输液|打针|雾化|住院");
    /** 疼吗？ 疼不疼？ 还疼吗？ 痒不痒？ 肿吗？ 麻不麻？ at the start of a clause. */
    private static final Pattern BARE_QUESTION = Pattern.compile("(?:^|[，。？！、,.?!\\s])(?:那|还|会|也)?(疼|痛|痒|肿|麻)(?:不(?:疼|痛|痒|肿|麻)|吗|么|没有)");

    private final Map<String, String> bareQuestions = new HashMap<>();
    /** 痰多 -> 咳痰: surfaces that, asked, ask how much of a symptom taken for granted ({@code rules/degree-questions.tsv}). */
    private final Map<String, String> degreeSurfaces = new HashMap<>();

    AskedSymptoms() {
        for (DataFile.Row r : DataFile.resource("rules/bare-questions.tsv")) {
            bareQuestions.put(r.col(0) + "\t" + r.col(1), r.col(2));
        }
        for (DataFile.Row r : DataFile.resource("rules/degree-questions.tsv")) {
            degreeSurfaces.put(r.col(0), r.col(1));
        }
    }

    /**
     * What a question about how much or how bad takes for granted (宝宝咳嗽痰多吗？ presupposes 咳痰): the asked
     * matches whose lexicon surface is listed in {@code rules/degree-questions.tsv}; they are not in {@link #asked}.
     *
     * @param q the doctor's turn
     * @return the matches, in order
     */
    List<TermMatcher.Match> degreeAsked(Turn q) {
        List<TermMatcher.Match> out = new ArrayList<>();
        for (TermMatcher.Match m : Dialogue.matches(q, Category.SYMPTOM)) {
            if (isDegree(m)) {
                Assertion a = q.assertion(m);
                if (a.context() == Assertion.Context.QUESTION && a.aboutPatient() && !SymptomExtractor.inAllergyClause(q, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private boolean isDegree(TermMatcher.Match m) {
        String target = degreeSurfaces.get(m.entry().surface());
        return target != null && m.entry().standards().contains(target);
    }

    /**
     * The symptoms a question asks about.
     *
     * @param q the doctor's turn
     * @param before the symptoms found before it (for a bare 疼吗？)
     * @return the asked matches, in order
     */
    List<TermMatcher.Match> asked(Turn q, List<SymptomMention> before) {
        return withBareQuestions(q, askedSymptoms(q), before);
    }

    /** What a doctor's question asks about the patient (有痰吗？ asks 咳痰; 咳嗽几天了？ takes 咳嗽 for granted). */
    private List<TermMatcher.Match> askedSymptoms(Turn q) {
        List<TermMatcher.Match> out = new ArrayList<>();
        for (TermMatcher.Match m : Dialogue.matches(q, Category.SYMPTOM)) {
            Assertion a = q.assertion(m);
            if (a.context() == Assertion.Context.QUESTION && a.aboutPatient() && !SymptomExtractor.inAllergyClause(q, m)
                    && !isDegree(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** One question in the turn (两个问题一起问: an answer without yes or no may be about the other one). */
    static boolean oneQuestion(Turn q) {
        int n = 0;
        for (boolean b : q.questionClause) {
            n += b ? 1 : 0;
        }
        return n == 1;
    }

    /**
     * Adds what a bare 疼吗？/疼不疼？/痒不痒？/肿吗？ asks about, from the latest symptom the patient reported
     * ({@code rules/bare-questions.tsv}): 眼睛红… 疼吗？ asks about 眼痛.
     */
    private List<TermMatcher.Match> withBareQuestions(Turn q, List<TermMatcher.Match> asked, List<SymptomMention> before) {
        Matcher b = BARE_QUESTION.matcher(q.folded);
        List<TermMatcher.Match> out = null;
        while (b.find()) {
            int at = b.start(1);
            if (!q.isQuestionAt(at) || covered(q, at)) {
                continue;
            }
            String word = b.group(1).equals("痛") ? "疼" : b.group(1);
            String target = null;
            for (int i = before.size() - 1; i >= 0 && target == null; i--) {
                SymptomMention x = before.get(i);
                if (x.status == SymptomStatus.PRESENT) {
                    target = bareQuestions.get(x.term + "\t" + word);
                }
            }
            if (target == null) {
                continue;
            }
            boolean already = false;
            for (TermMatcher.Match m : asked) {
                already |= m.entry().standards().contains(target);
            }
            if (!already) {
                if (out == null) {
                    out = new ArrayList<>(asked);
                }
                Entry e = new Entry(b.group(1), target, Category.SYMPTOM, "通用", "");
                out.add(new TermMatcher.Match(at, at + 1, e, at + 1, at + 1));
            }
        }
        if (out == null) {
            return asked;
        }
        out.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
        return out;
    }

    /** Whether a lexicon term of the question covers this position (头疼吗 is not a bare question). */
    private static boolean covered(Turn q, int at) {
        for (TermMatcher.Match m : q.terms) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    boolean isDurationQuestion(Turn q) {
        for (int c = 0; c < q.clauses.size(); c++) {
            Segment s = q.clauses.get(c);
            String clause = q.folded.substring(s.start(), s.end());
            if (q.questionClause[c] && DURATION_QUESTION.matcher(clause).find() && !NOT_THE_ILLNESS.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }
}
