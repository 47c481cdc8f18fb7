package ai.domainassist.medical.check.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.check.RecordCheck;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.model.VitalSignKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vital signs in plausible ranges and written with units ({@code check/vital-ranges.tsv}, after
 * the MedFlow quality rules): the structured values of the record are range-checked, and the
 * 体格检查 text (whoever wrote it) is read back, every value range-checked and its unit required
 * (体温 ℃, 脉搏/呼吸 次/分, 血压 mmHg ...). A systolic pressure not above the diastolic is flagged.
 * Thread-safe.
 */
public final class VitalSignCheck implements RecordCheck {
    private record Range(String kind, BigDecimal min, BigDecimal max, String unit, Pattern inText, String source,
                         List<String> names) {
    }

    private final Map<String, Range> ranges = new LinkedHashMap<>();

    /** Loads the shipped table. */
    public VitalSignCheck() {
        for (DataFile.Row r : DataFile.resource("check/vital-ranges.tsv")) {
            StringBuilder names = new StringBuilder();
            for (String n : r.col(4).split("\\|")) {
                names.append(names.length() == 0 ? "" : "|")
                        .append(n.length() <= 2 && n.matches("[A-Za-z]+") ? "(?<![A-Za-z])" + n + "(?![A-Za-z])" : Pattern.quote(n));
            }
            Pattern p = Pattern.compile("(?:" + names + ")\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)(?:\\s*/\\s*(\\d+(?:\\.\\d+)?))?(\\s*)");
            ranges.put(r.col(0), new Range(r.col(0), new BigDecimal(r.col(1)), new BigDecimal(r.col(2)), r.col(3), p, r.col(5),
                    List.of(r.col(4).split("\\|"))));
        }
    }

    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> out = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        for (int i = 0; i < record.vitalSigns().size(); i++) {
            Grounded<VitalSign> g = record.vitalSigns().get(i);
            VitalSign v = g.value();
            List<BigDecimal> n = v.numbers();
            String field = "vitalSigns[" + i + "]";
            if (v.kind() == VitalSignKind.BLOOD_PRESSURE) {
                range("BLOOD_PRESSURE_SYSTOLIC", "收缩压", n.get(0), field, g.evidence(), out, flagged);
                range("BLOOD_PRESSURE_DIASTOLIC", "舒张压", n.get(1), field, g.evidence(), out, flagged);
                if (n.get(0).compareTo(n.get(1)) <= 0) {
                    out.add(ReviewFlag.of(ReviewFlag.Kind.OUT_OF_RANGE, field, "血压" + v.value() + "mmHg：收缩压不高于舒张压",
                            g.evidence()));
                }
            } else {
                range(v.kind().name(), v.kind().chinese(), n.get(0), field, g.evidence(), out, flagged);
            }
        }
        Optional<Grounded<String>> exam = record.section(Section.PHYSICAL_EXAM);
        if (exam.isPresent()) {
            String text = exam.get().value();
            String field = Section.PHYSICAL_EXAM.key();
            for (Range r : ranges.values()) {
                if (r.kind.equals("BLOOD_PRESSURE_DIASTOLIC")) {
                    continue;
                }
                boolean bp = r.kind.equals("BLOOD_PRESSURE_SYSTOLIC");
                if (r.names.stream().noneMatch(text::contains)) {
                    continue;
                }
                Matcher m = r.inText.matcher(text);
                while (m.find()) {
                    if (bp && m.group(2) == null) {
                        out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "血压应写作收缩压/舒张压：“" + m.group().strip() + "”",
                                exam.get().evidence()));
                        continue;
                    }
                    if (!bp && m.group(2) != null) {
                        continue;
                    }
                    String unit = bp ? "mmHg" : r.unit;
                    String after = text.substring(m.end());
                    if (!after.regionMatches(true, 0, unit, 0, unit.length())
                            && !(unit.equals("℃") && after.startsWith("°C"))) {
                        out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, nameOf(r) + "数值后必须带" + unit + "：“"
                                + m.group().strip() + "”", exam.get().evidence()));
                    }
                    String label = bp ? "收缩压" : nameOf(r);
                    range(r.kind, label, new BigDecimal(m.group(1)), field, exam.get().evidence(), out, flagged);
                    if (bp) {
                        range("BLOOD_PRESSURE_DIASTOLIC", "舒张压", new BigDecimal(m.group(2)), field, exam.get().evidence(),
                                out, flagged);
                    }
                }
            }
        }
        return out;
    }

    private static String nameOf(Range r) {
        String p = r.inText.pattern();
        int q = p.indexOf("\\Q");
        return q >= 0 ? p.substring(q + 2, p.indexOf("\\E", q)) : r.kind;
    }

    private void range(String kind, String label, BigDecimal value, String field, List<Evidence> ev, List<ReviewFlag> out,
                       Set<String> flagged) {
        Range r = ranges.get(kind);
        if (r == null) {
            return;
        }
        if (value.compareTo(r.min) < 0 || value.compareTo(r.max) > 0) {
            String key = kind + "|" + value.stripTrailingZeros().toPlainString();
            if (flagged.add(key)) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.OUT_OF_RANGE, field, label + value.toPlainString() + r.unit + "不在"
                        + r.min.toPlainString() + "~" + r.max.toPlainString() + r.unit + "范围内"
                        + (r.source.equals("medflow") ? "（MedFlow质控规则）" : "（常见临床范围）") + "，请核实", ev));
            }
        }
    }
}
