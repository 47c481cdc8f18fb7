package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.text.Sentences;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.AssertionLayer;
import ai.domainassist.medical.rules.assertion.internal.Patient;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A transcript prepared for extraction: roles separated, every utterance folded, split into
 * clauses, matched against the lexicon, its question clauses marked, answers linked to the
 * doctor's questions, and irrelevant talk filtered. Immutable once built; one per request.
 */
public final class Dialogue {
    private static final Pattern EMBEDDED_HINT = Pattern.compile("看|确|排除|了解|明确");
    private static final Pattern EMBEDDED = Pattern.compile("(看看|看一下|看有没有|确定|确认|排除|了解一下|明确).*(是不是|有没有|会不会|是否)");

    private final List<Turn> turns;
    private final Patient patient;

    private Dialogue(List<Turn> turns, Patient patient) {
        this.turns = turns;
        this.patient = patient;
    }

    /**
     * Prepares a transcript.
     *
     * @param transcript the transcript
     * @param lexicon the engine's lexicon matchers
     * @param cues the cue words
     * @param layer the assertion layer
     * @param roles the role separator
     * @param filter the filter
     * @return the dialogue
     */
    public static Dialogue of(Transcript transcript, Lexicons lexicon, Cues cues, AssertionLayer layer,
                              RoleSeparator roles, DialogueFilter filter) {
        List<Utterance> us = transcript.utterances();
        List<List<TermMatcher.Match>> allTerms = new ArrayList<>(us.size());
        List<String> allFolded = new ArrayList<>(us.size());
        List<List<Segment>> allClauses = new ArrayList<>(us.size());
        for (Utterance u : us) {
            String folded = TermMatcher.fold(u.text());
            List<Segment> clauses = layer.segmenter().split(folded);
            List<TermMatcher.Match> terms = lexicon.main().find(folded, 0, folded.length());
            int k = allFolded.size();
            String before = k == 0 ? "" : k == 1 ? allFolded.get(0) : allFolded.get(k - 2) + "\n" + allFolded.get(k - 1);
            allFolded.add(folded);
            allClauses.add(clauses);
            allTerms.add(withoutVaccineDiseases(Topics.keep(terms, folded, clauses, before, allFolded.subList(0, k)), folded));
        }
        List<RoleSeparator.Role> rs = roles.separate(us, allTerms);
        List<Turn> turns = new ArrayList<>(us.size());
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            String folded = allFolded.get(i);
            List<Segment> clauses = allClauses.get(i);
            boolean[] q = questions(u.text(), folded, clauses, cues);
            List<TermMatcher.Match> terms = allTerms.get(i);
            RoleSeparator.Role r = rs.get(i);
            Turn t = new Turn(i, u, r.speaker(), r.confidence(), r.inferred(), clauses, q, terms, folded);
            int[] ts = new int[terms.size()];
            int[] te = new int[terms.size()];
            int[] gaps = new int[terms.size() * 2];
            for (int k = 0; k < terms.size(); k++) {
                ts[k] = terms.get(k).start();
                te[k] = terms.get(k).end();
                gaps[2 * k] = terms.get(k).gapStart();
                gaps[2 * k + 1] = terms.get(k).gapEnd();
            }
            t.layer = layer;
            t.analysis = layer.analyse(folded, clauses, q, t.isDoctor(), ts, te, gaps);
            turns.add(t);
        }
        link(turns, cues);
        List<AssertionLayer.Analysis> complaints = new ArrayList<>();
        List<AssertionLayer.Analysis> patientSide = new ArrayList<>();
        List<AssertionLayer.Analysis> doctorSide = new ArrayList<>();
        boolean family = false;
        for (Turn t : turns) {
            (t.isPatientSide() ? patientSide : doctorSide).add(t.analysis);
            family |= t.role == ai.domainassist.medical.model.Speaker.FAMILY || t.utterance.label().contains("儿");
            if (t.isPatientSide() && !matches(t, Category.SYMPTOM).isEmpty()
                    && (t.answers < 0 || !cues.any(turns.get(t.answers).folded, 0, turns.get(t.answers).folded.length(),
                    Type.RELATIVE))) {
                complaints.add(t.analysis);
            }
        }
        Patient patient = layer.identify(complaints, patientSide, doctorSide, family);
        for (Turn t : turns) {
            t.patient = patient;
            t.patientKnown = true;
            t.ages = Ages.find(t.folded, t.answers >= 0 ? turns.get(t.answers) : null);
            boolean clinicalQuestion = t.answers >= 0 && isClinicalQuestion(turns.get(t.answers));
            filter.decide(t, clinicalQuestion);
        }
        return new Dialogue(List.copyOf(turns), patient);
    }

    /**
     * Links answers to questions. A patient-side turn answers the doctor's question turns of the run of
     * doctor turns just before it (the last of them is its question; a bare 没有 answers the earlier ones
     * too). A patient-side turn that does not answer (it speaks of something else) leaves the question
     * open for the next patient-side turn.
     */
    private static void link(List<Turn> turns, Cues cues) {
        for (int i = 1; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (!t.isPatientSide()) {
                continue;
            }
            Turn prev = turns.get(i - 1);
            if (prev.isDoctor()) {
                List<Integer> questions = new ArrayList<>();
                for (int j = i - 1; j >= 0 && turns.get(j).isDoctor(); j--) {
                    if (turns.get(j).isQuestion()) {
                        questions.add(0, j);
                    }
                }
                if (questions.isEmpty()) {
                    continue;
                }
                int q = questions.remove(questions.size() - 1);
                t.answers = q;
                turns.get(q).answeredBy = i;
                t.polarity = polarity(t, cues);
                t.alsoAnswers = questions.stream().mapToInt(Integer::intValue).toArray();
            } else if (prev.answers >= 0 && !answers(turns.get(prev.answers), prev)) {
                // 有没有发热？ 之前是流清鼻涕 / 没有: the question stays open until a turn answers it
                Turn q = turns.get(prev.answers);
                Turn.Polarity p = polarity(t, cues);
                if (p != Turn.Polarity.NONE || mentionsAsked(q, t)) {
                    t.answers = prev.answers;
                    t.polarity = p;
                    t.alsoAnswers = prev.alsoAnswers;
                }
            }
        }
    }

    /** Whether a turn answers a question: with yes, no or unsure, or by naming what was asked. */
    private static boolean answers(Turn q, Turn a) {
        return a.polarity != Turn.Polarity.NONE || mentionsAsked(q, a);
    }

    private static boolean mentionsAsked(Turn q, Turn a) {
        for (TermMatcher.Match m : q.terms) {
            if (q.assertion(m).context() != ai.domainassist.medical.rules.assertion.internal.Assertion.Context.QUESTION) {
                continue;
            }
            for (TermMatcher.Match x : a.terms) {
                for (String s : x.entry().standards()) {
                    if (m.entry().standards().contains(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isClinicalQuestion(Turn q) {
        return q.kept || !q.terms.isEmpty();
    }

    private static boolean[] questions(String text, String folded, List<Segment> clauses, Cues cues) {
        boolean[] q = new boolean[clauses.size()];
        List<Cues.Hit> questionCues = cues.find(folded, 0, folded.length(), Type.QUESTION);
        List<Sentences.Span> sentences = null;
        for (int c = 0; c < clauses.size(); c++) {
            Segment span = clauses.get(c);
            String clause = folded.substring(span.start(), span.end());
            if (EMBEDDED_HINT.matcher(clause).find() && EMBEDDED.matcher(clause).find()) {
                // 做个B超看看是不是宫内: a question inside an order or a plan is no question to the patient
                q[c] = false;
                continue;
            }
            boolean cue = false;
            for (Cues.Hit h : questionCues) {
                cue |= h.start() >= span.start() && h.end() <= span.end() && !notAQuestion(folded, h);
            }
            boolean question = cue
                    || aNotA(folded, span.start(), span.end())
                    || folded.substring(span.start(), span.end()).endsWith("呢")
                    || ME_QUESTION.matcher(clause).find();
            if (!question) {
                if (sentences == null) {
                    sentences = Sentences.split(text);
                }
                for (Sentences.Span s : sentences) {
                    if (span.start() >= s.start() && span.end() <= s.end()) {
                        String st = s.text();
                        question = st.endsWith("?") || st.endsWith("？") || endsWithNot(st);
                        break;
                    }
                }
            }
            if (!question && c > 0 && q[c - 1] && clause.strip().length() <= 6 && !clause.isBlank()
                    && LIST_QUESTION.matcher(folded.substring(clauses.get(c - 1).start(), clauses.get(c - 1).end())).find()
                    && noSentenceEnd(folded, clauses.get(c - 1).end(), span.start())) {
                question = true; // 有没有呕吐，发热: the list goes on in the question
            }
            q[c] = question;
        }
        for (int c = clauses.size() - 2; c >= 0; c--) {
            Segment next = clauses.get(c + 1);
            if (!q[c] && q[c + 1] && OR_NEXT.matcher(folded.substring(next.start(), next.end())).find()
                    && clauses.get(c).end() - clauses.get(c).start() <= 8 && noSentenceEnd(folded, clauses.get(c).end(), next.start())) {
                q[c] = true; // 有粘液，或者血丝吗: the first of the alternatives is asked too
            }
        }
        return q;
    }

    /** 发烧么 / 咳嗽么: 么 closing a clause asks (not 什么, 怎么, 这么, 那么, 多么). */
    private static final java.util.regex.Pattern ME_QUESTION = java.util.regex.Pattern.compile("(?<![什怎这那多要])么\\s*$");
    /** A wh-question (有什么症状, 哪里不舒服): no yes or no answers it. */
    private static final java.util.regex.Pattern WH_QUESTION = java.util.regex.Pattern.compile("什么|哪|怎么|怎样|多少|多久|几");
    /** A clause that goes on with an alternative (或者血丝吗, 还是拉水). */
    private static final java.util.regex.Pattern OR_NEXT = java.util.regex.Pattern.compile("^\\s*(?:或者|或是|还是|或)");
    /** A question that opens a list (有没有呕吐，发热). */
    private static final java.util.regex.Pattern LIST_QUESTION = java.util.regex.Pattern.compile("有没有|有无|是否|有木有");

    private static boolean noSentenceEnd(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("。！？!?；;\n".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 发烧，流鼻涕，拉肚子不 / 晚上睡觉咳嗽不: a sentence ending in 不 asks (the elided A-not-A question of
     * spoken Chinese); 也不, 都不, 并不 … end a statement.
     */
    static boolean endsWithNot(String sentence) {
        int i = sentence.length();
        while (i > 0 && "。！!，,；;~～ 啊呀呢".indexOf(sentence.charAt(i - 1)) >= 0) {
            i--;
        }
        return i >= 2 && sentence.charAt(i - 1) == '不' && "也都并还可绝倒再就说".indexOf(sentence.charAt(i - 2)) < 0
                && ai.domainassist.core.text.Width.isHan(sentence.charAt(i - 2));
    }

    /** 好几天, 这几天, 前几天, 没多少: a question word that asks nothing. */
    private static boolean notAQuestion(String s, Cues.Hit h) {
        char first = s.charAt(h.start());
        return (first == '几' || first == '多') && h.start() > 0 && "好这前那没些".indexOf(s.charAt(h.start() - 1)) >= 0;
    }

    /**
     * The polarity of an answer with respect to one term the doctor asked about: when the doctor
     * asked several questions in a row (尿多不多？哭的时候有眼泪吗？) and the answer has a clause for each,
     * the clause in the same position answers; otherwise the answer as a whole.
     *
     * @param q the doctor's turn
     * @param asked a term of the question
     * @param a the answer
     * @param cues the cue table
     * @return the polarity
     */
    static Turn.Polarity polarityFor(Turn q, TermMatcher.Match asked, Turn a, Cues cues) {
        int questions = 0;
        int index = -1;
        for (int c = 0; c < q.clauses.size(); c++) {
            Segment span = q.clauses.get(c);
            if (q.questionClause[c] && (span.contains(asked.start()) || termAfter(q, span.start(), span.end())
                    || !WH_QUESTION.matcher(q.folded.substring(span.start(), span.end())).find())) {
                // 孩子有什么症状？发烧吗？ asks one thing the answer can say yes or no to
                if (q.clauses.get(c).contains(asked.start())) {
                    index = questions;
                }
                questions++;
            }
        }
        if (questions >= 2 && index >= 0 && a.clauses.size() >= questions) {
            return polarity(a, cues, index, index + 1);
        }
        return a.polarity;
    }

    /** 疼不疼, 烧没烧: the A-not-A question form. */
    private static boolean aNotA(String s, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            char n = s.charAt(i + 1);
            if ((n == '不' || n == '没') && s.charAt(i) == s.charAt(i + 2) && ai.domainassist.core.text.Width.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Turn.Polarity polarity(Turn t, Cues cues) {
        return polarity(t, cues, 0, t.clauses.size());
    }

    private static Turn.Polarity polarity(Turn t, Cues cues, int fromClause, int toClause) {
        String s = t.folded;
        for (int c = fromClause; c < toClause; c++) {
            Segment span = t.clauses.get(c);
            int at = span.start();
            boolean moved = true;
            while (moved) {
                moved = false;
                String lead = cues.startingAt(s, at, Type.ANSWER_LEAD);
                if (lead != null && at + lead.length() < span.end() && cues.startingAt(s, at, Type.ANSWER_NO) == null
                        && cues.startingAt(s, at, Type.ANSWER_YES) == null) {
                    at += lead.length(); // 这次没有, 目前为止还没有, 孩子没有: the yes or no comes after the opening words
                    moved = true;
                } else if (at < span.end() && "啊哦呃额那个这个哎唉嗯我".indexOf(s.charAt(at)) >= 0
                        && !(s.charAt(at) == '嗯' && at + 1 >= span.end())) {
                    at++;
                    moved = true;
                }
            }
            String yes = cues.startingAt(s, at, Type.ANSWER_YES);
            String no = cues.startingAt(s, at, Type.ANSWER_NO);
            String unsure = cues.startingAt(s, at, Type.ANSWER_UNSURE);
            int ly = yes == null ? 0 : yes.length();
            int ln = no == null ? 0 : no.length();
            int lu = unsure == null ? 0 : unsure.length();
            if (ln == 0 && lu == 0 && ly == 0) {
                continue; // no answer word here (大便颜色正常): the next clause may have one (不黑)
            }
            if (termAfter(t, at, span.end())) {
                continue; // 没有发烧: the words answer for the term they name, not for what was asked
            }
            if (lu >= ln && lu >= ly) {
                return Turn.Polarity.UNSURE;
            }
            if (ln >= ly) {
                return Turn.Polarity.NO;
            }
            if (ly > 0 && (yes.equals("嗯") || yes.equals("对") || yes.equals("是")) && at + ly == span.end()
                    && c + 1 < t.clauses.size()) {
                // 嗯，没有 / 对，不烧: the next clause decides
                Segment next = t.clauses.get(c + 1);
                String n2 = cues.startingAt(s, next.start(), Type.ANSWER_NO);
                if (n2 != null) {
                    return Turn.Polarity.NO;
                }
            }
            return Turn.Polarity.YES;
        }
        return Turn.Polarity.NONE;
    }

    private static boolean termAfter(Turn t, int from, int to) {
        for (TermMatcher.Match m : t.terms) {
            if (m.start() >= from && m.start() < to && m.entry().category() != Category.IGNORE) {
                return true;
            }
        }
        return false;
    }

    /** @return the turns in order */
    public List<Turn> turns() {
        return turns;
    }

    /** @return whether the patient is a child (decided once per consultation by the assertion layer) */
    public boolean isChild() {
        return patient.child();
    }

    /** @return who the patient is */
    public Patient patient() {
        return patient;
    }

    /**
     * The doctor's earlier question turns a patient-side turn also answers (several questions in a row).
     *
     * @param t the answer
     * @return those turns, oldest first; empty when none
     */
    public List<Turn> earlierQuestions(Turn t) {
        List<Turn> out = new ArrayList<>(t.alsoAnswers.length);
        for (int q : t.alsoAnswers) {
            out.add(turns.get(q));
        }
        return out;
    }

    /**
     * The turn a patient-side turn answers.
     *
     * @param t the answer
     * @return the doctor's question, or {@code null}
     */
    public Turn question(Turn t) {
        return t.answers >= 0 ? turns.get(t.answers) : null;
    }

    /**
     * The answer to a doctor's question.
     *
     * @param q the question
     * @return the patient's answer, or {@code null}
     */
    public Turn answer(Turn q) {
        return q.answeredBy >= 0 ? turns.get(q.answeredBy) : null;
    }

    /**
     * The turn of an utterance.
     *
     * @param utteranceId the utterance id ({@code u3})
     * @return the turn, or {@code null} when no utterance has that id
     */
    public Turn turn(String utteranceId) {
        for (Turn t : turns) {
            if (t.utterance.id().equals(utteranceId)) {
                return t;
            }
        }
        return null;
    }

    /** @return one decision per utterance, in order */
    public List<UtteranceDecision> decisions() {
        List<UtteranceDecision> out = new ArrayList<>(turns.size());
        for (Turn t : turns) {
            out.add(new UtteranceDecision(t.utterance.id(), t.role, t.roleConfidence, t.roleInferred, t.kept, t.category,
                    t.reason));
        }
        return out;
    }

    /**
     * The matches of some categories in a turn.
     *
     * @param t the turn
     * @param categories the categories
     * @return those matches
     */
    /** A list of vaccines' diseases after an injection word or before 疫苗 (打了乙肝和卡介疫苗, 今天打乙肝). */
    private static final java.util.regex.Pattern INJECTED = java.util.regex.Pattern.compile("(?:打|打了|打完|打过|接种|接种了)$");
    private static final java.util.regex.Pattern VACCINE_AFTER = java.util.regex.Pattern.compile("^(?:[和、及与跟][^，。,；;？?不没打]{1,3})?的?(?:疫苗|苗)");

    /**
     * Drops a disease named as its vaccine (乙肝疫苗, 打了甲肝和卡介疫苗, 今天打乙肝): the vaccination word is the
     * match that counts, the disease is no illness of the patient (a CMDD record wrote 慢性乙型病毒性肝炎病史 for
     * 打乙肝和卡介疫苗).
     */
    static List<TermMatcher.Match> withoutVaccineDiseases(List<TermMatcher.Match> terms, String folded) {
        List<TermMatcher.Match> out = null;
        for (int k = 0; k < terms.size(); k++) {
            TermMatcher.Match m = terms.get(k);
            boolean vaccine = m.entry().category() == Category.DISEASE
                    && (INJECTED.matcher(folded.substring(Math.max(0, m.start() - 3), m.start())).find()
                    || VACCINE_AFTER.matcher(folded.substring(m.end(), Math.min(folded.length(), m.end() + 8))).find());
            if (vaccine && out == null) {
                out = new ArrayList<>(terms.subList(0, k));
            }
            if (!vaccine && out != null) {
                out.add(m);
            }
        }
        return out == null ? terms : out;
    }

    public static List<TermMatcher.Match> matches(Turn t, Category... categories) {
        List<TermMatcher.Match> out = new ArrayList<>();
        for (TermMatcher.Match m : t.terms) {
            for (Category c : categories) {
                if (m.entry().category() == c) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }
}
