package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.rules.TermLexicon.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes 主诉: the symptoms that brought the patient, with their duration, at most
 * {@value #MAX_CHARS} characters, never a diagnosis while there are symptoms
 * (《病历书写基本规范》). The main symptoms are taken from the patient's opening complaint (the first
 * utterance in which the patient reports a symptom):
 * <ol>
 *   <li>the first symptom the patient names is the reason for the visit (even one of the general
 *       condition, when the patient opens with it: 孩子不爱吃饭，肚子胀);</li>
 *   <li>one more is added, the next one in the complaint that is not of the general condition
 *       (睡不好, 吃得少: 现病史's 一般情况) and, when the first has a duration, has one too (a symptom
 *       said without it belongs to 现病史), and that is not the first one again in other words
 *       (气促 and 活动后气促);</li>
 *   <li>when the first belongs to a group that records name together (尿频、尿急、尿痛; 口渴、多饮、多尿)
 *       and the complaint has three of that group, the three are named;</li>
 *   <li>a patient without symptoms who opens with a known disease (体检发现子宫肌瘤) gets
 *       {@code 发现…} with its duration when said.</li>
 * </ol>
 * The tables are {@code rules/chief-complaint.tsv}. Thread-safe.
 */
public final class ChiefComplaintWriter {
    /** The longest 主诉 《病历书写基本规范》 practice allows, in characters. */
    public static final int MAX_CHARS = 20;
    private static final int MAX_MAIN = 2;
    private static final int MAX_GROUP = 3;

    private final Set<String> generalCondition = new HashSet<>();
    private final Set<String> character = new HashSet<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final Cues cues;

    /**
     * Loads {@code rules/chief-complaint.tsv}.
     *
     * @param cues the cue table (to tell a disease the patient reports from one denied or asked about)
     */
    public ChiefComplaintWriter(Cues cues) {
        for (DataFile.Row r : DataFile.resource("rules/chief-complaint.tsv")) {
            switch (r.col(1)) {
                case "GENERAL_CONDITION" -> generalCondition.add(r.col(0));
                case "CHARACTER" -> character.add(r.col(0));
                case "CLUSTER" -> groupOf.put(r.col(0), r.col(2));
                default -> throw new IllegalStateException("rules/chief-complaint.tsv line " + r.line() + ": unknown kind "
                        + r.col(1));
            }
        }
        this.cues = cues;
    }

    /**
     * Writes 主诉.
     *
     * @param d the dialogue
     * @param symptoms the symptoms found
     * @param history the past history found (for a visit without symptoms)
     * @return the text with the evidence of what it names, or {@code null} when the dialogue gives none
     */
    Grounded<String> write(Dialogue d, List<Grounded<Symptom>> symptoms, List<Grounded<HistoryItem>> history) {
        List<Grounded<Symptom>> main = new ArrayList<>(mainSymptoms(symptoms));
        if (main.isEmpty()) {
            return withoutSymptoms(d, history);
        }
        while (!main.isEmpty()) {
            Set<Evidence> evidence = new LinkedHashSet<>();
            double confidence = 1;
            List<String> pieces = new ArrayList<>();
            for (Map.Entry<String, List<Grounded<Symptom>>> g : groups(main).entrySet()) {
                List<String> terms = new ArrayList<>();
                for (Grounded<Symptom> s : g.getValue()) {
                    terms.add(s.value().term());
                    evidence.addAll(s.evidence());
                    confidence = Math.min(confidence, s.confidence());
                }
                pieces.add(String.join("、", terms) + g.getKey());
            }
            String text = String.join("，", pieces);
            if (text.length() <= MAX_CHARS || main.size() == 1) {
                String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
                return new Grounded<>(cut, new ArrayList<>(evidence), Origin.RULES, confidence);
            }
            main.remove(main.size() - 1);
        }
        return null;
    }

    /**
     * The main symptoms (see the class comment).
     *
     * @param symptoms the symptoms
     * @return one to three symptoms in the order said, or none when no symptom is present
     */
    List<Grounded<Symptom>> mainSymptoms(List<Grounded<Symptom>> symptoms) {
        List<Grounded<Symptom>> present = new ArrayList<>();
        for (Grounded<Symptom> s : symptoms) {
            if (s.value().status() == SymptomStatus.PRESENT || s.value().status() == SymptomStatus.RESOLVED) {
                present.add(s); // a symptom over now is still the reason for the visit when it opened it
            }
        }
        if (present.isEmpty()) {
            return present;
        }
        String opening = null;
        for (Grounded<Symptom> s : present) {
            if (s.value().attribution() == Attribution.STATED_BY_PATIENT) {
                opening = s.evidence().get(0).sourceId();
                break;
            }
        }
        List<Grounded<Symptom>> complaint = new ArrayList<>();
        for (Grounded<Symptom> s : present) {
            if ((opening == null || s.evidence().get(0).sourceId().equals(opening)) && !sameSite(complaint, s)
                    && !character.contains(s.value().term())) {
                complaint.add(s);
            }
        }
        if (complaint.isEmpty()) {
            complaint.add(present.get(0)); // only a character was said (稀便): it is the complaint
        }
        Grounded<Symptom> first = complaint.get(0);
        String group = groupOf.get(first.value().term());
        if (group != null) {
            List<Grounded<Symptom>> members = new ArrayList<>();
            for (Grounded<Symptom> s : complaint) {
                if (group.equals(groupOf.get(s.value().term())) && members.size() < MAX_GROUP) {
                    members.add(s);
                }
            }
            if (members.size() == MAX_GROUP && members.get(0) == first) {
                return members;
            }
        }
        List<Grounded<Symptom>> main = new ArrayList<>(List.of(first));
        for (Grounded<Symptom> s : complaint.subList(complaint.indexOf(first) + 1, complaint.size())) {
            if (main.size() == MAX_MAIN) {
                break;
            }
            String a = first.value().term();
            String b = s.value().term();
            if (generalCondition.contains(b) || a.contains(b) || b.contains(a) || SymptomExtractor.subtypeAndGeneral(a, b)
                    || first.value().onset().isKnown() && !s.value().onset().isKnown()) {
                // 咳嗽 and 干咳 are one complaint too (咳嗽、干咳2天 before)
                // 气短，干点活就喘: 气促 and 活动后气促 are one complaint, named once
                continue;
            }
            main.add(s);
        }
        return main;
    }

    /** 白带增多 and 白带异常 name one complaint twice: the second is left out. */
    private static boolean sameSite(List<Grounded<Symptom>> main, Grounded<Symptom> s) {
        String t = s.value().term();
        for (Grounded<Symptom> m : main) {
            String o = m.value().term();
            if (t.length() >= 3 && o.length() >= 3 && t.substring(0, 2).equals(o.substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** Groups symptoms by duration; one without a duration joins the group of the symptom before it. */
    private static Map<String, List<Grounded<Symptom>>> groups(List<Grounded<Symptom>> main) {
        Map<String, List<Grounded<Symptom>>> groups = new LinkedHashMap<>();
        String current = null;
        for (Grounded<Symptom> s : main) {
            String d = s.value().onset().normalized();
            if (d.isEmpty()) {
                d = current != null ? current : firstKnown(main);
            }
            current = d;
            groups.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    private static String firstKnown(List<Grounded<Symptom>> main) {
        for (Grounded<Symptom> s : main) {
            if (s.value().onset().isKnown()) {
                return s.value().onset().normalized();
            }
        }
        return "";
    }

    /**
     * No symptom: the disease the patient comes about, named in the patient's opening utterance
     * (体检B超说子宫有个肌瘤 -> 发现子宫肌瘤), with its duration when the history has it; not a disease
     * answered to a history question later, nor a relative's.
     */
    private Grounded<String> withoutSymptoms(Dialogue d, List<Grounded<HistoryItem>> history) {
        for (Turn t : d.turns()) {
            if (!t.kept || !t.isPatientSide()) {
                continue;
            }
            for (TermMatcher.Match m : Dialogue.matches(t, Category.DISEASE)) {
                if (!t.assertion(m).affirmedNow() || t.isQuestionAt(m.start())) {
                    continue; // 我小姨得过乳腺癌: a relative's disease is not what the patient comes about
                }
                String term = m.entry().standard();
                List<Evidence> ev = new ArrayList<>(List.of(t.evidence(m.start(), m.end())));
                String duration = "";
                for (Grounded<HistoryItem> h : history) {
                    if (h.value().present() && h.value().condition().equals(term) && h.value().duration().isKnown()) {
                        duration = h.value().duration().normalized();
                        ev.addAll(h.evidence());
                    }
                }
                String text = "发现" + term + duration;
                return new Grounded<>(text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS), ev, Origin.RULES,
                        t.roleConfidence);
            }
            return null; // only the opening words say why the patient came (血压有点高 to 有高血压吗 does not)
        }
        return null;
    }
}
