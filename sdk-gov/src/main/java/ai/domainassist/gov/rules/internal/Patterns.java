package ai.domainassist.gov.rules.internal;

import java.util.regex.Pattern;

/**
 * The patterns the parser and the checks share: loose forms of the 发文字号 and of dates (so that
 * wrong forms are still found and can be reported), and the standard forms they are judged by.
 */
public final class Patterns {
    private Patterns() {
    }

    private static final String CN_DIGIT = "[0-9０-９〇零一二三四五六七八九十○Ｏ]";

    /**
     * A 发文字号 in any of the forms seen in practice: 机关代字, an opening bracket of any kind (or
     * none), a 2- or 4-digit year, a closing bracket, an optional 第 and the serial number with 号.
     * Groups: agency, open, year, close, di, serial.
     */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<agency>[\\u4e00-\\u9fa5]{1,14}?)\\s*(?<open>[〔\\[［【（(〈{]?)\\s*(?<year>[0-9０-９]{2,4})\\s*"
                    + "(?<close>[〕\\]］】）)〉}]?)\\s*(?<di>第?)\\s*(?<serial>[0-9０-９]+)\\s*号");

    /** The standard form: 京政发〔2024〕3号 (六角括号, 4-digit year, no 第, no leading zero). */
    public static final Pattern DOCUMENT_NUMBER_STANDARD = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,14}〔[12][0-9]{3}〕[1-9][0-9]*号");

    /** A line that is only a date, in any form (Arabic or Chinese numerals, separators). */
    public static final Pattern DATE_LINE = Pattern.compile(
            "(" + CN_DIGIT + "{2,4}\\s*年\\s*" + CN_DIGIT + "{1,3}\\s*月\\s*" + CN_DIGIT + "{1,3}\\s*日"
                    + "|[0-9０-９]{4}\\s*[-./／．]\\s*[0-9０-９]{1,2}\\s*[-./／．]\\s*[0-9０-９]{1,2})");

    /** The standard 成文日期: 2024年3月5日. */
    public static final Pattern DATE_STANDARD = Pattern.compile("[12][0-9]{3}年[1-9][0-9]?月[1-9][0-9]?日");

    /** A reference to another document by title: 《……》. */
    public static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,80})》");
}
