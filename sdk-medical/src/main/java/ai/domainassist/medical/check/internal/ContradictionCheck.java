package ai.domainassist.medical.check.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.check.RecordCheck;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.model.VitalSignKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contradictions inside a record: a symptom both present and absent (one had and over now,
 * {@link SymptomStatus#RESOLVED}, is none); an allergy said in the
 * dialogue while 过敏史 denies allergies; a 主诉 symptom the patient denied; a measured fever
 * (≥37.3℃) while fever is denied; a drug allergy listed and a drug allergy denied; an allergen said allergic and not allergic; 个人史 denying a
 * habit the patient has (or writing one the patient denied); 家族史 denying family diseases a relative
 * has. Thread-safe.
 */
public final class ContradictionCheck implements RecordCheck {
    private static final BigDecimal FEVER = new BigDecimal("37.3");
    private static final java.util.regex.Pattern DENIAL = java.util.regex.Pattern.compile("^(否认|无|不|未|从不)");

    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> out = new ArrayList<>();
        Map<String, Grounded<Symptom>> present = new HashMap<>();
        Map<String, Grounded<Symptom>> absent = new HashMap<>();
        Map<String, Grounded<Symptom>> over = new HashMap<>(); // RESOLVED: had, over now; no contradiction
        for (Grounded<Symptom> s : record.symptoms()) {
            if (s.value().status() == SymptomStatus.PRESENT) {
                present.putIfAbsent(s.value().term(), s);
            } else if (s.value().status() == SymptomStatus.ABSENT) {
                absent.putIfAbsent(s.value().term(), s);
            } else if (s.value().status() == SymptomStatus.RESOLVED) {
                over.putIfAbsent(s.value().term(), s);
            }
        }
        for (Map.Entry<String, Grounded<Symptom>> e : present.entrySet()) {
            Grounded<Symptom> no = absent.get(e.getKey());
            if (no != null) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "symptoms", "“" + e.getKey() + "”在对话中既被述有又被否认，请核实",
                        both(e.getValue().evidence(), no.evidence())));
            }
        }
        Map<String, Grounded<Finding>> seen = new HashMap<>();
        Map<String, Grounded<Finding>> denied = new HashMap<>();
        for (Grounded<Finding> g : record.findings()) {
            String key = g.value().site() + "|" + g.value().term();
            (g.value().present() ? seen : denied).putIfAbsent(key, g);
        }
        for (Map.Entry<String, Grounded<Finding>> e : seen.entrySet()) {
            Grounded<Finding> no = denied.get(e.getKey());
            if (no != null) { // 无脱水 … 脱水: the doctor said both
                out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "findings", "体征“" + e.getValue().value().display()
                        + "”在对话中既被述有又被否认，请核实", both(e.getValue().evidence(), no.evidence())));
            }
        }
        record.chiefComplaint().ifPresent(cc -> {
            for (Map.Entry<String, Grounded<Symptom>> e : absent.entrySet()) {
                if (cc.value().contains(e.getKey()) && !present.containsKey(e.getKey()) && !over.containsKey(e.getKey())) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, Section.CHIEF_COMPLAINT.key(), "主诉含“" + e.getKey()
                            + "”，但患者否认该症状", both(cc.evidence(), e.getValue().evidence())));
                }
            }
        });
        Grounded<Symptom> noFever = absent.get("发热");
        if (noFever != null && !present.containsKey("发热") && !over.containsKey("发热")) {
            for (Grounded<VitalSign> v : record.vitalSigns()) {
                if (v.value().kind() == VitalSignKind.TEMPERATURE && v.value().numbers().get(0).compareTo(FEVER) >= 0) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "symptoms", "体温" + v.value().value()
                            + "℃，但记录为无发热，请核实", both(v.evidence(), noFever.evidence())));
                }
            }
        }
        List<Grounded<Allergy>> allergies = new ArrayList<>();
        boolean drugDenied = false;
        List<Evidence> denialEvidence = new ArrayList<>();
        for (Grounded<Allergy> a : record.allergies()) {
            if (a.value().present()) {
                allergies.add(a);
            } else if (a.value().kind() == Allergy.Kind.DRUG && a.value().substance().equals("药物")) {
                drugDenied = true;
                denialEvidence.addAll(a.evidence());
            }
        }
        for (Grounded<Allergy> a : allergies) {
            for (Grounded<Allergy> o : record.allergies()) {
                if (!o.value().present() && !a.value().substance().isEmpty()
                        && o.value().substance().equals(a.value().substance())) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "allergies", "“" + a.value().substance()
                            + "”在对话中既述过敏，又述不过敏，请核实", both(a.evidence(), o.evidence())));
                }
            }
            if (drugDenied && a.value().kind() == Allergy.Kind.DRUG) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "allergies", "对话中既述“" + a.value().substance()
                        + "”过敏，又否认药物过敏，请核实", both(a.evidence(), denialEvidence)));
            }
        }
        Optional<Grounded<String>> history = record.section(Section.ALLERGY_HISTORY);
        if (history.isPresent() && !allergies.isEmpty()) {
            String text = history.get().value();
            boolean denies = text.contains("否认") || text.strip().matches("^无[。.]?$") || text.contains("无过敏");
            for (Grounded<Allergy> a : allergies) {
                String substance = a.value().substance();
                if (denies && (substance.isEmpty() || !text.contains(substance))) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, Section.ALLERGY_HISTORY.key(), "对话中提到"
                            + (substance.isEmpty() ? "过敏" : "“" + substance + "”过敏") + "，但过敏史写为否认/无",
                            both(history.get().evidence(), a.evidence())));
                }
            }
        }
        personalHistory(record, out);
        familyHistory(record, out);
        return out;
    }

    /** 个人史 that says 否认吸烟 while the patient smokes, or 吸烟… while the patient denied it. */
    private static void personalHistory(OutpatientRecord record, List<ReviewFlag> out) {
        Optional<Grounded<String>> section = record.section(Section.PERSONAL_HISTORY);
        if (section.isEmpty()) {
            return;
        }
        for (Grounded<PersonalHistoryItem> g : record.personalHistory()) {
            PersonalHistoryItem p = g.value();
            String habit = p.kind() == PersonalHistoryItem.Kind.SMOKING ? "吸烟" : p.kind() == PersonalHistoryItem.Kind.DRINKING
                    ? "饮酒" : null;
            if (habit == null) {
                continue;
            }
            for (String clause : section.get().value().split("[；;。]")) {
                if (!clause.contains(habit)) {
                    continue;
                }
                boolean denies = DENIAL.matcher(clause.strip()).find();
                if (denies && p.status() != PersonalHistoryItem.Status.DENIED) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, Section.PERSONAL_HISTORY.key(), "个人史写为否认" + habit
                            + "，但对话中患者述有", both(section.get().evidence(), g.evidence())));
                } else if (!denies && p.status() == PersonalHistoryItem.Status.DENIED) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, Section.PERSONAL_HISTORY.key(), "个人史写有" + habit
                            + "，但对话中患者否认", both(section.get().evidence(), g.evidence())));
                }
            }
        }
    }

    /** 家族史 that denies family diseases while a relative's disease was said. */
    private static void familyHistory(OutpatientRecord record, List<ReviewFlag> out) {
        Optional<Grounded<String>> section = record.section(Section.FAMILY_HISTORY);
        if (section.isEmpty()) {
            return;
        }
        String text = section.get().value();
        for (Grounded<FamilyHistoryItem> g : record.familyHistory()) {
            FamilyHistoryItem f = g.value();
            if (!f.present()) {
                continue;
            }
            boolean denied = false;
            for (String clause : text.split("[；;。]")) {
                String c = clause.strip();
                denied |= DENIAL.matcher(c).find() && (c.contains(f.condition()) || c.contains("遗传病")
                        || c.matches("^(否认家族史|无特殊|家族史无特殊)$"));
            }
            if (denied) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, Section.FAMILY_HISTORY.key(), "家族史写为否认，但对话中提到"
                        + String.join("、", f.relatives()) + "有“" + f.condition() + "”", both(section.get().evidence(), g.evidence())));
            }
        }
    }

    private static List<Evidence> both(List<Evidence> a, List<Evidence> b) {
        List<Evidence> out = new ArrayList<>(a);
        for (Evidence e : b) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
