package ai.domainassist.gov.rules.internal;

import ai.domainassist.core.text.ChineseNumbers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbering at the start of a body paragraph: the four standard levels 一、 （一）
 * 1. （1） (GB/T 9704-2012 §7.3.3) and the wrong forms seen in drafts (一. 1、 (一) （一）、).
 * Stateless and thread-safe.
 */
public final class HeadingMarkers {
    private HeadingMarkers() {
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")(、|[.．，,]\\s?)");
    private static final Pattern L2 = Pattern.compile("^([（(])(" + CN + ")([）)])(、)?");
    private static final Pattern L3 = Pattern.compile("^([0-9０-９]{1,2})([.．](?![0-9０-９])|、|[，,]\\s?)");
    private static final Pattern L4 = Pattern.compile("^([（(])([0-9０-９]{1,2})([）)])(、)?");

    /**
     * A marker found at the start of a paragraph.
     *
     * @param level 1 to 4
     * @param number its number
     * @param length the marker's length in characters
     * @param standard whether it has the standard form
     * @param standardForm the standard form of the same number and level
     */
    public record Marker(int level, int number, int length, boolean standard, String standardForm) {
    }

    /**
     * The marker a paragraph starts with.
     *
     * @param paragraph the paragraph, trimmed
     * @return the marker, or empty when it starts with none
     */
    public static Optional<Marker> at(String paragraph) {
        Matcher m = L2.matcher(paragraph);
        if (m.find()) {
            int n = value(m.group(2));
            boolean std = "（".equals(m.group(1)) && "）".equals(m.group(3)) && m.group(4) == null;
            return Optional.of(new Marker(2, n, m.end(), std, "（" + m.group(2) + "）"));
        }
        m = L4.matcher(paragraph);
        if (m.find()) {
            int n = value(m.group(2));
            boolean std = "（".equals(m.group(1)) && "）".equals(m.group(3)) && m.group(4) == null;
            return Optional.of(new Marker(4, n, m.end(), std, "（" + n + "）"));
        }
        m = L1.matcher(paragraph);
        if (m.find()) {
            int n = value(m.group(1));
            return Optional.of(new Marker(1, n, m.end(), "、".equals(m.group(2)), m.group(1) + "、"));
        }
        m = L3.matcher(paragraph);
        if (m.find() && paragraph.length() > m.end()) {
            char next = paragraph.charAt(m.end());
            if (Character.isDigit(next) || next == '%' || next == '年' || next == '月') {
                return Optional.empty();
            }
            int n = value(m.group(1));
            String sep = m.group(2);
            boolean std = sep.equals(".") || sep.equals("．");
            return Optional.of(new Marker(3, n, m.end(), std, n + "."));
        }
        return Optional.empty();
    }

    private static int value(String s) {
        return ChineseNumbers.parseInteger(s).map(Long::intValue).orElse(0);
    }

    /**
     * The standard marker of a level and number.
     *
     * @param level 1 to 4
     * @param number from 1
     * @return the marker, for example {@code （三）}
     */
    public static String standard(int level, int number) {
        return switch (level) {
            case 1 -> chinese(number) + "、";
            case 2 -> "（" + chinese(number) + "）";
            case 3 -> number + ".";
            default -> "（" + number + "）";
        };
    }

    /**
     * A number from 1 to 99 in Chinese numerals as headings write it (十一, 二十).
     *
     * @param n the number
     * @return the numeral
     */
    public static String chinese(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : d[n % 10]);
        }
        return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }
}
