package ai.domainassist.retrieval.internal.chunk;

import ai.domainassist.core.text.Width;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading marker found at the start of a paragraph: its kind, its rank (smaller is outer), the
 * label it contributes to heading paths, and whether the line is a heading only (no content of
 * its own).
 *
 * <p>The ranks follow the conventions of Chinese official documents (GB/T 9704: 一、 > （一） >
 * 1. > （1）) and of laws and insurance terms (编 > 章 > 节 > 条; decimal clause numbers 2 > 2.4 >
 * 2.4.1). Markdown headings rank above all of them.
 *
 * @param kind what kind of marker
 * @param rank its level, smaller is outer
 * @param label the text for heading paths
 * @param headingOnly whether the line is just a heading
 */
record Heading(Kind kind, int rank, String label, boolean headingOnly) {

    /** Marker kinds. */
    enum Kind { MARKDOWN, PART, CHAPTER, SECTION, ARTICLE, CN_ENUM, CN_PAREN, ARABIC, DECIMAL, ARABIC_PAREN, CIRCLED }

    static final int ARTICLE_RANK = 13;

    private static final String CN_NUM = "零〇一二三四五六七八九十百千两";
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})[ \\t]+(\\S.*)$");
    private static final Pattern STRUCTURAL = Pattern.compile("^第[" + CN_NUM + "0-9]{1,6}(编|部分|章|节|条)");
    private static final Pattern CN_ENUM = Pattern.compile("^[" + CN_NUM + "]{1,4}、");
    private static final Pattern CN_PAREN = Pattern.compile("^[（(][" + CN_NUM + "]{1,4}[）)]");
    private static final Pattern DECIMAL = Pattern.compile("^[0-9]{1,2}(?:[.．][0-9]{1,3}){1,4}(?![0-9.．%％])");
    /** A bare top-level clause number before a title: {@code 2 保险责任}. */
    private static final Pattern DECIMAL_TOP = Pattern.compile("^[0-9]{1,2}[ \\t]+(?=\\S)");
    private static final Pattern ARABIC = Pattern.compile("^[0-9]{1,2}[.．、](?![0-9])");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[（(][0-9]{1,2}[）)]");
    private static final Pattern CIRCLED = Pattern.compile("^[\\u2460-\\u2473]");
    /** Units that make a leading number a quantity, not a clause number ("1.5倍", "2.5万元"). */
    private static final String QUANTITY_UNITS = "倍元万亿年月日岁天个次项%％";
    /** Punctuation that makes a short marker line content rather than a title. */
    private static final String CONTENT_PUNCTUATION = "。！？；，,;：:!?";
    private static final int HEADING_ONLY_MAX = 40;
    private static final int LEAD_MAX = 16;

    /**
     * Recognises a heading marker at the start of a trimmed paragraph.
     *
     * @param paragraph the paragraph, trimmed
     * @return the heading, if the paragraph starts with one
     */
    static Optional<Heading> detect(String paragraph) {
        String p = Width.toHalf(paragraph);
        Matcher m = MARKDOWN.matcher(p);
        if (m.matches()) {
            return Optional.of(new Heading(Kind.MARKDOWN, m.group(1).length(), clean(paragraph.substring(m.start(2))), true));
        }
        m = STRUCTURAL.matcher(p);
        if (m.find()) {
            String unit = m.group(1);
            Kind kind;
            int rank;
            switch (unit) {
                case "编": case "部分": kind = Kind.PART; rank = 10; break;
                case "章": kind = Kind.CHAPTER; rank = 11; break;
                case "节": kind = Kind.SECTION; rank = 12; break;
                default: kind = Kind.ARTICLE; rank = ARTICLE_RANK; break;
            }
            String label = paragraph.substring(0, m.end());
            boolean only = kind != Kind.ARTICLE && isTitleLine(p);
            return Optional.of(new Heading(kind, rank, label, only));
        }
        m = CN_ENUM.matcher(p);
        if (m.find()) {
            return Optional.of(marker(Kind.CN_ENUM, 20, paragraph, p, m.end()));
        }
        m = CN_PAREN.matcher(p);
        if (m.find()) {
            return Optional.of(marker(Kind.CN_PAREN, 21, paragraph, p, m.end()));
        }
        m = DECIMAL.matcher(p);
        if (m.find() && !isQuantity(p, m.end())) {
            int depth = 1;
            for (int i = 0; i < m.end(); i++) {
                if (p.charAt(i) == '.') {
                    depth++;
                }
            }
            return Optional.of(marker(Kind.DECIMAL, 30 + depth, paragraph, p, m.end()));
        }
        m = DECIMAL_TOP.matcher(p);
        if (m.find() && isTitleLine(p) && !isQuantity(p, m.end())) {
            return Optional.of(new Heading(Kind.DECIMAL, 31, clean(paragraph), true));
        }
        m = ARABIC.matcher(p);
        if (m.find() && !isQuantity(p, m.end())) {
            return Optional.of(marker(Kind.ARABIC, 30, paragraph, p, m.end()));
        }
        m = ARABIC_PAREN.matcher(p);
        if (m.find()) {
            return Optional.of(marker(Kind.ARABIC_PAREN, 40, paragraph, p, m.end()));
        }
        m = CIRCLED.matcher(p);
        if (m.find()) {
            return Optional.of(marker(Kind.CIRCLED, 50, paragraph, p, m.end()));
        }
        return Optional.empty();
    }

    private static Heading marker(Kind kind, int rank, String original, String folded, int markerEnd) {
        if (isTitleLine(folded)) {
            return new Heading(kind, rank, clean(original), true);
        }
        // Marker with content: the label is the marker plus its lead phrase, when the phrase is short.
        int i = markerEnd;
        while (i < folded.length() && isSpace(folded.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < folded.length() && !isSpace(folded.charAt(j)) && CONTENT_PUNCTUATION.indexOf(folded.charAt(j)) < 0
                && "、(（".indexOf(folded.charAt(j)) < 0) {
            j++;
        }
        String marker = clean(original.substring(0, markerEnd));
        if (j > i && j - i <= LEAD_MAX) {
            return new Heading(kind, rank, clean(original.substring(0, j)), false);
        }
        return new Heading(kind, rank, marker, false);
    }

    private static boolean isQuantity(String p, int end) {
        return end < p.length() && QUANTITY_UNITS.indexOf(p.charAt(end)) >= 0;
    }

    /** A short line without sentence or clause punctuation: a title, not content. */
    private static boolean isTitleLine(String p) {
        if (p.length() > HEADING_ONLY_MAX) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (CONTENT_PUNCTUATION.indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Collapses whitespace runs to one space and trims. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
