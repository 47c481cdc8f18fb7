package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Patient;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the family history (家族史): what the patient side says of blood relatives' diseases (我爸我妈都是
 * 高血压; 我父亲五十多岁的时候心梗走的), the answers to the doctor's family questions (家里有人有糖尿病吗？
 * 我妈有 / 没有), and general denials (家里有遗传病吗？ 没有). The relatives are the {@code RELATIVE}
 * cues of {@code rules/cues.tsv}; the question words and extra conditions are {@code rules/family-history.tsv}.
 * An acute illness of a relative (他爸爸前两天感冒了) is contact, not family history; a relative's
 * complaint (我爸也手抖) counts when the doctor asked about the family; a parent speaking for a child
 * patient about themself (我有过敏性鼻炎) is a relative. Thread-safe.
 */
public final class FamilyHistoryExtractor {
    private final Cues cues;
    private final PhraseTrie<String> questionWords = new PhraseTrie<>();
    private final PhraseTrie<String> conditionWords = new PhraseTrie<>();
    private final PhraseTrie<String> illnessWords = new PhraseTrie<>();
    private final PhraseTrie<String> similarWords = new PhraseTrie<>();

    /** A condition named: its record term and where. */
    private record Named(String condition, int start, int end, boolean present) {
    }

    /**
     * Loads {@code rules/family-history.tsv}.
     *
     * @param cues the cue table (relatives, negation)
     */
    public FamilyHistoryExtractor(Cues cues) {
        this.cues = cues;
        for (DataFile.Row r : DataFile.resource("rules/family-history.tsv")) {
            switch (r.col(1)) {
                case "QUESTION" -> questionWords.add(TermMatcher.fold(r.col(0)), r.col(0));
                case "CONDITION" -> conditionWords.add(TermMatcher.fold(r.col(0)), r.col(2));
                case "ILLNESS" -> illnessWords.add(TermMatcher.fold(r.col(0)), r.col(0));
                case "SIMILAR" -> similarWords.add(TermMatcher.fold(r.col(0)), r.col(0));
                default -> throw new IllegalStateException("rules/family-history.tsv line " + r.line() + ": unknown kind "
                        + r.col(1));
            }
        }
        questionWords.freeze();
        illnessWords.freeze();
        similarWords.freeze();
        conditionWords.freeze();
    }

    /**
     * Extracts the family history.
     *
     * @param d the dialogue
     * @return one entry per condition and polarity, relatives merged, in order of mention
     */
    public List<Grounded<FamilyHistoryItem>> extract(Dialogue d) {
        Map<String, Grounded<FamilyHistoryItem>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            Turn q = d.question(t);
            boolean familyQuestion = q != null && isFamilyQuestion(q);
            boolean explicit = false;
            for (Segment c : t.clauses) {
                List<String> relatives = relatives(d, t, c, familyQuestion);
                if (relatives.isEmpty() || t.folded.substring(c.start(), c.end()).contains("说")) {
                    continue; // 我老婆说我…: reported speech about the patient
                }
                List<Named> named = conditions(t, c.start(), c.end(), familyQuestion && similarAsked(q));
                if (named.isEmpty() && familyQuestion) {
                    for (Named n : asked(q)) { // 家里有人得过吗？ 我爸以前得过
                        named.add(new Named(n.condition(), c.start(), c.end(), !cues.any(t.folded, c.start(), c.end(),
                                Type.NEG_PRE)));
                    }
                }
                for (Named n : named) {
                    if (n.condition().isEmpty() && n.present()) {
                        continue; // 家里有人这样 is no condition of its own
                    }
                    List<Evidence> ev = new ArrayList<>(List.of(t.evidence(c.start(), c.end())));
                    double conf = t.roleConfidence;
                    if (familyQuestion) {
                        ev.add(0, q.evidence());
                        conf = Math.min(conf, q.roleConfidence);
                    }
                    put(out, n.condition(), n.present() ? relatives : List.of(), n.present(), ev, conf);
                    explicit = true;
                }
            }
            if (!explicit && familyQuestion) {
                answer(q, t, out);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** 没有: every condition asked is denied (or family diseases in general); 有 to one condition: present. */
    private void answer(Turn q, Turn t, Map<String, Grounded<FamilyHistoryItem>> out) {
        List<Named> asked = asked(q);
        List<Evidence> ev = List.of(q.evidence(), t.evidence());
        double conf = Math.min(q.roleConfidence, t.roleConfidence);
        if (t.polarity == Turn.Polarity.NO) {
            if (asked.isEmpty() && acuteOnly(q)) {
                return; // 家里有人感冒吗？ 没有: no family history asked
            }
            if (asked.isEmpty() && any(illnessWords, q.folded, 0, q.folded.length())) {
                put(out, "", List.of(), false, ev, conf); // 家里有遗传病吗？ 没有 (not 家里有体温计吗？ 没有)
            }
            for (Named n : asked) {
                put(out, n.condition(), List.of(), false, ev, conf);
            }
        } else if (t.polarity == Turn.Polarity.YES && asked.size() == 1 && !asked.get(0).condition().isEmpty()) {
            put(out, asked.get(0).condition(), List.of(), true, ev, conf * 0.8);
        }
    }

    private boolean isFamilyQuestion(Turn q) {
        for (int c = 0; c < q.clauses.size(); c++) {
            Segment s = q.clauses.get(c);
            if (q.questionClause[c] && (any(questionWords, q.folded, s.start(), s.end())
                    || cues.any(q.folded, s.start(), s.end(), Type.RELATIVE))) {
                return true;
            }
        }
        return false;
    }

    /** The conditions a family question asks about: those of its family clauses, else of the whole question. */
    private List<Named> asked(Turn q) {
        List<Named> out = new ArrayList<>();
        for (int c = 0; c < q.clauses.size(); c++) {
            Segment s = q.clauses.get(c);
            if (q.questionClause[c] && (any(questionWords, q.folded, s.start(), s.end())
                    || cues.any(q.folded, s.start(), s.end(), Type.RELATIVE))) {
                out.addAll(conditions(q, s.start(), s.end(), similarAsked(q)));
            }
        }
        if (out.isEmpty()) {
            out.addAll(conditions(q, 0, q.folded.length(), similarAsked(q)));
            out.removeIf(n -> n.condition().isEmpty());
        }
        Set<String> seen = new LinkedHashSet<>();
        out.removeIf(n -> !seen.add(n.condition()));
        return out;
    }

    private boolean acuteOnly(Turn q) {
        boolean any = false;
        for (TermMatcher.Match m : Dialogue.matches(q, Category.DISEASE, Category.SYMPTOM)) {
            if (!(m.entry().category() == Category.DISEASE && m.entry().extra().equals("ACUTE"))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a family question asks for a condition like the patient's (家里人有这样的吗？): only then is a
     * relative's complaint family history; 孩子妈妈有没有腹泻？ asks about contagion, not heredity.
     */
    private boolean similarAsked(Turn q) {
        return any(similarWords, q.folded, 0, q.folded.length());
    }

    /** Diseases (not acute ones), complaints (when a condition like the patient's was asked about) and the condition words, in a span. */
    private List<Named> conditions(Turn t, int from, int to, boolean familyQuestion) {
        List<Named> out = new ArrayList<>();
        for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE, Category.SYMPTOM)) {
            if (m.start() < from || m.end() > to || m.entry().category() == Category.DISEASE && m.entry().extra().equals("ACUTE")
                    || m.entry().category() == Category.SYMPTOM && !familyQuestion) {
                continue;
            }
            Assertion a = t.assertion(m);
            boolean asked = t.isDoctor() && a.context() == Assertion.Context.QUESTION;
            if ((a.stated() || asked) && a.negation() != Assertion.Negation.POSSIBLE) {
                for (String s : m.entry().standards()) {
                    out.add(new Named(s, m.start(), m.end(), a.negation() == Assertion.Negation.AFFIRMED));
                }
            }
        }
        int i = from;
        while (i < to) {
            PhraseTrie.Hit<String> h = conditionWords.longestAt(t.folded, i, to);
            if (h == null) {
                i++;
                continue;
            }
            final int s = h.start();
            if (out.stream().noneMatch(n -> s >= n.start() && s < n.end())) {
                out.add(new Named(h.payload(), h.start(), h.end(), !cues.any(t.folded, from, h.start(), Type.NEG_PRE)));
            }
            i = h.end();
        }
        return out;
    }

    /** The relatives a clause names; a parent speaking for a child patient about themself (我有…) is one. */
    private List<String> relatives(Dialogue d, Turn t, Segment c, boolean familyQuestion) {
        List<String> out = new ArrayList<>();
        Patient patient = d.patient();
        for (Cues.Hit h : t.cues(cues, Type.RELATIVE)) {
            if (patient.kind() == Patient.Kind.RELATIVE && patient.relative().equals(h.value())) {
                continue; // 我爸有冠心病，最近胸痛: the father is the patient, his disease is past history
            }
            if (h.start() >= c.start() && h.end() <= c.end() && !out.contains(h.value())) {
                out.add(h.value());
            }
        }
        if (out.isEmpty() && familyQuestion && d.isChild() && t.role == Speaker.FAMILY
                && t.folded.startsWith("我", c.start())) {
            String label = t.utterance.label();
            out.add(label.contains("妈") || label.contains("母") ? "母亲" : label.contains("爸") || label.contains("父") ? "父亲"
                    : "患儿家长");
        }
        return out;
    }

    private static boolean any(PhraseTrie<String> trie, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (trie.longestAt(s, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static void put(Map<String, Grounded<FamilyHistoryItem>> out, String condition, List<String> relatives,
                            boolean present, List<Evidence> ev, double conf) {
        String key = condition + "|" + present;
        Grounded<FamilyHistoryItem> prev = out.get(key);
        if (prev == null) {
            out.put(key, new Grounded<>(new FamilyHistoryItem(condition, relatives, present), ev, Origin.RULES, conf));
            return;
        }
        List<String> merged = new ArrayList<>(prev.value().relatives());
        for (String r : relatives) {
            if (!merged.contains(r)) {
                merged.add(r);
            }
        }
        List<Evidence> evidence = new ArrayList<>(prev.evidence());
        for (Evidence e : ev) {
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        out.put(key, new Grounded<>(new FamilyHistoryItem(condition, merged, present), evidence, Origin.RULES,
                Math.max(prev.confidence(), conf)));
    }
}
