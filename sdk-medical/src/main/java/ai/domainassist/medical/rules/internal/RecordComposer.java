package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.model.VitalSignKind;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the record's prose sections from the findings, in the wording of Chinese outpatient
 * records, every section grounded by the evidence of the findings it uses. Nothing is written that
 * no finding supports: a section without findings is left out (and flagged MISSING by the checks).
 * Thread-safe.
 */
public final class RecordComposer {
    /** The longest 主诉 《病历书写基本规范》 practice allows, in characters. */
    public static final int CHIEF_COMPLAINT_MAX = ChiefComplaintWriter.MAX_CHARS;

    private final Cues cues;
    private final ChiefComplaintWriter chiefComplaint;
    private final PersonalFamilyHistoryWriter personalFamily = new PersonalFamilyHistoryWriter();

    /**
     * @param cues the cue table
     */
    public RecordComposer(Cues cues) {
        this.cues = cues;
        this.chiefComplaint = new ChiefComplaintWriter(cues);
    }

    /** Everything the composer writes from. */
    record Facts(Dialogue dialogue, List<Grounded<Symptom>> symptoms, List<Grounded<VitalSign>> vitals,
                 List<Grounded<Finding>> findings, List<Grounded<Medication>> medications,
                 List<Grounded<Allergy>> allergies, List<Grounded<HistoryItem>> history,
                 List<Grounded<PersonalHistoryItem>> personal, List<Grounded<FamilyHistoryItem>> family,
                 List<Grounded<Examination>> exams, List<Grounded<Diagnosis>> diagnoses, List<Grounded<Advice>> advice) {
    }

    /** Collects text pieces and their evidence. */
    private static final class Prose {
        final List<String> parts = new ArrayList<>();
        final Set<Evidence> evidence = new LinkedHashSet<>();
        double confidence = 1;

        void add(String text, Grounded<?>... from) {
            parts.add(text);
            for (Grounded<?> g : from) {
                evidence.addAll(g.evidence());
                confidence = Math.min(confidence, g.confidence());
            }
        }

        Grounded<String> join(String sep, String end) {
            if (parts.isEmpty()) {
                return null;
            }
            String s = String.join(sep, parts) + end;
            return new Grounded<>(s, new ArrayList<>(evidence), Origin.RULES, confidence);
        }
    }

    /**
     * Writes the sections.
     *
     * @param f the findings
     * @return the sections present
     */
    Map<Section, Grounded<String>> compose(Facts f) {
        Map<Section, Grounded<String>> out = new EnumMap<>(Section.class);
        put(out, Section.CHIEF_COMPLAINT, chiefComplaint.write(f.dialogue(), f.symptoms(), f.history()));
        put(out, Section.PRESENT_ILLNESS, presentIllness(f));
        put(out, Section.PAST_HISTORY, pastHistory(f));
        put(out, Section.ALLERGY_HISTORY, allergyHistory(f));
        put(out, Section.PERSONAL_HISTORY, personalFamily.personal(f.personal()));
        put(out, Section.FAMILY_HISTORY, personalFamily.family(f.family()));
        put(out, Section.PHYSICAL_EXAM, physicalExam(f));
        put(out, Section.AUXILIARY_EXAM, auxiliaryExam(f));
        put(out, Section.DIAGNOSIS, diagnosis(f));
        put(out, Section.PLAN, plan(f));
        return out;
    }

    private static void put(Map<Section, Grounded<String>> out, Section s, Grounded<String> g) {
        if (g != null && !g.value().isBlank()) {
            out.put(s, g);
        }
    }

    private Grounded<String> presentIllness(Facts f) {
        Prose p = new Prose();
        String subject = f.dialogue().isChild() ? "患儿" : "患者";
        Set<String> denied = new java.util.HashSet<>();
        for (Grounded<Symptom> s : f.symptoms()) {
            if (s.value().status() == SymptomStatus.ABSENT) {
                denied.add(s.value().term());
            }
        }
        List<Grounded<Symptom>> present = select(f.symptoms(), s -> s.status() == SymptomStatus.PRESENT
                || s.status() == SymptomStatus.RESOLVED); // had in this illness: written with its onset, then 现已消失
        Set<String> over = new java.util.HashSet<>();
        for (Grounded<Symptom> s : f.symptoms()) {
            if (s.value().status() == SymptomStatus.RESOLVED) {
                over.add(s.value().term());
            }
        }
        Set<String> conflicted = new java.util.HashSet<>();
        for (Grounded<Symptom> s : present) {
            if (s.value().status() == SymptomStatus.PRESENT && denied.contains(s.value().term())) {
                conflicted.add(s.value().term()); // said and denied: written once, with the doubt in words
            }
        }
        for (Grounded<Symptom> s : f.symptoms()) {
            if (s.value().status() == SymptomStatus.ABSENT && conflicted.contains(s.value().term())) {
                p.evidence.addAll(s.evidence()); // the section points at the denial too
            }
        }
        List<Grounded<Symptom>> timed = new ArrayList<>();
        List<Grounded<Symptom>> untimed = new ArrayList<>();
        for (Grounded<Symptom> s : present) {
            (s.value().onset().isKnown() ? timed : untimed).add(s);
        }
        timed.sort((a, b) -> Double.compare(b.value().onset().days(), a.value().onset().days()));
        Map<String, List<Grounded<Symptom>>> byOnset = new LinkedHashMap<>();
        for (Grounded<Symptom> s : timed) {
            byOnset.computeIfAbsent(s.value().onset().normalized(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, List<Grounded<Symptom>>> e : byOnset.entrySet()) {
            sb.append(first ? subject : "，").append(e.getKey()).append("前出现");
            sb.append(describe(e.getValue(), p, conflicted));
            first = false;
        }
        if (!untimed.isEmpty()) {
            sb.append(first ? subject + "诉" : "，伴").append(describe(untimed, p, conflicted));
        }
        List<Grounded<VitalSign>> measured = new ArrayList<>();
        Grounded<VitalSign> highest = null; // the highest temperature the patient's side gave, the first of equal ones
        for (Grounded<VitalSign> v : f.vitals()) {
            if (VitalSignExtractor.selfReported(v, f.dialogue())) {
                measured.add(v);
                if (v.value().kind() == VitalSignKind.TEMPERATURE && (highest == null || number(v) > number(highest))) {
                    highest = v;
                }
            }
        }
        for (Grounded<VitalSign> v : measured) {
            boolean temperature = v.value().kind() == VitalSignKind.TEMPERATURE;
            if (!temperature || v == highest) {
                // one 最高体温, the highest said (every reading was written 最高体温 before: 最高体温38.6℃，最高体温37.8℃);
                // the others stay in the record's vital signs
                // a normal or low reading is no 最高体温 (今天量体温35.7度 after a fever): 自测体温
                String label = temperature && number(v) >= 37.3 ? "最高体温" : "自测" + v.value().kind().chinese();
                sb.append(sb.length() == 0 ? subject : "，").append(label).append(v.value().value()).append(v.value().unit());
                p.evidence.addAll(v.evidence());
            }
        }
        if (sb.length() > 0) {
            p.parts.add(sb + "。");
        }
        List<Grounded<Symptom>> unsure = select(f.symptoms(), s -> s.status() == SymptomStatus.UNCERTAIN);
        if (!unsure.isEmpty()) {
            p.add("可疑" + terms(unsure, p) + "。");
        }
        for (Grounded<Medication> m : select(f.medications(), x -> x.status() == Medication.Status.TAKEN_BEFORE_VISIT)) {
            StringBuilder t = new StringBuilder("自服“").append(m.value().mention()).append("”");
            if (!m.value().dose().isEmpty()) {
                t.append(m.value().dose());
            }
            if (!m.value().frequency().isEmpty()) {
                t.append(m.value().frequency());
            }
            String effect = effect(f.dialogue(), m);
            if (!effect.isEmpty()) {
                t.append("，").append(effect);
            }
            p.add(t + "。", m);
        }
        List<Grounded<Diagnosis>> reported = select(f.diagnoses(), x -> !ReportedIllnessExtractor.doctors(x));
        if (!reported.isEmpty()) {
            List<String> said = new ArrayList<>();
            for (Grounded<Diagnosis> g : reported) {
                said.add("“" + g.evidence().get(0).quote() + "”");
            }
            p.add((f.dialogue().isChild() ? "家属诉" : "自诉") + String.join("、", said) + "。", reported.toArray(new Grounded<?>[0]));
        }
        List<Grounded<Symptom>> absent = select(f.symptoms(), s -> s.status() == SymptomStatus.ABSENT
                && !conflicted.contains(s.term()) && !over.contains(s.term())); // 现已消失 says it is absent now
        if (!absent.isEmpty()) {
            p.add("无" + terms(absent, p) + "。");
        }
        return p.join("", "");
    }

    private String effect(Dialogue d, Grounded<Medication> m) {
        String id = m.evidence().get(0).sourceId();
        for (Turn t : d.turns()) {
            if (t.utterance.id().equals(id)) {
                List<Cues.Hit> hits = cues.find(t.folded, m.evidence().get(0).end(), t.folded.length(), Type.EFFECT);
                return hits.isEmpty() ? "" : hits.get(0).value();
            }
        }
        return "";
    }

    /** What the record says after a symptom the dialogue both reports and denies. */
    static final String CONFLICTED = "（对话中亦有否认，请核实）";

    /** What the record says after a symptom had in this illness and over now ({@link SymptomStatus#RESOLVED}). */
    static final String RESOLVED = "，现已消失";

    private static String describe(List<Grounded<Symptom>> list, Prose p, Set<String> conflicted) {
        List<String> out = new ArrayList<>();
        for (Grounded<Symptom> g : list) {
            Symptom s = g.value();
            StringBuilder t = new StringBuilder(s.term());
            if (conflicted.contains(s.term())) {
                t.append(CONFLICTED);
            }
            if (!s.site().isEmpty() && !s.term().contains(s.site())) {
                t.append("，以").append(s.site()).append("为主");
            }
            if (!s.frequency().isEmpty()) {
                t.append(s.frequency().endsWith("性") ? "，呈" : "，").append(s.frequency());
            }
            if (s.severity().equals("重度")) {
                t.append("，程度较重");
            }
            if (s.status() == SymptomStatus.RESOLVED) {
                t.append(RESOLVED); // had in this illness, over now: said once, never as a contradiction
            }
            out.add(t.toString());
            p.evidence.addAll(g.evidence());
            p.confidence = Math.min(p.confidence, g.confidence());
        }
        String joined = String.join("、", out);
        return joined.contains("，") ? String.join("；", out) : joined;
    }

    private static String terms(List<Grounded<Symptom>> list, Prose p) {
        Set<String> terms = new LinkedHashSet<>();
        for (Grounded<Symptom> g : list) {
            terms.add(g.value().term());
            p.evidence.addAll(g.evidence());
            p.confidence = Math.min(p.confidence, g.confidence());
        }
        return String.join("、", terms);
    }

    private static Grounded<String> pastHistory(Facts f) {
        Prose p = new Prose();
        List<Grounded<Medication>> longTerm = select(f.medications(), m -> m.status() == Medication.Status.LONG_TERM);
        boolean medsWritten = false;
        List<String> deniedDiseases = new ArrayList<>();
        List<Grounded<HistoryItem>> denied = new ArrayList<>();
        for (Grounded<HistoryItem> g : f.history()) {
            HistoryItem h = g.value();
            if (!h.present()) {
                denied.add(g);
                continue;
            }
            String text = switch (h.kind()) {
                case GENERAL -> "既往体健";
                case SURGERY -> h.condition().equals("手术") ? "有手术史"
                        : h.duration().isKnown() ? h.duration().normalized() + "前行" + h.condition() : "有" + h.condition() + "史";
                case TRANSFUSION -> "有输血史";
                case VACCINATION -> h.note().isEmpty() ? "有预防接种史" : "预防接种" + h.note();
                default -> history(h.condition()) + h.duration().normalized();
            };
            if (h.kind() == HistoryItem.Kind.DISEASE && !medsWritten && !longTerm.isEmpty()) {
                text += "，长期服用" + quoted(longTerm, p);
                medsWritten = true;
            }
            p.add(text, g);
        }
        if (!medsWritten && !longTerm.isEmpty()) {
            p.parts.add("长期服用" + quoted(longTerm, p));
        }
        for (Grounded<HistoryItem> g : denied) {
            HistoryItem h = g.value();
            switch (h.kind()) {
                case SURGERY -> p.add("否认" + (h.condition().equals("手术") ? "手术" : h.condition()) + "史", g);
                case VACCINATION -> p.add("未按计划预防接种", g);
                case TRANSFUSION -> p.add("否认输血史", g);
                default -> {
                    deniedDiseases.add(h.condition());
                    p.evidence.addAll(g.evidence());
                }
            }
        }
        if (!deniedDiseases.isEmpty()) {
            p.parts.add("否认" + history(String.join("、", deniedDiseases)));
        }
        return p.join("；", "。");
    }

    /** 高血压病 -> 高血压病史, 哮喘 -> 哮喘病史. */
    private static String history(String condition) {
        return condition + (condition.endsWith("病") ? "史" : "病史");
    }

    private static String quoted(List<Grounded<Medication>> meds, Prose p) {
        List<String> names = new ArrayList<>();
        for (Grounded<Medication> m : meds) {
            names.add("“" + m.value().mention() + "”");
            p.evidence.addAll(m.evidence());
        }
        return String.join("、", names);
    }

    private static Grounded<String> allergyHistory(Facts f) {
        Prose p = new Prose();
        boolean drugDenied = false;
        boolean foodDenied = false;
        boolean allDenied = false;
        for (Grounded<Allergy> g : f.allergies()) {
            Allergy a = g.value();
            if (a.present()) {
                String s = a.substance().isEmpty() ? "有过敏史，过敏原未述" : a.substance() + "过敏";
                s = a.reaction().isEmpty() ? s : s + "（" + a.reaction() + "）";
                p.add(deniedToo(f, a) ? s + CONFLICTED : s, g); // 头孢克肟过敏 and 头孢克肟不过敏: written once, doubted
            } else {
                p.evidence.addAll(g.evidence());
                if (a.substance().isEmpty()) {
                    allDenied = true;
                } else if (a.kind() == Allergy.Kind.FOOD && a.substance().equals("食物")) {
                    foodDenied = true;
                } else if (a.kind() == Allergy.Kind.DRUG && a.substance().equals("药物")) {
                    drugDenied = true;
                } else if (!saidToo(f, a)) {
                    p.parts.add("否认" + a.substance() + "过敏");
                }
            }
        }
        if (drugDenied && foodDenied) {
            p.parts.add("否认药物、食物过敏史");
        } else if (drugDenied) {
            p.parts.add("否认药物过敏史");
        } else if (foodDenied) {
            p.parts.add("否认食物过敏史");
        }
        if (allDenied && !drugDenied && !foodDenied) {
            p.parts.add("否认过敏史");
        }
        return p.join("；", "。");
    }

    /** A named allergen said allergic and also denied (头孢克肟过敏 … 头孢克肟不过敏). */
    private static boolean deniedToo(Facts f, Allergy a) {
        return !a.substance().isEmpty() && f.allergies().stream().anyMatch(o -> !o.value().present()
                && o.value().substance().equals(a.substance()));
    }

    private static boolean saidToo(Facts f, Allergy a) {
        return f.allergies().stream().anyMatch(o -> o.value().present() && o.value().substance().equals(a.substance()));
    }

    private static Grounded<String> physicalExam(Facts f) {
        Prose p = new Prose();
        for (Grounded<VitalSign> v : f.vitals()) {
            if (!VitalSignExtractor.selfReported(v, f.dialogue()) && v.value().kind() != VitalSignKind.BLOOD_GLUCOSE) {
                p.add(v.value().display(), v);
            }
        }
        for (Grounded<Finding> g : f.findings()) {
            Grounded<Finding> other = null;
            for (Grounded<Finding> o : f.findings()) {
                if (o.value().present() != g.value().present() && o.value().term().equals(g.value().term())
                        && o.value().site().equals(g.value().site())) {
                    other = o;
                }
            }
            if (other == null) {
                p.add(g.value().display(), g);
            } else if (g.value().present()) {
                p.add(g.value().display() + CONFLICTED, g, other); // said and denied: written once, with the doubt in words
            }
        }
        return p.join("，", "。");
    }

    private static Grounded<String> auxiliaryExam(Facts f) {
        Prose p = new Prose();
        for (Grounded<Examination> g : select(f.exams(), e -> e.status() == Examination.Status.DONE)) {
            Examination e = g.value();
            p.add(e.result().isEmpty() ? e.name() + "（结果未述）" : e.name() + "：" + e.result(), g);
        }
        for (Grounded<VitalSign> v : f.vitals()) {
            if (v.value().kind() == VitalSignKind.BLOOD_GLUCOSE) {
                p.add(v.value().display(), v);
            }
        }
        return p.join("；", "。");
    }

    private static Grounded<String> diagnosis(Facts f) {
        Prose p = new Prose();
        for (Grounded<Diagnosis> g : f.diagnoses()) {
            if (ReportedIllnessExtractor.doctors(g.value())) {
                p.add(g.value().display(), g);
            }
        }
        return p.join("；", "");
    }

    private static Grounded<String> plan(Facts f) {
        Prose p = new Prose();
        List<String> items = new ArrayList<>();
        for (Grounded<Medication> g : select(f.medications(), m -> m.status() == Medication.Status.PRESCRIBED)) {
            Medication m = g.value();
            String s = m.name() + (m.dose().isEmpty() ? "" : " " + m.dose()) + (m.frequency().isEmpty() ? "" : " " + m.frequency());
            items.add(s);
            p.add(s, g);
        }
        List<Grounded<Examination>> ordered = select(f.exams(), e -> e.status() == Examination.Status.ORDERED);
        if (!ordered.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Grounded<Examination> g : ordered) {
                names.add(g.value().name());
                p.evidence.addAll(g.evidence());
            }
            items.add("查" + String.join("、", names));
        }
        for (Advice.Kind k : List.of(Advice.Kind.TREATMENT, Advice.Kind.LIFESTYLE, Advice.Kind.REFERRAL,
                Advice.Kind.FOLLOW_UP, Advice.Kind.WARNING_SIGNS)) {
            for (Grounded<Advice> g : f.advice()) {
                if (g.value().kind() == k) {
                    items.add(g.value().text());
                    p.evidence.addAll(g.evidence());
                }
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(items.get(i));
        }
        p.parts.clear();
        p.parts.add(sb + "。");
        return p.join("", "");
    }

    private static <T> List<Grounded<T>> select(List<Grounded<T>> list, Predicate<T> keep) {
        List<Grounded<T>> out = new ArrayList<>();
        for (Grounded<T> g : list) {
            if (keep.test(g.value())) {
                out.add(g);
            }
        }
        return out;
    }

    /** A one-number vital sign's value (the record checks it is a number). */
    private static double number(Grounded<VitalSign> v) {
        return v.value().numbers().get(0).doubleValue();
    }
}
