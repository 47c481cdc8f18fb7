package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Onset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds durations and onsets in spoken Chinese and writes them in record form: 三天 -> 3天,
 * 3天 -> 3天, 一周/一个礼拜 -> 1周, 半个多月 -> 半月余, 两年余 -> 2年余, 一年多 -> 1年余, 十来天 -> 10余天,
 * 两三天 -> 2-3天, 一个半月 -> 1个半月, 大半年 -> 半年余, 几天 -> 数天, 昨晚开始 -> 1天 (relative words from
 * {@code rules/onset-words.tsv}). Frequencies (一天三次) and ages (3个月大) are not durations.
 * Immutable and thread-safe.
 */
public final class OnsetParser {
    private static final String CN = "[零〇一二两三四五六七八九十几]";
    private static final String UNITS = "时头天日晚周期拜月年";
    private static final Pattern DURATION = Pattern.compile(
            "(?<lead>半|[0-9]+(?:\\.[0-9]+)?|" + CN + "+)(?:\\s*[-~到至]\\s*(?<to>[0-9]+|" + CN + "+))?\\s*(?<ge>个)?"
            + "(?<more>多|来|余)?(?<ge2>个)?(?<half>半)?(?<unit>小时|钟头|天|日|晚上|晚|周|星期|礼拜|月|年)(?<tail>多|余|半|左右)?");
    private static final Pattern NOT_AFTER = Pattern.compile("^(?:[0-9一二两三四五六七八九十几]+|好几)[次回趟顿片粒袋ml毫]|^要?起来?[0-9一二两三四五六七八九十几]|^到晚|^大|^的(?:宝宝|孩子|小孩)|^吃|^用|^喝|^才|^一次");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?:孩子|宝宝|小孩|娃|今年|才|这孩子|出生)$");

    /**
     * A duration found in a text.
     *
     * @param start where
     * @param end one past
     * @param onset the duration
     * @param relative whether it came from a relative word (昨晚) rather than a number and unit
     */
    public record Found(int start, int end, Onset onset, boolean relative) {
    }

    private record Word(String words, String normalized, double days) {
    }

    private final List<Word> words = new ArrayList<>();
    private final PhraseTrie<Word> trie = new PhraseTrie<>();

    /** Loads the shipped relative words. */
    public OnsetParser() {
        for (DataFile.Row r : DataFile.resource("rules/onset-words.tsv")) {
            Word w = new Word(r.col(0), r.col(1), Double.parseDouble(r.col(2)));
            words.add(w);
            trie.add(w.words, w);
        }
        words.sort(Comparator.comparingInt((Word w) -> w.words.length()).reversed());
        trie.freeze();
    }

    /**
     * Finds durations in {@code [from, to)}, in order, non-overlapping.
     *
     * @param s the (folded) text
     * @param from start
     * @param to end
     * @return the durations
     */
    public List<Found> find(String s, int from, int to) {
        List<Found> out = new ArrayList<>();
        Matcher m = DURATION.matcher(s);
        m.region(from, to);
        boolean unit = false;
        for (int i = from; i < to && !unit; i++) {
            unit = UNITS.indexOf(s.charAt(i)) >= 0;
        }
        while (unit && m.find()) {
            if (m.group("lead").equals("十") && m.start() > 0 && "0123456789".indexOf(s.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            String rest = s.substring(m.end(), Math.min(to, m.end() + 6));
            String before = s.substring(Math.max(0, m.start() - 3), m.start());
            if (before.endsWith("好了") || before.endsWith("好了没") || before.endsWith("好了才")) {
                continue; // 刚好了四天 counts the days since it got better, not how long it lasted
            }
            if (AGE_BEFORE.matcher(before).find() && !rest.startsWith("了") && !rest.startsWith("前")) {
                continue; // 这孩子两个多月，… is an age; 孩子半个多月了一直咳 is a duration
            }
            if (NOT_AFTER.matcher(rest).find() || m.start() > 0 && "每一".indexOf(s.charAt(m.start() - 1)) >= 0
                    && m.group("lead").length() == 1 && "天日周年月".contains(m.group("unit"))) {
                continue;
            }
            int start = m.start();
            if (start > 0 && s.charAt(start - 1) == '好' && m.group("lead").equals("几")) {
                start--;
            }
            Optional<Onset> o = normalise(m);
            if (o.isEmpty()) {
                continue;
            }
            String normalized = o.get().normalized();
            int first = m.start();
            if (m.group("lead").equals("半") && first > from && s.charAt(first - 1) == '大' && !normalized.endsWith("余")) {
                first--; // 大半年 -> 半年余, 大半个月 -> 半月余: more than half
                normalized = normalized + "余";
            }
            out.add(new Found(first, m.end(), new Onset(s.substring(first, m.end()), normalized, o.get().days()), false));
        }
        int numeric = out.size();
        for (int i = from; i < to; i++) {
            PhraseTrie.Hit<Word> h = trie.longestAt(s, i, to);
            if (h == null) {
                continue;
            }
            boolean overlaps = false;
            for (int k = 0; k < numeric; k++) {
                overlaps |= out.get(k).start() < h.end() && h.start() < out.get(k).end();
            }
            if (!overlaps) {
                Word w = h.payload();
                out.add(new Found(h.start(), h.end(), new Onset(w.words, w.normalized, w.days), true));
            }
            i = h.end() - 1;
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * Parses a text that is one duration (as a gold record or a user writes it).
     *
     * @param text the text
     * @return the duration, or empty
     */
    public Optional<Onset> parse(String text) {
        String s = TermMatcher.fold(text.strip());
        if (s.startsWith("好几")) {
            s = s.substring(1);
        }
        for (Word w : words) {
            if (s.equals(w.words) || s.equals(w.normalized)) {
                return Optional.of(new Onset(text.strip(), w.normalized, w.days));
            }
        }
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return normalise(m).map(o -> new Onset(text.strip(), o.normalized(), o.days()));
    }

    private static Optional<Onset> normalise(Matcher m) {
        String lead = m.group("lead");
        String to = m.group("to");
        String unitSaid = m.group("unit");
        String unit;
        double unitDays;
        switch (unitSaid) {
            case "小时", "钟头" -> {
                unit = "小时";
                unitDays = 1.0 / 24;
            }
            case "天", "日", "晚", "晚上" -> {
                unit = "天";
                unitDays = 1;
            }
            case "周", "星期", "礼拜" -> {
                unit = "周";
                unitDays = 7;
            }
            case "月" -> {
                unit = "月";
                unitDays = 30;
            }
            default -> {
                unit = "年";
                unitDays = 365;
            }
        }
        boolean moreBefore = m.group("more") != null;
        String tail = m.group("tail");
        boolean moreAfter = "多".equals(tail) || "余".equals(tail);
        boolean half = m.group("half") != null || "半".equals(tail);
        String number;
        double value;
        if (lead.equals("半")) {
            number = "半";
            value = 0.5;
        } else if (lead.contains("几")) {
            String before = lead.substring(0, lead.indexOf('几'));
            if (before.isEmpty()) {
                number = "数";
                value = 3;
            } else {
                Optional<Long> v = ChineseNumbers.parseInteger(before);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                number = String.valueOf(v.get());
                value = v.get();
                moreBefore = true;
            }
        } else {
            Optional<Double> v = adjacentDigits(lead) ? Optional.empty() : value(lead);
            if (v.isEmpty()) {
                // two adjacent digits: 两三天, 七八年
                if (lead.length() == 2 && ChineseNumbers.digit(lead.charAt(0)) > 0 && ChineseNumbers.digit(lead.charAt(1)) > 0) {
                    int a = ChineseNumbers.digit(lead.charAt(0));
                    int b = ChineseNumbers.digit(lead.charAt(1));
                    if (b == a + 1) {
                        return Optional.of(new Onset("", a + "-" + b + (unit.equals("月") ? "个月" : unit), b * unitDays));
                    }
                }
                return Optional.empty();
            }
            value = v.get();
            if (value <= 0) {
                return Optional.empty();
            }
            number = plain(value);
            if (to != null) {
                Optional<Double> t = value(to);
                if (t.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Onset("", number + "-" + plain(t.get()) + (unit.equals("月") ? "个月" : unit),
                        t.get() * unitDays));
            }
        }
        String normalized;
        if (half && !number.equals("半")) {
            normalized = switch (unit) {
                case "月" -> number + "个半月";
                case "小时" -> plain(value + 0.5) + "小时";
                default -> number + unit + "半";
            };
            value += 0.5;
        } else if (moreBefore && !number.equals("半") && (number.endsWith("0") || number.equals("数"))) {
            normalized = number + "余" + (unit.equals("月") ? "个月" : unit);
        } else if (moreBefore || moreAfter) {
            normalized = number + unit + "余";
        } else {
            normalized = number + (unit.equals("月") && !number.equals("半") ? "个月" : unit);
        }
        return Optional.of(new Onset("", normalized, value * unitDays));
    }

    /** 两三, 三四, 七八: two Chinese digits in a row, a spoken range rather than a number. */
    private static boolean adjacentDigits(String lead) {
        return lead.length() == 2 && ChineseNumbers.digit(lead.charAt(0)) > 0 && ChineseNumbers.digit(lead.charAt(1)) > 0
                && ChineseNumbers.unit(lead.charAt(0)) < 0 && !Character.isDigit(lead.charAt(0));
    }

    private static Optional<Double> value(String n) {
        if (n.matches("[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(Double.parseDouble(n));
        }
        return ChineseNumbers.parseInteger(n).map(Long::doubleValue);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
