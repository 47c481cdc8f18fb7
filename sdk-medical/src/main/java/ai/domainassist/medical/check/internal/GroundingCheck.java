package ai.domainassist.medical.check.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.check.RecordCheck;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import ai.domainassist.medical.rules.internal.Lexicons;
import ai.domainassist.medical.rules.internal.TermMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every value must be supported by the dialogue:
 * <ul>
 *   <li>each evidence span must point into an utterance and quote it exactly, else the field is
 *       {@code UNGROUNDED};</li>
 *   <li>a value produced by a model (or by the rules) with no valid evidence is {@code UNGROUNDED};</li>
 *   <li>each diagnosis in 初步诊断 must have been said in the dialogue, as written or in a spoken
 *       form the lexicon knows (感冒 for 急性上呼吸道感染), else it is {@code UNGROUNDED}.</li>
 * </ul>
 * Thread-safe.
 */
public final class GroundingCheck implements RecordCheck {
    private final Lexicons lexicons;
    private final Map<String, Set<String>> surfacesOf = new HashMap<>();

    /**
     * @param lexicon the lexicon that knows the spoken forms of diagnoses
     */
    public GroundingCheck(TermLexicon lexicon) {
        this.lexicons = new Lexicons(lexicon);
        for (Entry e : lexicon.entries()) {
            if (e.category() == Category.DISEASE || e.category() == Category.SYMPTOM) {
                for (String s : e.standards()) {
                    surfacesOf.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(e.surface());
                }
            }
        }
    }

    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> out = new ArrayList<>();
        record.visitTime().ifPresent(g -> field("visitTime", g, transcript, out));
        record.department().ifPresent(g -> field("department", g, transcript, out));
        for (Map.Entry<Section, Grounded<String>> e : record.sections().entrySet()) {
            field(e.getKey().key(), e.getValue(), transcript, out);
        }
        list("symptoms", record.symptoms(), transcript, out);
        list("vitalSigns", record.vitalSigns(), transcript, out);
        list("findings", record.findings(), transcript, out);
        list("medications", record.medications(), transcript, out);
        list("allergies", record.allergies(), transcript, out);
        list("history", record.history(), transcript, out);
        list("personalHistory", record.personalHistory(), transcript, out);
        list("familyHistory", record.familyHistory(), transcript, out);
        list("examinations", record.examinations(), transcript, out);
        list("diagnoses", record.diagnoses(), transcript, out);
        list("advice", record.advice(), transcript, out);
        record.diagnosisText().ifPresent(d -> diagnosesSaid(d, transcript, out));
        return out;
    }

    private <T> void list(String name, List<Grounded<T>> items, Transcript t, List<ReviewFlag> out) {
        for (int i = 0; i < items.size(); i++) {
            field(name + "[" + i + "]", items.get(i), t, out);
        }
    }

    private static void field(String name, Grounded<?> g, Transcript t, List<ReviewFlag> out) {
        if (g.origin() == Origin.INPUT) {
            return;
        }
        int valid = 0;
        List<Evidence> bad = new ArrayList<>();
        for (Evidence e : g.evidence()) {
            if (valid(e, t)) {
                valid++;
            } else {
                bad.add(e);
            }
        }
        if (!bad.isEmpty()) {
            out.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, name,
                    "引用的证据与对话原文不符（" + bad.size() + "处）", bad));
        }
        if (valid == 0 && bad.isEmpty()) {
            String who = g.origin() == Origin.MODEL ? "模型生成的内容" : "该内容";
            out.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, name, who + "在对话中找不到依据，请核实", List.of()));
        }
    }

    /**
     * Whether an evidence span quotes its utterance exactly.
     *
     * @param e the evidence
     * @param t the transcript
     * @return {@code true} when valid
     */
    public static boolean valid(Evidence e, Transcript t) {
        Optional<Utterance> u = t.utterance(e.sourceId());
        if (u.isEmpty()) {
            return false;
        }
        String text = u.get().text();
        return e.end() <= text.length() && e.end() > e.start() && text.substring(e.start(), e.end()).equals(e.quote());
    }

    private void diagnosesSaid(Grounded<String> section, Transcript t, List<ReviewFlag> out) {
        StringBuilder all = new StringBuilder();
        for (Utterance u : t.utterances()) {
            all.append(TermMatcher.fold(u.text())).append('\n');
        }
        String dialogue = all.toString();
        for (String item : section.value().split("[；;、，,\\n]|\\d+[.、．]")) {
            String term = item.replaceAll("[？?（）()。\\s]|待排|待查|可能|考虑|初步诊断|诊断", "").strip();
            if (term.isEmpty()) {
                continue;
            }
            if (!said(term, dialogue)) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.UNGROUNDED, Section.DIAGNOSIS.key(), "诊断“" + term
                        + "”在对话中没有出现，医生未作此诊断时请删除", section.evidence()));
            }
        }
    }

    private boolean said(String term, String dialogue) {
        String folded = TermMatcher.fold(term);
        if (dialogue.contains(folded)) {
            return true;
        }
        Set<String> candidates = new LinkedHashSet<>(surfacesOf.getOrDefault(term, Set.of()));
        for (TermMatcher.Match m : lexicons.main().find(folded, 0, folded.length())) {
            if (m.entry().category() == Category.DISEASE && m.end() - m.start() >= folded.length() - 2) {
                for (String s : m.entry().standards()) {
                    candidates.addAll(surfacesOf.getOrDefault(s, Set.of()));
                }
            }
        }
        for (String c : candidates) {
            if (c.indexOf('…') < 0 && dialogue.contains(TermMatcher.fold(c))) {
                return true;
            }
        }
        return false;
    }
}
