package ai.domainassist.gov.rules;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.ParsedTitle;
import ai.domainassist.gov.rules.internal.DataFiles;
import ai.domainassist.gov.rules.internal.DocumentTypeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a document title apart by the pattern 发文机关 + 关于 + 事由 + 文种 and recognises its
 * statutory type. Text inside 《》 and quotation marks is never read as the title's own type
 * (关于印发《……意见》的通知 is a 通知). Also recognises non-statutory type words (规定, 方案 ...),
 * doubled types (请示报告) and the 命令 forms (嘉奖令, 国务院令第N号).
 *
 * <p>Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class TitleParser {
    private static final Pattern ANNOTATION = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern ORDER_NUMBER = Pattern.compile("令\\s*第[0-9０-９〇零一二三四五六七八九十百千]+号$");
    private static final String[] FORWARD_VERBS = {"批转", "转发", "印发", "发布"};
    private static final TitleParser STANDARD = new TitleParser(DataFiles.lines("rules/non-statutory-types.txt"));

    private final List<String> nonStatutory;

    private TitleParser(List<String> nonStatutory) {
        List<String> sorted = new ArrayList<>(nonStatutory);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.nonStatutory = List.copyOf(sorted);
    }

    /** @return the parser with the shipped word lists */
    public static TitleParser standard() {
        return STANDARD;
    }

    /**
     * Parses a title. Line breaks and spaces inside it (a title set on two lines) are ignored.
     *
     * @param title the title
     * @return the parsed title; a title naming no type has an empty {@link ParsedTitle#type()}
     * @throws NullPointerException if {@code title} is {@code null}
     */
    public ParsedTitle parse(String title) {
        Objects.requireNonNull(title, "title");
        String text = title.replaceAll("[\\s\u3000]+", "");
        String work = text;
        String annotation = "";
        Matcher am = ANNOTATION.matcher(work);
        if (am.find() && am.start() > 0) {
            annotation = am.group();
            work = work.substring(0, am.start());
        }
        String masked = mask(work);
        DocumentType type = null;
        String typeWord = "";
        int typeStart = masked.length();
        Matcher om = ORDER_NUMBER.matcher(masked);
        if (om.find()) {
            type = DocumentType.ORDER;
            typeWord = "令";
            typeStart = om.start();
        } else {
            for (Map.Entry<String, DocumentType> e : DocumentTypeTable.standard().titleWords()) {
                if (masked.endsWith(e.getKey())) {
                    type = e.getValue();
                    typeWord = e.getKey();
                    typeStart = masked.length() - typeWord.length();
                    break;
                }
            }
        }
        String nonStatutoryWord = "";
        String doubled = "";
        if (type == null) {
            for (String w : nonStatutory) {
                if (masked.endsWith(w)) {
                    nonStatutoryWord = w;
                    typeStart = masked.length() - w.length();
                    break;
                }
            }
        } else {
            String rest = masked.substring(0, typeStart);
            for (DocumentType t : DocumentType.values()) {
                String n = t.chineseName();
                if (n.length() >= 2 && rest.endsWith(n) && !(type == DocumentType.MINUTES && rest.endsWith("会议"))) {
                    doubled = n;
                    break;
                }
            }
        }
        int about = indexOfAbout(masked, typeStart);
        String authority = "";
        String subject;
        if (about >= 0) {
            authority = work.substring(0, about);
            subject = work.substring(about + 2, Math.max(about + 2, typeStart - doubled.length()));
        } else {
            int verb = -1;
            for (String v : FORWARD_VERBS) {
                int i = masked.indexOf(v);
                if (i > 0 && (verb < 0 || i < verb)) {
                    verb = i;
                }
            }
            if (verb > 0) {
                authority = work.substring(0, verb);
                subject = work.substring(verb, Math.max(verb, typeStart - doubled.length()));
            } else if (type == DocumentType.ORDER) {
                authority = work.substring(0, typeStart);
                subject = "";
            } else {
                subject = work.substring(0, Math.max(0, typeStart - doubled.length()));
            }
        }
        if (subject.endsWith("的")) {
            subject = subject.substring(0, subject.length() - 1);
        }
        authority = stripTrailing(authority, "、，,");
        return new ParsedTitle(text, authority, subject, type, typeWord, nonStatutoryWord, doubled, about >= 0,
                annotation);
    }

    private static int indexOfAbout(String masked, int limit) {
        int i = masked.indexOf("关于");
        return i >= 0 && i < limit ? i : -1;
    }

    private static String stripTrailing(String s, String chars) {
        int e = s.length();
        while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /**
     * Replaces the content of 《》, “”, 「」 and ASCII quotes by a placeholder so that type words
     * inside quoted titles are not read as the title's own. Length is kept.
     */
    static String mask(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        boolean asciiQuote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《' || c == '“' || c == '「') {
                depth++;
                sb.append(c);
            } else if ((c == '》' || c == '”' || c == '」') && depth > 0) {
                depth--;
                sb.append(c);
            } else if (c == '"') {
                asciiQuote = !asciiQuote;
                sb.append(c);
            } else {
                sb.append(depth > 0 || asciiQuote ? '□' : c);
            }
        }
        return sb.toString();
    }
}
