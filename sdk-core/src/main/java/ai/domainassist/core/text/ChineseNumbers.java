package ai.domainassist.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Chinese numerals: 一二三 / 十百千万亿, 两, 〇 and 零, the financial (大写) forms 壹贰叁肆伍陆柒捌玖拾佰仟,
 * mixed Arabic and Chinese numbers (3万, 1.5亿), and amounts in words (壹仟贰佰叁拾肆元伍角陆分整).
 *
 * <p>Stateless and thread-safe.
 */
public final class ChineseNumbers {
    private ChineseNumbers() {
    }

    /**
     * The value of one digit character, Chinese or Arabic (full or half width).
     *
     * @param c the character
     * @return 0 to 9, or -1 when it is not a digit
     */
    public static int digit(char c) {
        char h = Width.toHalf(c);
        if (h >= '0' && h <= '9') {
            return h - '0';
        }
        switch (c) {
            case '零': case '〇': case '○': case 'Ｏ':
                return 0;
            case '一': case '壹': case '幺':
                return 1;
            case '二': case '贰': case '貳': case '两': case '兩':
                return 2;
            case '三': case '叁': case '參': case '叄':
                return 3;
            case '四': case '肆':
                return 4;
            case '五': case '伍':
                return 5;
            case '六': case '陆': case '陸':
                return 6;
            case '七': case '柒':
                return 7;
            case '八': case '捌':
                return 8;
            case '九': case '玖':
                return 9;
            default:
                return -1;
        }
    }

    /**
     * The multiplier of a unit character: 十/拾 10, 百/佰 100, 千/仟 1000, 万/萬 10^4, 亿/億 10^8.
     *
     * @param c the character
     * @return the multiplier, or -1 when it is not a unit
     */
    public static long unit(char c) {
        switch (c) {
            case '十': case '拾':
                return 10;
            case '百': case '佰':
                return 100;
            case '千': case '仟':
                return 1000;
            case '万': case '萬':
                return 10_000;
            case '亿': case '億':
                return 100_000_000;
            default:
                return -1;
        }
    }

    /**
     * Whether a character may appear in a Chinese integer (digit or unit).
     *
     * @param c the character
     * @return {@code true} if it is a digit or unit character
     */
    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /**
     * Parses a whole integer written in Chinese, Arabic or mixed: 十五, 一百零三, 两千, 三万五千,
     * 二〇二四 (digit by digit), 壹佰贰拾, 3万, 12.
     *
     * @param text the numeral, nothing else (surrounding spaces allowed)
     * @return the value, or empty when the text is not such a number
     */
    public static Optional<Long> parseInteger(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) {
                hasUnit = true;
            } else if (digit(c) < 0) {
                return Optional.empty();
            }
        }
        if (!hasUnit) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                if (v > Long.MAX_VALUE / 10 - 9) {
                    return Optional.empty();
                }
                v = v * 10 + digit(s.charAt(i));
            }
            return Optional.of(v);
        }
        long total = 0;     // sections finished by 亿
        long section = 0;   // sections finished by 万, below 亿
        long small = 0;     // below 万
        long pendingDigits = -1; // a run of digits not yet multiplied
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pendingDigits = pendingDigits < 0 ? d : pendingDigits * 10 + d;
                continue;
            }
            long u = unit(c);
            if (u >= 10_000) {
                long part = small + Math.max(pendingDigits, 0);
                if (part == 0 && section == 0 && total == 0) {
                    part = 1;
                }
                if (u == 10_000) {
                    section += part * 10_000;
                } else {
                    total = (total + section + part) * 100_000_000;
                    section = 0;
                }
                small = 0;
            } else {
                long digitValue = pendingDigits < 0 ? 1 : pendingDigits; // 十五 = 1*10 + 5
                small += digitValue * u;
            }
            pendingDigits = -1;
        }
        long last = Math.max(pendingDigits, 0);
        return Optional.of(total + section + small + last);
    }

    /**
     * Parses a decimal number that may carry a Chinese unit suffix: 1.5万, 3千, 2亿, 12.50,
     * full-width digits and thousands separators (1,234.5) accepted.
     *
     * @param text the number
     * @return the value, or empty when it is not such a number
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        String s = Width.toHalf(text.strip()).replace(",", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        long mult = 1;
        char lastChar = s.charAt(s.length() - 1);
        if (unit(lastChar) > 0 && s.length() > 1 && Character.isDigit(s.charAt(s.length() - 2))) {
            mult = unit(lastChar);
            s = s.substring(0, s.length() - 1);
        }
        if (s.matches("[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(new BigDecimal(s).multiply(BigDecimal.valueOf(mult)));
        }
        return parseInteger(text).map(BigDecimal::valueOf);
    }

    /**
     * Parses an amount of money in words (大写金额) as printed on Chinese invoices: 壹仟贰佰叁拾肆元伍角陆分,
     * 人民币叁佰元整, 伍拾元零捌分, 壹万元正, also with 圆 for 元 and with the common forms 〇 and 零.
     *
     * @param text the amount in words
     * @return the amount with two decimals, or empty when the text is not an amount in words
     */
    public static Optional<BigDecimal> parseAmountInWords(String text) {
        String s = text.strip().replaceAll("[\\s\u3000]", "");
        if (s.startsWith("人民币")) {
            s = s.substring(3);
        } else if (s.startsWith("¥") || s.startsWith("￥")) {
            s = s.substring(1);
        }
        while (s.endsWith("整") || s.endsWith("正")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int yuan = Math.max(s.indexOf('元'), s.indexOf('圆'));
        String intPart = yuan >= 0 ? s.substring(0, yuan) : "";
        String rest = yuan >= 0 ? s.substring(yuan + 1) : s;
        if (yuan < 0 && !(rest.contains("角") || rest.contains("分"))) {
            return Optional.empty();
        }
        long integer = 0;
        if (!intPart.isEmpty()) {
            Optional<Long> v = parseInteger(intPart);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            integer = v.get();
        }
        int jiao = 0;
        int fen = 0;
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == '零' || c == '〇') {
                i++;
                continue;
            }
            int d = digit(c);
            if (d < 0 || i + 1 >= rest.length()) {
                return Optional.empty();
            }
            char u = rest.charAt(i + 1);
            if (u == '角') {
                jiao = d;
            } else if (u == '分') {
                fen = d;
            } else {
                return Optional.empty();
            }
            i += 2;
        }
        BigDecimal v = BigDecimal.valueOf(integer).add(BigDecimal.valueOf(jiao * 10L + fen, 2));
        return Optional.of(v.setScale(2, RoundingMode.UNNECESSARY));
    }
}
