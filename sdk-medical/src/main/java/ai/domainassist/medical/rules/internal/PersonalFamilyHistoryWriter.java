package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.PersonalHistoryItem.Kind;
import ai.domainassist.medical.model.PersonalHistoryItem.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the 个人史 and 家族史 sections from their entries, in the wording of Chinese records
 * (吸烟30余年，每日1包；否认饮酒史；职业：中学老师 / 父亲、母亲有高血压病史；否认家族遗传病史), every
 * section grounded by the evidence of the entries it uses. No entries, no section. Stateless and thread-safe.
 */
final class PersonalFamilyHistoryWriter {

    /**
     * Writes 个人史.
     *
     * @param items the entries
     * @return the section, or {@code null} when there is none
     */
    Grounded<String> personal(List<Grounded<PersonalHistoryItem>> items) {
        List<String> parts = new ArrayList<>();
        Set<Evidence> ev = new LinkedHashSet<>();
        double conf = 1;
        List<String> deniedHabits = new ArrayList<>();
        int deniedAt = -1;
        for (Grounded<PersonalHistoryItem> g : items) {
            PersonalHistoryItem p = g.value();
            ev.addAll(g.evidence());
            conf = Math.min(conf, g.confidence());
            String detail = p.detail();
            switch (p.kind()) {
                case SMOKING, DRINKING -> {
                    String habit = p.kind() == Kind.SMOKING ? "吸烟" : "饮酒";
                    if (p.status() == Status.DENIED) {
                        deniedAt = deniedAt < 0 ? parts.size() : deniedAt;
                        deniedHabits.add(habit);
                        continue;
                    }
                    boolean occasional = detail.startsWith("偶尔");
                    String rest = occasional ? detail.replaceFirst("^偶尔，?", "") : detail;
                    String head = p.status() == Status.FORMER && !p.duration().isKnown() ? "既往" + habit
                            : (occasional ? "偶尔" : "") + habit + p.duration().normalized();
                    parts.add(rest.isEmpty() ? head : head + "，" + rest);
                }
                case OCCUPATION -> parts.add("职业：" + detail);
                case EXPOSURE -> {
                    String what = detail.isEmpty() ? "毒物、粉尘及放射性物质" : detail;
                    String noun = what.equals("疫区旅居") ? "史" : "接触史";
                    parts.add((p.status() == Status.DENIED ? "否认" : "有") + what + noun);
                }
                case MENSTRUAL -> parts.add("月经史：" + detail);
                case OBSTETRIC -> parts.add("婚育史：" + detail);
                default -> throw new IllegalStateException("unknown kind " + p.kind());
            }
        }
        if (deniedAt >= 0) {
            parts.add(deniedAt, "否认" + String.join("、", deniedHabits) + "史");
        }
        return parts.isEmpty() ? null : new Grounded<>(String.join("；", parts) + "。", new ArrayList<>(ev), Origin.RULES, conf);
    }

    /**
     * Writes 家族史.
     *
     * @param items the entries
     * @return the section, or {@code null} when there is none
     */
    Grounded<String> family(List<Grounded<FamilyHistoryItem>> items) {
        List<String> parts = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        boolean deniedAll = false;
        Set<Evidence> ev = new LinkedHashSet<>();
        double conf = 1;
        for (Grounded<FamilyHistoryItem> g : items) {
            FamilyHistoryItem f = g.value();
            ev.addAll(g.evidence());
            conf = Math.min(conf, g.confidence());
            if (!f.present()) {
                if (f.condition().isEmpty()) {
                    deniedAll = true;
                } else {
                    denied.add(f.condition());
                }
                continue;
            }
            String who = f.relatives().isEmpty() ? "家族中有人" : String.join("、", f.relatives());
            parts.add(who + "有" + history(f.condition()));
        }
        if (!denied.isEmpty()) {
            parts.add("否认家族" + history(String.join("、", denied)));
        }
        if (deniedAll) {
            parts.add("否认家族遗传病史");
        }
        return parts.isEmpty() ? null : new Grounded<>(String.join("；", parts) + "。", new ArrayList<>(ev), Origin.RULES, conf);
    }

    /** 高血压病 -> 高血压病史, 手抖 -> 手抖病史. */
    private static String history(String condition) {
        return condition + (condition.endsWith("病") ? "史" : "病史");
    }
}
