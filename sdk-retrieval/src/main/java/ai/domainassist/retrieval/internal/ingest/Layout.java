package ai.domainassist.retrieval.internal.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds extracted text: one paragraph per line, whitespace runs inside a paragraph collapsed,
 * lines of a wrapped paragraph joined without a space between Chinese characters. Not thread-safe.
 */
final class Layout {
    private final List<String> paragraphs = new ArrayList<>();

    /** Adds a paragraph (its inner line breaks are joined); blank paragraphs are skipped. */
    Layout paragraph(String text) {
        String p = joinLines(text);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        return this;
    }

    /** Adds a table row: cells cleaned and joined by tabs; a row of empty cells is skipped. */
    Layout row(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        boolean any = false;
        for (String c : cells) {
            String v = joinLines(c).replace('\t', ' ');
            any |= !v.isEmpty();
            clean.add(v);
        }
        if (any) {
            paragraphs.add(String.join("\t", clean));
        }
        return this;
    }

    /** Adds a heading: as it is when it starts with a Chinese number, else as a Markdown heading of that level. */
    Layout heading(String text, int level) {
        String h = joinLines(text);
        if (h.isEmpty()) {
            return this;
        }
        if (level < 1 || startsWithChineseMarker(h)) {
            paragraphs.add(h);
        } else {
            paragraphs.add("#".repeat(Math.min(level, 6)) + " " + h);
        }
        return this;
    }

    String text() {
        return String.join("\n", paragraphs);
    }

    static boolean startsWithChineseMarker(String s) {
        return s.matches("^(第[零〇一二三四五六七八九十百千0-9]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+([.．、]|\\s)).*");
    }

    /** Joins the lines of one paragraph, trims it and collapses whitespace runs (a lone space character is kept as written). */
    static String joinLines(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n && isBlank(text.charAt(i))) {
            i++;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                boolean lineBreak = false;
                int j = i;
                while (j < n && isBlank(text.charAt(j))) {
                    lineBreak |= text.charAt(j) == '\n' || text.charAt(j) == '\r';
                    j++;
                }
                if (j < n && sb.length() > 0) {
                    char before = sb.charAt(sb.length() - 1);
                    char after = text.charAt(j);
                    if (!(lineBreak && (isCjk(before) || isCjk(after)))) {
                        // A single space character stays as written (an ideographic space, say).
                        sb.append(j == i + 1 && !lineBreak && c != '\t' ? (c == '\u00A0' ? ' ' : c) : ' ');
                    }
                }
                i = j;
            } else {
                sb.append(c == '\u00A0' ? ' ' : c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
