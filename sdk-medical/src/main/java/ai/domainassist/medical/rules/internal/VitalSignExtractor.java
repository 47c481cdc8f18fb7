package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.model.VitalSignKind;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds measured vital signs with their units ({@code rules/vital-signs.tsv}): 体温38.5度,
 * 三十八度五, 38度5, 血压130/85, 高压140低压90, 心率88, 血氧98%, 体重15公斤, 身高一米七. A bare value that
 * answers the doctor's question about a sign (医生：量体温了吗？ 患者：三十八度五) is read as that sign.
 * Values are kept as said (after unit conversion); range checks belong to the checks. Thread-safe.
 */
public final class VitalSignExtractor {
    private static final String N = Numbers.NUMBER;
    private static final String FILL = "(?:是|有|大概|差不多|测的|测了|量的|量了|我测一下|我量一下|测一下|量一下|一般|都|在|为|：|:|，|,|百分之|\\s)*";
    private static final Pattern ASKS_VALUE = Pattern.compile("多少|多重|多高|几度|量|测|烧到|几");

    private record Kind(VitalSignKind kind, List<String> names, Pattern named, Map<String, BigDecimal> units, double min,
                        double max) {
    }

    private final List<Kind> kinds = new ArrayList<>();
    private final Map<VitalSignKind, Kind> byKind = new EnumMap<>(VitalSignKind.class);
    private final Pattern bloodPressure = Pattern.compile("(?:血压|BP)" + FILL + "(" + N + ")\\s*[/／比]\\s*(" + N
            + ")\\s*(MMHG|毫米汞柱)?|高压" + FILL + "(" + N + ")[，,\\s]*低压" + FILL + "(" + N + ")\\s*(MMHG|毫米汞柱)?");
    private final Pattern bareBloodPressure = Pattern.compile("(" + N + ")\\s*[/／比]\\s*(" + N + ")\\s*(MMHG|毫米汞柱)?");
    /** 38度5 (the decimal said after 度); not 38.7度三天 (a duration follows), never on a number with a decimal point. */
    private final Pattern temperatureShort = Pattern.compile("(" + N + ")\\s*度\\s*([0-9一二三四五六七八九])(?![0-9次天日周月年个小岁])");
    private final Pattern height = Pattern.compile("([一1])\\s*米\\s*([0-9一二三四五六七八九]{1,2})");
    private static final Pattern DEGREES = Pattern.compile("(" + N + ")\\s*(度|℃|°C|摄氏度)(?![0-9])");
    private final Map<VitalSignKind, Pattern> withUnit = new EnumMap<>(VitalSignKind.class);
    private final Map<VitalSignKind, Pattern> unitOptional = new EnumMap<>(VitalSignKind.class);

    /** Loads the shipped table. */
    public VitalSignExtractor() {
        for (DataFile.Row r : DataFile.resource("rules/vital-signs.tsv")) {
            VitalSignKind k = VitalSignKind.valueOf(r.col(0));
            Map<String, BigDecimal> units = new java.util.LinkedHashMap<>();
            StringBuilder unitAlt = new StringBuilder();
            for (String u : r.col(2).split("\\|")) {
                String[] p = u.split("=");
                units.put(p[0], new BigDecimal(p[1]));
                if (unitAlt.length() > 0) {
                    unitAlt.append('|');
                }
                unitAlt.append(Pattern.quote(p[0]));
            }
            StringBuilder nameAlt = new StringBuilder();
            for (String n : r.col(1).split("\\|")) {
                if (nameAlt.length() > 0) {
                    nameAlt.append('|');
                }
                nameAlt.append(n.length() == 1 ? "(?<![A-Z])" + n + "(?![A-Z])" : Pattern.quote(n));
            }
            Pattern named = Pattern.compile("(?:" + nameAlt + ")" + FILL + "(" + N + ")(?:\\s*(" + unitAlt + "))?");
            String[] range = r.col(3).split("-");
            withUnit.put(k, Pattern.compile("(" + N + ")\\s*(" + unitAlt + ")"));
            unitOptional.put(k, Pattern.compile("(" + N + ")\\s*(" + unitAlt + ")?"));
            Kind kind = new Kind(k, List.of(r.col(1).split("\\|")), named, units, Double.parseDouble(range[0]), Double.parseDouble(range[1]));
            kinds.add(kind);
            byKind.put(k, kind);
        }
    }

    /**
     * Extracts the vital signs of the dialogue, in order.
     *
     * @param d the dialogue
     * @return the signs, each with the evidence of its value
     */
    public List<Grounded<VitalSign>> extract(Dialogue d) {
        List<Grounded<VitalSign>> out = new ArrayList<>();
        for (Turn t : d.turns()) {
            if (!t.kept) {
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            int before = out.size();
            named(t, out, taken);
            if (t.isDoctor()) {
                // 体温超过38.5度吃美林: a threshold in the doctor's advice is not a measurement
                out.subList(before, out.size()).removeIf(g -> conditional(t, g));
            }
            Turn q = d.question(t);
            sortBySpeech(out.subList(before, out.size()));
            int named = out.size();
            if (q != null && ASKS_VALUE.matcher(q.folded).find()) {
                List<Kind> asked = new ArrayList<>();
                for (Kind k : kinds) {
                    if (asks(q, k)) {
                        asked.add(k);
                    }
                }
                for (Kind k : asked) {
                    boolean found = out.subList(before, out.size()).stream().anyMatch(g -> g.value().kind() == k.kind);
                    if (!found) {
                        bare(t, k, asked.size() == 1 && taken.isEmpty(), out, taken);
                    }
                }
                sortBySpeech(out.subList(before, out.size()));
            }
            assert named <= out.size();
        }
        return out;
    }

    /**
     * Whether a turn's text was said by the patient side (self-measured values go to 现病史).
     *
     * @param g a sign
     * @param d the dialogue
     * @return {@code true} when its first evidence is in a patient-side utterance
     */
    public static boolean selfReported(Grounded<VitalSign> g, Dialogue d) {
        if (g.evidence().isEmpty()) {
            return false;
        }
        String id = g.evidence().get(0).sourceId();
        for (Turn t : d.turns()) {
            if (t.utterance.id().equals(id)) {
                return t.isPatientSide();
            }
        }
        return false;
    }

    /** Where the sign's names occur, in order: the named pattern is tried only there. */
    private static java.util.SortedSet<Integer> nameStarts(String s, Kind k) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (String n : k.names) {
            for (int at = s.indexOf(n); at >= 0; at = s.indexOf(n, at + 1)) {
                out.add(at);
            }
        }
        return out;
    }

    private static boolean mentions(String s, Kind k) {
        for (String n : k.names) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static void sortBySpeech(List<Grounded<VitalSign>> signs) {
        signs.sort(java.util.Comparator.comparingInt(g -> g.evidence().get(0).start()));
    }

    private boolean conditional(Turn t, Grounded<VitalSign> g) {
        int at = g.evidence().get(0).start();
        Segment c = t.clauseAt(at);
        return Cues.shipped().any(t.folded, c.start(), Math.min(c.end(), at + 8), Cues.Type.CONDITIONAL);
    }

    private static boolean asks(Turn q, Kind k) {
        if (k.kind == VitalSignKind.TEMPERATURE) {
            return q.folded.contains("体温") || q.folded.contains("多少度") || q.folded.contains("烧到") || q.folded.contains("几度");
        }
        if (k.kind == VitalSignKind.WEIGHT && q.folded.contains("多重")) {
            return true;
        }
        if (k.kind == VitalSignKind.HEIGHT && q.folded.contains("多高")) {
            return true;
        }
        if (k.named.matcher(q.folded).find()) {
            return false; // the question already holds a value
        }
        for (String n : k.names) {
            if (n.length() > 1 && q.folded.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private void named(Turn t, List<Grounded<VitalSign>> out, List<int[]> taken) {
        String s = t.folded;
        Matcher bp = bloodPressure.matcher(s);
        boolean pressure = s.contains("血压") || s.contains("BP") || s.contains("高压");
        while (pressure && bp.find()) {
            String a = bp.group(1) != null ? bp.group(1) : bp.group(4);
            String b = bp.group(2) != null ? bp.group(2) : bp.group(5);
            String unit = bp.group(3) != null ? bp.group(3) : bp.group(6);
            add(t, VitalSignKind.BLOOD_PRESSURE, List.of(a, b), unit, BigDecimal.ONE, bp.start(), bp.end(), out, taken);
        }
        Matcher h = height.matcher(s);
        while (s.indexOf('米') >= 0 && h.find()) {
            if (s.substring(Math.max(0, h.start() - 4), h.start()).contains("身高") || s.substring(Math.max(0, h.start() - 4), h.start()).contains("个子")) {
                Optional<BigDecimal> cm = Numbers.parse(h.group(2)).map(v -> v.compareTo(BigDecimal.TEN) < 0
                        ? v.multiply(BigDecimal.TEN) : v).map(v -> v.add(BigDecimal.valueOf(100)));
                cm.ifPresent(v -> addValue(t, VitalSignKind.HEIGHT, Numbers.plain(v), "米", h.start(), h.end(), out, taken));
            }
        }
        for (Kind k : kinds) {
            if (k.kind == VitalSignKind.BLOOD_PRESSURE || !mentions(s, k)) {
                continue;
            }
            Matcher m = k.named.matcher(s);
            for (int at : nameStarts(s, k)) {
                m.region(at, s.length());
                if (!m.lookingAt() || overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                String unit = m.group(2);
                if (k.kind == VitalSignKind.TEMPERATURE) {
                    Matcher ts = temperatureShort.matcher(s);
                    ts.region(m.start(1), Math.min(s.length(), m.end() + 3));
                    if (ts.lookingAt() && wholeDegrees(ts.group(1))) {
                        String v = Numbers.parse(ts.group(1)).map(Numbers::plain).orElse(null);
                        if (v != null) {
                            addValue(t, k.kind, v + "." + (char) ('0' + ai.domainassist.core.text.ChineseNumbers.digit(ts.group(2).charAt(0))),
                                    "度", m.start(), ts.end(), out, taken);
                            continue;
                        }
                    }
                }
                if (unit == null && (k.kind == VitalSignKind.WEIGHT || k.kind == VitalSignKind.HEIGHT
                        || k.kind == VitalSignKind.TEMPERATURE && !nameIsSpecific(m.group()))) {
                    continue;
                }
                if (!plausibleAsSaid(k, m.group(1), unit, nameIsSpecific(m.group()))) {
                    continue; // 体温一直很高 (not 1℃), 温度13度 (the room's), 三十八九度 (a range, not 119)
                }
                add(t, k.kind, List.of(m.group(1)), unit, unit == null ? BigDecimal.ONE : k.units.get(unit), m.start(),
                        m.end(), out, taken);
            }
        }
        if (s.indexOf('度') < 0 && s.indexOf('℃') < 0 && s.indexOf('°') < 0) {
            return;
        }
        Kind temp = byKind.get(VitalSignKind.TEMPERATURE);
        Matcher ts = temperatureShort.matcher(s);
        while (ts.find()) {
            if (!overlaps(taken, ts.start(), ts.end()) && wholeDegrees(ts.group(1))) {
                Optional<BigDecimal> whole = Numbers.parse(ts.group(1));
                if (whole.isPresent() && whole.get().doubleValue() >= temp.min && whole.get().doubleValue() <= temp.max) {
                    addValue(t, VitalSignKind.TEMPERATURE, Numbers.plain(whole.get()) + "."
                            + ai.domainassist.core.text.ChineseNumbers.digit(ts.group(2).charAt(0)), "度", ts.start(), ts.end(), out, taken);
                }
            }
        }
        Matcher deg = DEGREES.matcher(s);
        while (deg.find()) {
            if (!overlaps(taken, deg.start(), deg.end())) {
                Optional<BigDecimal> v = Numbers.parse(deg.group(1));
                if (v.isPresent() && v.get().doubleValue() >= 35 && v.get().doubleValue() <= 43) {
                    add(t, VitalSignKind.TEMPERATURE, List.of(deg.group(1)), deg.group(2), BigDecimal.ONE, deg.start(),
                            deg.end(), out, taken);
                }
            }
        }
    }

    /**
     * A value read after a sign's name is one only if it could be: without a unit, in the sign's range (体温一直 is
     * no 1); a 温度 that is not the body's 体温 only from 30 up (温度13度 is the room's); a spoken range (三十八九)
     * is no single value.
     */
    private static boolean plausibleAsSaid(Kind k, String number, String unit, boolean specific) {
        Optional<BigDecimal> v = Numbers.parse(number);
        if (v.isEmpty()) {
            return false;
        }
        double said = v.get().doubleValue();
        if (unit == null) {
            return said >= k.min && said <= k.max;
        }
        return k.kind != VitalSignKind.TEMPERATURE || specific || said >= 30;
    }

    private static boolean nameIsSpecific(String matched) {
        return matched.startsWith("体温");
    }

    /**
     * Reads a value that answers a question about one sign: with its unit, or (when only this sign
     * was asked) as a bare number in the sign's plausible range.
     */
    private void bare(Turn t, Kind k, boolean onlyOne, List<Grounded<VitalSign>> out, List<int[]> taken) {
        String s = t.folded;
        if (k.kind == VitalSignKind.BLOOD_PRESSURE) {
            Matcher m = bareBloodPressure.matcher(s);
            if (m.find() && !overlaps(taken, m.start(), m.end())) {
                add(t, k.kind, List.of(m.group(1), m.group(2)), m.group(3), BigDecimal.ONE, m.start(), m.end(), out, taken);
            }
            return;
        }
        if (k.kind == VitalSignKind.TEMPERATURE) {
            Matcher ts = temperatureShort.matcher(s);
            if (ts.find() && !overlaps(taken, ts.start(), ts.end())) {
                Numbers.parse(ts.group(1)).ifPresent(v -> addValue(t, k.kind, Numbers.plain(v) + "."
                        + ai.domainassist.core.text.ChineseNumbers.digit(ts.group(2).charAt(0)), "度", ts.start(), ts.end(), out, taken));
                return;
            }
        }
        if (k.kind == VitalSignKind.HEIGHT) {
            Matcher h = height.matcher(s);
            if (h.find() && !overlaps(taken, h.start(), h.end())) {
                Numbers.parse(h.group(2)).map(v -> v.compareTo(BigDecimal.TEN) < 0 ? v.multiply(BigDecimal.TEN) : v)
                        .map(v -> v.add(BigDecimal.valueOf(100)))
                        .ifPresent(v -> addValue(t, k.kind, Numbers.plain(v), "米", h.start(), h.end(), out, taken));
                return;
            }
        }
        boolean unitRequired = !onlyOne || k.kind == VitalSignKind.WEIGHT || k.kind == VitalSignKind.HEIGHT;
        Matcher m = (unitRequired ? withUnit : unitOptional).get(k.kind).matcher(s);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            Optional<BigDecimal> v = Numbers.parse(m.group(1));
            if (v.isEmpty()) {
                continue;
            }
            BigDecimal factor = m.group(2) == null ? BigDecimal.ONE : k.units.get(m.group(2));
            double said = v.get().doubleValue();
            if (said >= k.min && said <= k.max || m.group(2) != null) {
                add(t, k.kind, List.of(m.group(1)), m.group(2), factor, m.start(), m.end(), out, taken);
                return;
            }
        }
    }

    private void add(Turn t, VitalSignKind kind, List<String> numbers, String unitSaid, BigDecimal factor, int start,
                     int end, List<Grounded<VitalSign>> out, List<int[]> taken) {
        StringBuilder value = new StringBuilder();
        for (String n : numbers) {
            Optional<BigDecimal> v = Numbers.parse(n);
            if (v.isEmpty()) {
                return;
            }
            BigDecimal x = v.get().multiply(factor);
            if (factor.compareTo(BigDecimal.ONE) < 0) {
                x = x.setScale(1, RoundingMode.HALF_UP);
            }
            value.append(value.length() == 0 ? "" : "/").append(Numbers.plain(x));
        }
        addValue(t, kind, value.toString(), unitSaid == null ? "" : unitSaid, start, end, out, taken);
    }

    private static void addValue(Turn t, VitalSignKind kind, String value, String unitSaid, int start, int end,
                                 List<Grounded<VitalSign>> out, List<int[]> taken) {
        int e = end;
        while (e > start && Character.isWhitespace(t.text.charAt(e - 1))) {
            e--;
        }
        Evidence ev = t.evidence(start, e);
        out.add(new Grounded<>(new VitalSign(kind, value, kind.unit(), unitSaid), List.of(ev), Origin.RULES,
                t.roleConfidence));
        taken.add(new int[] {start, end});
    }

    /** The number before 度 in 38度5 is whole (38.7度3 is no temperature of 38.7.3). */
    private static boolean wholeDegrees(String number) {
        return number.indexOf('.') < 0 && number.indexOf('点') < 0;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] r : taken) {
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }
}
