package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.text.ChineseNumbers;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as spoken in a clinic: Arabic (38.5), Chinese (三十八, 一百四十), Chinese with a decimal
 * point (三十八点五), percentages (百分之九十八), and the ASR forms 38度5 are handled by the callers.
 * Stateless and thread-safe.
 */
public final class Numbers {
    /** A regular-expression fragment matching one number in any of these forms. */
    public static final String NUMBER = "(?:[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)";

    private Numbers() {
    }

    /**
     * Parses one number.
     *
     * @param text the number (Arabic or Chinese, 百分之 allowed)
     * @return the value, or empty
     */
    public static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        if (s.startsWith("百分之")) {
            s = s.substring(3);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.matches("[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(new BigDecimal(s));
        }
        int dot = s.indexOf('点');
        if (dot > 0) {
            Optional<Long> whole = ChineseNumbers.parseInteger(s.substring(0, dot));
            String frac = s.substring(dot + 1);
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < frac.length(); i++) {
                int d = ChineseNumbers.digit(frac.charAt(i));
                if (d < 0) {
                    return Optional.empty();
                }
                digits.append(d);
            }
            if (whole.isEmpty() || digits.length() == 0) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(whole.get() + "." + digits));
        }
        // a spoken range of two neighbouring digits (三十八九 = 38 or 39) is no single number
        if (s.matches("[一二三四五六七八九]?十[一二三四五六七八][二三四五六七八九]")
                && ChineseNumbers.digit(s.charAt(s.length() - 1)) == ChineseNumbers.digit(s.charAt(s.length() - 2)) + 1) {
            return Optional.empty();
        }
        // spoken short forms: 一百四 = 140, 一百二 = 120, 九十八 handled by the core parser
        if (s.matches("[一二两三四五六七八九]百[一二两三四五六七八九]")) {
            int h = ChineseNumbers.digit(s.charAt(0));
            int t = ChineseNumbers.digit(s.charAt(2));
            return Optional.of(BigDecimal.valueOf(h * 100L + t * 10L));
        }
        return ChineseNumbers.parseInteger(s).map(BigDecimal::valueOf);
    }

    /**
     * Reads a spoken count: a number (3, 三, 十二), a range of two neighbouring Chinese digits
     * (五六 -> 5-6, 两三 -> 2-3), or 几/好几 (-> 数).
     *
     * @param said the count as said
     * @return its record form, or the text as said when it is none of these
     */
    public static String count(String said) {
        String s = said.replace("好几", "数").replace("十几", "十余");
        if (s.equals("几")) {
            return "数";
        }
        if (s.length() == 2 && ai.domainassist.core.text.ChineseNumbers.unit(s.charAt(0)) < 0
                && !Character.isDigit(s.charAt(0))) {
            int a = ai.domainassist.core.text.ChineseNumbers.digit(s.charAt(0));
            int b = ai.domainassist.core.text.ChineseNumbers.digit(s.charAt(1));
            if (a > 0 && b == a + 1) {
                return a + "-" + b;
            }
        }
        return parse(s).map(Numbers::plain).orElse(s.replace("到", "-").replace("至", "-"));
    }

    /**
     * Formats a value without trailing zeros (38.50 becomes 38.5, 120.0 becomes 120).
     *
     * @param v the value
     * @return its plain form
     */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
