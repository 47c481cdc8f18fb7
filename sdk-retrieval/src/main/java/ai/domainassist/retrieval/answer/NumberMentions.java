package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.core.text.Width;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, with their units: 30日, 三十日, 5000万元, 0.8元, 50%, 百分之五十, 十五天,
 * 2024年. Units of the same meaning compare equal (日 and 天, 周岁 and 岁). Stateless and thread-safe.
 */
final class NumberMentions {
    private static final String CN = "零〇一二两三四五六七八九十百千万亿";
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之([" + CN + "0-9０-９.．]+)");
    private static final Pattern NUMBER = Pattern.compile(
            "([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[" + CN + "]+)\\s*([万亿千])?\\s*"
            + "(%|％|个工作日|个月|周岁|小时|分钟|工作日|日|天|年|月|周|岁|元|次|类|个|项|级|倍|份|人|户|度|米|公里|期)?");

    private NumberMentions() {
    }

    /**
     * One number.
     *
     * @param value the value (万 and 亿 applied)
     * @param unit the unit, normalised (天 is 日, 岁 is 周岁), or empty
     * @param start where its text starts
     * @param end where it ends
     * @param text the text
     */
    record Mention(BigDecimal value, String unit, int start, int end, String text) {
        /** @return whether another mention states this number: the same value, and this unit if this has one */
        boolean statedBy(Mention o) {
            return value.compareTo(o.value) == 0 && (unit.isEmpty() || unit.equals(o.unit));
        }

        /** @return whether this is 一 with a measure word (一次, 一份): "once", "a", rarely a figure to check */
        boolean once() {
            return text.startsWith("一");
        }
    }

    static List<Mention> of(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher p = PERCENT_WORDS.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (p.find()) {
            Optional<BigDecimal> v = ChineseNumbers.parseDecimal(p.group(1));
            if (v.isPresent()) {
                out.add(new Mention(v.get(), "%", p.start(), p.end(), p.group()));
                taken.add(new int[] {p.start(), p.end()});
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String digits = m.group(1);
            boolean chinese = !Character.isDigit(Width.toHalf(digits.charAt(0)));
            String unit = m.group(3) == null ? "" : m.group(3);
            if (chinese && (unit.isEmpty() || !plausibleChinese(digits, text, m.start()))) {
                continue; // a Chinese numeral counts only with a unit (一些, 统一 are not numbers)
            }
            Optional<BigDecimal> v = chinese ? ChineseNumbers.parseInteger(digits).map(BigDecimal::valueOf)
                    : Optional.of(new BigDecimal(Width.toHalf(digits).replace('．', '.').replaceAll("[,，]", "")));
            if (v.isEmpty()) {
                continue;
            }
            BigDecimal value = v.get();
            if (m.group(2) != null) {
                value = value.multiply(BigDecimal.valueOf(ChineseNumbers.unit(m.group(2).charAt(0))));
            }
            out.add(new Mention(value, normalise(unit), m.start(), m.end(), m.group().strip()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean plausibleChinese(String digits, String text, int at) {
        // 第一, 统一, 之一 and the like are not quantities; a lone 百/千/万/亿 is not a number either (十 is ten)
        if (!digits.equals("十") && digits.chars().allMatch(c -> ChineseNumbers.unit((char) c) > 0)) {
            return false;
        }
        return at == 0 || "第统之唯单同逐专万".indexOf(text.charAt(at - 1)) < 0;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String unit) {
        return switch (unit) {
            case "天" -> "日";
            case "岁" -> "周岁";
            case "％" -> "%";
            default -> unit;
        };
    }
}
