package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.AssertionLayer;
import ai.domainassist.medical.rules.assertion.internal.Patient;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.assertion.internal.Segmenter;
import java.util.List;

/**
 * One utterance as the engine sees it: role, folded text, clauses, lexicon matches, whether each
 * clause is a question, the question it answers and the answer's polarity, and the filter's
 * decision.
 *
 * <p>Not immutable: it is completed in stages while {@link Dialogue} is being constructed. The
 * constructor fixes what the utterance says (role, text, clauses, matches); {@link Dialogue} then
 * links questions and answers ({@code answers}, {@code answeredBy}, {@code polarity}) and
 * {@link DialogueFilter} records its decision ({@code kept}, {@code category}, {@code reason}),
 * once per turn. After {@link Dialogue}'s constructor returns, no code writes these fields; the
 * extractors only read them (the per-text look-ups, such as {@link #onsets}, are memoised on first
 * read). A turn belongs to one structuring call and is never shared between threads.
 */
public final class Turn {
    /** How a short answer begins. */
    public enum Polarity {
        /** 有, 嗯, 对. */
        YES,
        /** 没有, 不. */
        NO,
        /** 不清楚, 好像. */
        UNSURE,
        /** Not a yes/no answer. */
        NONE
    }

    final int index;
    final Utterance utterance;
    final Speaker role;
    final double roleConfidence;
    final boolean roleInferred;
    final String text;
    final String folded;
    final List<Segment> clauses;
    final boolean[] questionClause;
    final List<TermMatcher.Match> terms;
    int answers = -1;
    int answeredBy = -1;
    /** The doctor's earlier question turns of the same run that this answer also answers (a bare 没有). */
    int[] alsoAnswers = new int[0];
    AssertionLayer layer;
    AssertionLayer.Analysis analysis;
    Patient patient = Patient.SPEAKER;
    /** Whether {@link #patient} is decided (assertions judged before that are not kept). */
    boolean patientKnown;
    private java.util.IdentityHashMap<TermMatcher.Match, Assertion> assertions;
    /** The age spans of the text (宝宝8个月): no duration is read there. */
    List<Segment> ages = List.of();
    Polarity polarity = Polarity.NONE;
    boolean kept = true;
    private List<OnsetParser.Found> onsets;
    private java.util.Map<Cues.Type, List<Cues.Hit>> allCues;
    private List<PersonalWords.Hit> personalWords;
    UtteranceDecision.Category category = UtteranceDecision.Category.UNCLASSIFIED;
    String reason = "";

    Turn(int index, Utterance utterance, Speaker role, double roleConfidence, boolean roleInferred,
         List<Segment> clauses, boolean[] questionClause, List<TermMatcher.Match> terms, String folded) {
        this.index = index;
        this.utterance = utterance;
        this.role = role;
        this.roleConfidence = roleConfidence;
        this.roleInferred = roleInferred;
        this.text = utterance.text();
        this.folded = folded;
        this.clauses = clauses;
        this.questionClause = questionClause;
        this.terms = terms;
    }

    /**
     * The durations in this utterance, found once.
     *
     * @param parser the parser
     * @return the durations of the whole text
     */
    List<OnsetParser.Found> onsets(OnsetParser parser) {
        if (onsets == null) {
            List<OnsetParser.Found> all = parser.find(folded, 0, folded.length());
            if (!ages.isEmpty()) {
                all = new java.util.ArrayList<>(all);
                all.removeIf(f -> Ages.overlaps(ages, f.start(), f.end()));
            }
            onsets = all;
        }
        return onsets;
    }

    /**
     * What the utterance asserts about a mention (the assertion layer's judgement).
     *
     * @param m a lexicon match of this turn
     * @return the assertion
     */
    public Assertion assertion(TermMatcher.Match m) {
        if (assertions == null) {
            assertions = new java.util.IdentityHashMap<>();
        }
        Assertion a = assertions.get(m);
        if (a == null) {
            a = layer.judge(analysis, m.start(), m.end(), m.gapStart(), m.gapEnd(), patient);
            if (patientKnown) {
                assertions.put(m, a); // judged once per match, once the patient is known
            }
        }
        return a;
    }

    /**
     * What the utterance asserts about a span that is no lexicon match (过敏).
     *
     * @param start start
     * @param end end
     * @return the assertion
     */
    public Assertion assertion(int start, int end) {
        return layer.judge(analysis, start, end, end, end, patient);
    }

    /** @return the lexicon matches of the utterance, in order */
    public List<TermMatcher.Match> terms() {
        return terms;
    }

    /** @return how this turn, as an answer, begins (yes, no, unsure, or none) */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * The durations said in this utterance (never its ages).
     *
     * @param parser the parser
     * @return the durations, in order
     */
    public List<OnsetParser.Found> durations(OnsetParser parser) {
        return onsets(parser);
    }

    /** @return the assertion layer's view of this utterance */
    public AssertionLayer.Analysis analysis() {
        return analysis;
    }

    /** @return who the patient of the consultation is */
    public Patient patient() {
        return patient;
    }

    /**
     * The cues of a type in the whole text, found once (non-overlapping, longest first).
     *
     * @param cues the cue table
     * @param type the type
     * @return the hits in order
     */
    List<Cues.Hit> cues(Cues cues, Cues.Type type) {
        if (allCues == null) {
            allCues = cues.findAll(folded);
        }
        return allCues.getOrDefault(type, List.of());
    }

    /**
     * The personal-history words in a span, from one pass over the whole text done once.
     *
     * @param words the word table
     * @param from start
     * @param to end
     * @return the hits inside the span, in order
     */
    List<PersonalWords.Hit> personalWords(PersonalWords words, int from, int to) {
        if (personalWords == null) {
            personalWords = words.find(folded, 0, folded.length());
        }
        if (from <= 0 && to >= folded.length()) {
            return personalWords;
        }
        List<PersonalWords.Hit> out = new java.util.ArrayList<>();
        for (PersonalWords.Hit h : personalWords) {
            if (h.start() >= from && h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    /** @return whether the doctor speaks */
    public boolean isDoctor() {
        return role == Speaker.DOCTOR;
    }

    /** @return whether the patient or a relative speaks */
    public boolean isPatientSide() {
        return role.isPatientSide();
    }

    /** @return the text, as said */
    public String text() {
        return text;
    }

    /** @return the index in the transcript */
    public int index() {
        return index;
    }

    /** @return whether the filter kept it */
    public boolean kept() {
        return kept;
    }

    /** @return whether any clause is a question */
    public boolean isQuestion() {
        for (boolean q : questionClause) {
            if (q) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause holding a position is a question.
     *
     * @param pos a position in the text
     * @return {@code true} for a question clause
     */
    public boolean isQuestionAt(int pos) {
        int c = Segmenter.indexOf(clauses, pos);
        return c >= 0 && questionClause[c];
    }

    /**
     * The clause holding a position.
     *
     * @param pos the position
     * @return the clause, or a span of the whole text when none holds it
     */
    public Segment clauseAt(int pos) {
        int c = Segmenter.indexOf(clauses, pos);
        return c >= 0 ? clauses.get(c) : new Segment(0, text.length());
    }

    /**
     * Evidence for a span of this utterance.
     *
     * @param start start
     * @param end end
     * @return the evidence, source id the utterance id
     */
    public Evidence evidence(int start, int end) {
        return Evidence.of(utterance.id(), text, start, end);
    }

    /** @return evidence for the whole utterance */
    public Evidence evidence() {
        return evidence(0, text.length());
    }
}
