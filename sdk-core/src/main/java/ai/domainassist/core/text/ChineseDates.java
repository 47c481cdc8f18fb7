package ai.domainassist.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese documents write them: 2024年3月5日, 二〇二四年三月五日, 2024-03-05, 2024/3/5,
 * 2024.03.05, 20240305 (8 digits where it forms a valid date), full-width digits accepted.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChineseDates {
    private static final String CN = "[0-9０-９〇零一二三四五六七八九十两]";
    private static final Pattern YMD_CN = Pattern.compile(
            "(" + CN + "{4})\\s*年\\s*(" + CN + "{1,3})\\s*月\\s*(" + CN + "{1,3})\\s*[日号]");
    private static final Pattern YMD_SEP = Pattern.compile(
            "(?<![0-9０-９])([0-9０-９]{4})\\s*([-/.．／－])\\s*([0-9０-９]{1,2})\\s*\\2\\s*([0-9０-９]{1,2})(?![0-9０-９])");
    private static final Pattern YMD_COMPACT = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9０-９])");

    private ChineseDates() {
    }

    /**
     * A date found in a text.
     *
     * @param date the date
     * @param start the span's start in the text
     * @param end the span's end (exclusive)
     */
    public record Found(LocalDate date, int start, int end) {
    }

    /**
     * Parses a text that is exactly one date (surrounding spaces allowed).
     *
     * @param text the text
     * @return the date, or empty when the text is not one valid date
     */
    public static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        List<Found> all = findAll(s);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == s.length()) {
            return Optional.of(all.get(0).date());
        }
        return Optional.empty();
    }

    /**
     * Finds every valid date in a text, in order of position; invalid ones (2月30日) are skipped.
     *
     * @param text the text
     * @return the dates with their spans
     */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        collect(YMD_CN.matcher(text), out, true);
        collect(YMD_SEP.matcher(text), out, false);
        collect(YMD_COMPACT.matcher(text), out, false);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> dedup = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : out) {
            if (f.start() >= lastEnd) {
                dedup.add(f);
                lastEnd = f.end();
            }
        }
        return dedup;
    }

    private static void collect(Matcher m, List<Found> out, boolean chinese) {
        while (m.find()) {
            String y = m.group(1);
            String mo = chinese ? m.group(2) : (m.groupCount() == 4 ? m.group(3) : m.group(2));
            String d = chinese ? m.group(3) : (m.groupCount() == 4 ? m.group(4) : m.group(3));
            Optional<Long> yy = yearValue(y);
            Optional<Long> mm = ChineseNumbers.parseInteger(mo);
            Optional<Long> dd = ChineseNumbers.parseInteger(d);
            if (yy.isEmpty() || mm.isEmpty() || dd.isEmpty()) {
                continue;
            }
            try {
                out.add(new Found(LocalDate.of(yy.get().intValue(), mm.get().intValue(), dd.get().intValue()),
                        m.start(), m.end()));
            } catch (DateTimeException e) {
                // not a real date (month 13, 2月30日): skipped on purpose
            }
        }
    }

    private static Optional<Long> yearValue(String y) {
        // Years are read digit by digit: 二〇二四 = 2024, never 2*1000+...
        long v = 0;
        for (int i = 0; i < y.length(); i++) {
            int d = ChineseNumbers.digit(y.charAt(i));
            if (d < 0) {
                return Optional.empty();
            }
            v = v * 10 + d;
        }
        return Optional.of(v);
    }

    /**
     * Writes a date the way GB/T 9704-2012 asks for 成文日期: Arabic numerals, the year in full,
     * month and day without leading zeros, for example {@code 2024年3月5日}.
     *
     * @param date the date
     * @return the formatted date
     */
    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
