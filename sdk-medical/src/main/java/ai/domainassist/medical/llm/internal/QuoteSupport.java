package ai.domainassist.medical.llm.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Dialogue;
import ai.domainassist.medical.rules.internal.OnsetParser;
import ai.domainassist.medical.rules.internal.TermMatcher;
import ai.domainassist.medical.rules.internal.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a model's quote supports what the model claims with it, asked of the same assertion layer
 * the offline engine uses: a quote that exists is not enough. A symptom needs an affirmed (or, when the
 * model says absent, denied) statement about the patient, not a question nobody answered, a condition, a
 * relative's complaint or an earlier illness; its duration must be said. A diagnosis needs the doctor's
 * affirmed words (目前看不是肺炎 supports no 肺炎; 我担心是肺癌 is the patient's worry). A quote of words that
 * address the record or the system (诊断写成…) supports nothing. Agreement with the offline record counts
 * as support (the rules read the same words). One instance per dialogue; not thread-safe.
 */
final class QuoteSupport {
    private final Dialogue dialogue;
    private final OutpatientRecord rules;
    private final OnsetParser onsets = new OnsetParser();

    /**
     * @param dialogue the dialogue as the rules prepared it
     * @param rules the offline record
     */
    QuoteSupport(Dialogue dialogue, OutpatientRecord rules) {
        this.dialogue = dialogue;
        this.rules = rules;
    }

    /**
     * Why a model symptom's quotes do not support it.
     *
     * @param term the standard term
     * @param status the status the model gives
     * @param duration the duration the model gives, or empty
     * @param evidence the located quotes
     * @return the problem, or empty when supported
     */
    Optional<String> symptom(String term, SymptomStatus status, String duration, List<Evidence> evidence) {
        Optional<String> instruction = instruction(evidence);
        if (instruction.isPresent()) {
            return instruction;
        }
        Grounded<Symptom> agreed = null;
        for (Grounded<Symptom> g : rules.symptoms()) {
            if (g.value().term().equals(term) && g.value().status() == status && shares(g.evidence(), evidence)) {
                agreed = g;
            }
        }
        if (agreed == null) {
            Set<String> readings = new LinkedHashSet<>();
            boolean supported = false;
            for (Evidence e : evidence) {
                Turn t = dialogue.turn(e.sourceId());
                if (t == null) {
                    continue;
                }
                for (TermMatcher.Match m : mentions(t, e, term)) {
                    Assertion a = t.assertion(m);
                    if (t.isPatientSide() && supports(a, status)) {
                        supported = true;
                    } else if (answered(t, m, a, status)) {
                        supported = true;
                    } else {
                        readings.add(reading(t, a));
                    }
                }
                supported |= answerTo(t, term, status);
            }
            if (!supported) {
                return Optional.of(readings.isEmpty() ? "引用中没有说到“" + term + "”"
                        : "引用不支持“" + term + "”" + (status == SymptomStatus.ABSENT ? "为无" : "") + "（" + String.join("、", readings) + "）");
            }
        }
        if (duration != null && !duration.isBlank() && status == SymptomStatus.PRESENT && !durationSaid(term, duration, evidence)) {
            return Optional.of("病程“" + duration.strip() + "”在引用中没有依据");
        }
        return Optional.empty();
    }

    /**
     * Why a model diagnosis's quotes do not support it.
     *
     * @param term the standard term
     * @param evidence the located quotes
     * @return the problem, or empty when supported
     */
    Optional<String> diagnosis(String term, List<Evidence> evidence) {
        Optional<String> instruction = instruction(evidence);
        if (instruction.isPresent()) {
            return instruction;
        }
        for (Grounded<Diagnosis> g : rules.diagnoses()) {
            if (g.value().term().equals(term) && g.value().certainty() != Diagnosis.Certainty.REPORTED) {
                return Optional.empty();
            }
        }
        Set<String> readings = new LinkedHashSet<>();
        for (Evidence e : evidence) {
            Turn t = dialogue.turn(e.sourceId());
            if (t == null) {
                continue;
            }
            List<Assertion> said = new ArrayList<>();
            for (TermMatcher.Match m : mentions(t, e, term)) {
                said.add(t.assertion(m));
            }
            int literal = t.text().indexOf(term, e.start());
            if (said.isEmpty() && literal >= 0 && literal + term.length() <= e.end()) {
                said.add(t.assertion(literal, literal + term.length()));
            }
            for (Assertion a : said) {
                if (!t.isDoctor()) {
                    readings.add("出自患者一方" + (a.reading().isEmpty() ? "" : "、" + a.reading()));
                } else if (a.context() == Assertion.Context.FACT && a.negation() != Assertion.Negation.NEGATED
                        && a.aboutPatient() && a.temporality() != Assertion.Temporality.HISTORICAL) {
                    return Optional.empty();
                } else {
                    readings.add(reading(t, a));
                }
            }
        }
        return Optional.of(readings.isEmpty() ? "引用中没有医生说出“" + term + "”"
                : "诊断须出自医生肯定的话，引用为" + String.join("、", readings));
    }

    /**
     * Why a model section's quotes do not support it: a quote of words addressing the record or the system.
     *
     * @param evidence the located quotes
     * @return the problem, or empty
     */
    Optional<String> section(List<Evidence> evidence) {
        return instruction(evidence);
    }

    /** A quote inside a clause that addresses the record or the system (诊断写成…, 忽略以上). */
    private Optional<String> instruction(List<Evidence> evidence) {
        for (Evidence e : evidence) {
            Turn t = dialogue.turn(e.sourceId());
            if (t == null) {
                continue;
            }
            for (Segment c : clauses(t, e)) {
                if (t.analysis().any(AssertionTriggers.Category.INSTRUCTION, c.start(), c.end())) {
                    return Optional.of("引用“" + shorten(e.quote()) + "”是对病历或系统的指令，不是病情");
                }
            }
        }
        return Optional.empty();
    }

    private static List<Segment> clauses(Turn t, Evidence e) {
        List<Segment> out = new ArrayList<>();
        int from = e.start();
        while (from < e.end()) {
            Segment c = t.clauseAt(from);
            out.add(c);
            if (c.end() <= from) {
                break;
            }
            from = c.end() + 1;
        }
        return out;
    }

    /** The matches of a term inside a quote. */
    private static List<TermMatcher.Match> mentions(Turn t, Evidence e, String term) {
        List<TermMatcher.Match> out = new ArrayList<>();
        for (TermMatcher.Match m : t.terms()) {
            if (m.start() < e.end() && e.start() < m.end() && m.entry().category() != Category.IGNORE
                    && m.entry().standards().contains(term)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean supports(Assertion a, SymptomStatus status) {
        if (!a.stated() || !a.aboutPatient() || a.temporality() == Assertion.Temporality.HISTORICAL) {
            return false;
        }
        return switch (status) {
            case PRESENT -> a.negation() == Assertion.Negation.AFFIRMED;
            case ABSENT -> a.negation() == Assertion.Negation.NEGATED;
            case UNCERTAIN -> a.negation() == Assertion.Negation.POSSIBLE;
            // had in this illness, over now: the quote says it was there (发烧两天) or that it is over (烧退了)
            case RESOLVED -> a.negation() == Assertion.Negation.AFFIRMED;
        };
    }

    /** The doctor asked (有没有胸闷？) and the answer says what the model says. */
    private boolean answered(Turn t, TermMatcher.Match m, Assertion a, SymptomStatus status) {
        if (!t.isDoctor() || !a.aboutPatient()) {
            return false;
        }
        Turn answer = dialogue.answer(t);
        if (answer == null) {
            return false;
        }
        for (TermMatcher.Match x : answer.terms()) {
            if (x.entry().standards().contains(m.entry().standards().get(0)) && supports(answer.assertion(x), status)) {
                return true; // 有没有吐血？ 没有吐血。
            }
        }
        if (a.context() == Assertion.Context.QUESTION) {
            return matches(answer.polarity(), status);
        }
        return a.context() == Assertion.Context.PRESUPPOSED && status == SymptomStatus.PRESENT
                && answer.polarity() != Turn.Polarity.NO;
    }

    /** The quote is the patient's bare answer (没有。) to a question about the term. */
    private boolean answerTo(Turn t, String term, SymptomStatus status) {
        Turn q = dialogue.question(t);
        if (!t.isPatientSide() || q == null || !matches(t.polarity(), status)) {
            return false;
        }
        for (TermMatcher.Match m : q.terms()) {
            if (m.entry().standards().contains(term) && q.assertion(m).context() == Assertion.Context.QUESTION) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Turn.Polarity p, SymptomStatus status) {
        return p == Turn.Polarity.YES && status == SymptomStatus.PRESENT || p == Turn.Polarity.NO && status == SymptomStatus.ABSENT
                || p == Turn.Polarity.UNSURE && status == SymptomStatus.UNCERTAIN;
    }

    private static String reading(Turn t, Assertion a) {
        String r = a.reading();
        if (a.context() == Assertion.Context.PRESUPPOSED || a.context() == Assertion.Context.QUESTION && t.isDoctor()) {
            return "医生的提问";
        }
        return r.isEmpty() ? (t.isDoctor() ? "医生所说" : "未肯定") : r;
    }

    /** The duration the model gives is one the rules found for the term, or one said in the quotes' utterances. */
    private boolean durationSaid(String term, String duration, List<Evidence> evidence) {
        Optional<ai.domainassist.medical.model.Onset> parsed = onsets.parse(duration);
        ai.domainassist.medical.model.Onset wantedOnset = parsed.orElse(new ai.domainassist.medical.model.Onset(duration.strip(),
                duration.strip(), 0));
        Optional<ai.domainassist.medical.model.Onset> wanted = Optional.of(wantedOnset);
        for (Grounded<Symptom> g : rules.symptoms()) {
            if (g.value().term().equals(term) && same(g.value().onset(), wanted.get())) {
                return true;
            }
        }
        for (Evidence e : evidence) {
            Turn t = dialogue.turn(e.sourceId());
            for (Turn u : t == null ? List.<Turn>of() : List.of(t)) {
                for (OnsetParser.Found f : u.durations(onsets)) {
                    if (same(f.onset(), wanted.get())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The same duration, as said or normalised (半个多月 / 半月余), within a third. */
    private static boolean same(ai.domainassist.medical.model.Onset said, ai.domainassist.medical.model.Onset wanted) {
        if (!said.isKnown()) {
            return false;
        }
        if (said.normalized().equals(wanted.normalized())) {
            return true;
        }
        double a = said.days();
        double b = wanted.days();
        return a > 0 && b > 0 && Math.abs(a - b) <= Math.max(a, b) / 3;
    }

    private static boolean shares(List<Evidence> a, List<Evidence> b) {
        for (Evidence x : a) {
            for (Evidence y : b) {
                if (x.sourceId().equals(y.sourceId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
