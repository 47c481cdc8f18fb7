package ai.domainassist.gov.rules;

import ai.domainassist.core.text.ChineseNumbers;
import ai.domainassist.gov.model.Attachment;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.Heading;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.ParsedTitle;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.internal.HeadingMarkers;
import ai.domainassist.gov.rules.internal.Line;
import ai.domainassist.gov.rules.internal.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of an official document from its plain text, one element per line as the
 * document is laid out: 份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人 in the 版头; 标题,
 * 主送机关, 正文 with its numbered headings, 附件说明, 发文机关署名, 成文日期 and 附注 in the 主体;
 * the attachments; 抄送 and 印发机关和印发日期 in the 版记 (GB/T 9704-2012 §7). Wrong forms of an
 * element (a 发文字号 with square brackets, a date in Chinese numerals) are still recognised, so
 * that the checks can report them. Nothing is invented: an element the text lacks stays empty.
 *
 * <p>Stateless and thread-safe; {@link #standard()} is shared.
 */
public final class OfficialDocumentParser {
    private static final Pattern COPY_NUMBER = Pattern.compile("^(份号[：:]?\\s*)?[0-9]{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(\\s*★.*)?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急|特提|平急)$");
    private static final Pattern SIGNER = Pattern.compile("签发人[：:]\\s*(.+)$");
    private static final Pattern SERIAL = Pattern.compile("^[（(]?第[0-9０-９〇零一二三四五六七八九十百]+[号期][）)]?$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附件[：:]\\s*");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件\\s*([0-9０-９]{0,2})$");
    private static final Pattern LISTED = Pattern.compile("^([0-9０-９]{1,2})\\s*[.．、]\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]+[条章]");
    private static final Pattern COPY_TO = Pattern.compile("^(抄送|抄报)[：:]");
    private static final Pattern PRINTING = Pattern.compile("印发$");
    private static final OfficialDocumentParser STANDARD = new OfficialDocumentParser(TitleParser.standard());

    private final TitleParser titles;

    private OfficialDocumentParser(TitleParser titles) {
        this.titles = titles;
    }

    /** @return the parser with the standard title parser */
    public static OfficialDocumentParser standard() {
        return STANDARD;
    }

    /**
     * Parses a document.
     *
     * @param sourceId the id evidence and citations of this document use
     * @param text the document's text, one element per line
     * @return the document with the elements found
     * @throws NullPointerException if an argument is {@code null}
     */
    public OfficialDocument parse(String sourceId, String text) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        OfficialDocument.Builder b = OfficialDocument.builder(sourceId, text);
        List<Line> lines = nonEmpty(Line.split(text));
        if (lines.isEmpty()) {
            return b.build();
        }
        int i = header(text, lines, b);
        // Title
        int titleEnd = i;
        ParsedTitle parsed = null;
        TextSpan titleSpan = null;
        if (i < lines.size() && looksLikeTitle(lines.get(i))) {
            StringBuilder acc = new StringBuilder(lines.get(i).text());
            int j = i + 1;
            int best = i + 1;
            ParsedTitle bestParse = titles.parse(acc.toString());
            while (!endsWithType(bestParse) && j < lines.size() && j < i + 3 && continuesTitle(lines.get(j))) {
                acc.append(lines.get(j).text());
                ParsedTitle p = titles.parse(acc.toString());
                j++;
                if (endsWithType(p)) {
                    best = j;
                    bestParse = p;
                }
            }
            titleSpan = TextSpan.of(text, lines.get(i).start(), lines.get(best - 1).end());
            parsed = bestParse;
            titleEnd = best;
        }
        if (titleSpan != null) {
            b.title(titleSpan, parsed);
        }
        i = titleEnd;
        if (i < lines.size() && SERIAL.matcher(lines.get(i).text()).matches()) {
            b.serialMark(lines.get(i).span());
            i++;
        }
        // 主送机关: the first line after the title (a parenthesised note may stand between)
        int k = i;
        while (k < lines.size() && k < i + 2 && isParenthesised(lines.get(k).text())) {
            k++;
        }
        if (k < lines.size() && isAddresseeLine(lines.get(k))) {
            Line a = lines.get(k);
            b.addressees(a.span(), splitAddressees(text, a));
            i = k + 1;
        }
        // End zone, found from the date line down
        int dateIdx = -1;
        for (int d = i; d < lines.size(); d++) {
            if (isDateLine(lines.get(d).text())) {
                dateIdx = d;
                break;
            }
        }
        int bodyEnd = lines.size();
        int tailStart = lines.size();
        if (dateIdx < 0) {
            // 决议 and similar: the date of adoption under the title, （2024年1月20日……会议通过）
            for (int q = titleEnd; q < Math.min(lines.size(), titleEnd + 2); q++) {
                Line l = lines.get(q);
                Matcher dm = Patterns.DATE_LINE.matcher(l.text());
                if (isParenthesised(l.text()) && l.text().contains("通过") && dm.find()) {
                    b.date(new TextSpan(dm.group(), l.start() + dm.start(), l.start() + dm.end()));
                    break;
                }
            }
        }
        if (dateIdx >= 0) {
            b.date(lines.get(dateIdx).span());
            int sigStart = dateIdx;
            while (sigStart - 1 >= i && sigStart > dateIdx - 3 && isSignatureLine(lines.get(sigStart - 1))) {
                sigStart--;
            }
            if (sigStart < dateIdx) {
                b.signature(TextSpan.of(text, lines.get(sigStart).start(), lines.get(dateIdx - 1).end()));
            }
            bodyEnd = sigStart;
            tailStart = dateIdx + 1;
        } else {
            int sigEnd = firstTailLine(lines, i);
            bodyEnd = sigEnd;
            tailStart = sigEnd;
            // no date: a last short line without punctuation after a finished sentence is the 署名
            int last = sigEnd - 1;
            if (last > i && isSignatureLine(lines.get(last)) && lines.get(last - 1).text().endsWith("。")
                    && !ATTACHMENT_NOTE.matcher(lines.get(last).text()).find()) {
                b.signature(lines.get(last).span());
                bodyEnd = last;
            }
        }
        // 附件说明
        for (int a = i; a < bodyEnd; a++) {
            Line l = lines.get(a);
            if (ATTACHMENT_NOTE.matcher(l.text()).find()) {
                int end = a + 1;
                while (end < bodyEnd && LISTED.matcher(lines.get(end).text()).find()) {
                    end++;
                }
                List<Attachment> listed = listedAttachments(text, lines.subList(a, end));
                b.attachmentNote(TextSpan.of(text, l.start(), lines.get(end - 1).end()), listed);
                bodyEnd = a;
                break;
            }
        }
        body(text, lines.subList(Math.min(i, bodyEnd), bodyEnd), b);
        // After the date: 附注, attachments, 版记
        int t = tailStart;
        if (t < lines.size() && dateIdx >= 0 && isParenthesised(lines.get(t).text())) {
            b.note(lines.get(t).span());
            t++;
        }
        tail(text, lines, t, b);
        return b.build();
    }

    private int header(String text, List<Line> lines, OfficialDocument.Builder b) {
        int limit = Math.min(lines.size(), 10);
        int numberIdx = -1;
        for (int k = 0; k < limit; k++) {
            String s = lines.get(k).text();
            Matcher m = Patterns.DOCUMENT_NUMBER.matcher(s);
            if (m.find() && m.start() == 0 && (m.end() == s.length() || SIGNER.matcher(s).find()) && s.length() <= 60
                    && (!m.group("open").isEmpty() || !m.group("close").isEmpty()) && !m.group("agency").startsWith("第")) {
                numberIdx = k;
                break;
            }
        }
        int i = 0;
        List<Line> markLines = new ArrayList<>();
        int stop = numberIdx >= 0 ? numberIdx : limit;
        while (i < stop) {
            Line l = lines.get(i);
            String s = l.text();
            if (COPY_NUMBER.matcher(s).matches()) {
                b.copyNumber(l.span());
            } else if (SECRECY.matcher(s).matches()) {
                b.secrecy(l.span());
            } else if (URGENCY.matcher(s).matches()) {
                b.urgency(l.span());
            } else if (numberIdx >= 0 || s.endsWith("文件") || isMarkWithSerial(lines, i) || isRepeatedByTitle(lines, i)) {
                markLines.add(l);
            } else {
                break;
            }
            i++;
        }
        if (!markLines.isEmpty()) {
            // the source's own text: a joint mark on two lines keeps its line break (the span's invariant)
            b.issuerMark(TextSpan.of(text, markLines.get(0).start(), markLines.get(markLines.size() - 1).end()));
        }
        if (numberIdx >= 0) {
            Line l = lines.get(numberIdx);
            Matcher m = Patterns.DOCUMENT_NUMBER.matcher(l.text());
            m.find();
            b.documentNumber(new TextSpan(m.group(), l.start() + m.start(), l.start() + m.end()));
            Matcher s = SIGNER.matcher(l.text());
            if (s.find()) {
                b.signers(stripped(text, l.start() + s.start(1), l.start() + s.end(1)));
            }
            i = numberIdx + 1;
            if (i < lines.size()) {
                Matcher s2 = SIGNER.matcher(lines.get(i).text());
                if (s2.find() && s2.start() == 0) {
                    Line sl = lines.get(i);
                    b.signers(stripped(text, sl.start() + s2.start(1), sl.start() + s2.end(1)));
                    i++;
                }
            }
        } else if (!markLines.isEmpty() && i < lines.size() && SERIAL.matcher(lines.get(i).text()).matches()) {
            b.serialMark(lines.get(i).span());
            i++;
        }
        if (!markLines.isEmpty()) {
            String mark = joinText(markLines);
            ParsedTitle p = titles.parse(mark);
            if (p.type().filter(t -> t == DocumentType.ORDER || t == DocumentType.MINUTES).isPresent()) {
                b.parsedTitle(p);
            }
        }
        return i;
    }

    private boolean isMarkWithSerial(List<Line> lines, int i) {
        String s = lines.get(i).text();
        boolean next = i + 1 < lines.size() && SERIAL.matcher(lines.get(i + 1).text()).matches();
        return next && (s.endsWith("令") || s.endsWith("纪要"));
    }

    private static boolean isRepeatedByTitle(List<Line> lines, int i) {
        String s = lines.get(i).text();
        return s.length() >= 4 && s.length() <= 30 && i + 1 < lines.size() && lines.get(i + 1).text().startsWith(s)
                && lines.get(i + 1).text().length() > s.length();
    }

    /** The span {@code [start, end)} of the source without the whitespace at its ends, its text the source's own. */
    private static TextSpan stripped(String source, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(source.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(source.charAt(b - 1))) {
            b--;
        }
        return TextSpan.of(source, a, b);
    }

    private static String joinText(List<Line> ls) {
        StringBuilder sb = new StringBuilder();
        for (Line l : ls) {
            sb.append(l.text());
        }
        return sb.toString();
    }

    private boolean looksLikeTitle(Line l) {
        String s = l.text();
        if (s.endsWith("。") || s.endsWith("：") || s.endsWith(":") || s.length() > 80) {
            return false;
        }
        return HeadingMarkers.at(s).isEmpty() && !isDateLine(s);
    }

    private boolean continuesTitle(Line l) {
        String s = l.text();
        return s.length() <= 40 && !s.endsWith("。") && !s.endsWith("：") && !s.endsWith(":")
                && HeadingMarkers.at(s).isEmpty() && !isDateLine(s) && !SERIAL.matcher(s).matches()
                && !isParenthesised(s);
    }

    private static boolean endsWithType(ParsedTitle p) {
        return p.type().isPresent() || p.nonStatutoryWord().isPresent();
    }

    private static boolean isParenthesised(String s) {
        return (s.startsWith("（") && s.endsWith("）")) || (s.startsWith("(") && s.endsWith(")"));
    }

    private static boolean isAddresseeLine(Line l) {
        String s = l.text();
        return (s.endsWith("：") || s.endsWith(":")) && s.length() <= 150 && !s.contains("。")
                && HeadingMarkers.at(s).isEmpty() && !s.startsWith("附件") && !s.contains("如下");
    }

    private static List<TextSpan> splitAddressees(String text, Line a) {
        String s = a.text();
        int end = s.length() - 1;
        List<TextSpan> out = new ArrayList<>();
        int st = 0;
        for (int p = 0; p <= end; p++) {
            boolean sep = p == end || "，,、；;".indexOf(s.charAt(p)) >= 0;
            if (!sep) {
                continue;
            }
            if (p > st) {
                if (p - st == 1 && !out.isEmpty()) {
                    // 委、办、局: a one-character piece belongs to the previous addressee
                    TextSpan prev = out.remove(out.size() - 1);
                    out.add(TextSpan.of(text, prev.start(), a.start() + p));
                } else {
                    out.add(TextSpan.of(text, a.start() + st, a.start() + p));
                }
            }
            st = p + 1;
        }
        return out;
    }

    /**
     * Whether a line is only a date (any form).
     *
     * @param s the trimmed line
     * @return {@code true} for a date line
     */
    static boolean isDateLine(String s) {
        return Patterns.DATE_LINE.matcher(s).matches();
    }

    private static boolean isSignatureLine(Line l) {
        String s = l.text();
        if (s.length() > 40 || s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return "。：:；;，,！？）)".indexOf(last) < 0 && HeadingMarkers.at(s).isEmpty() && !s.startsWith("附件")
                && !LISTED.matcher(s).find();
    }

    private static int firstTailLine(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String s = lines.get(k).text();
            if (ATTACHMENT_LABEL.matcher(s).matches() || COPY_TO.matcher(s).find()) {
                return k;
            }
        }
        return lines.size();
    }

    private static List<Attachment> listedAttachments(String text, List<Line> noteLines) {
        List<Attachment> out = new ArrayList<>();
        for (int k = 0; k < noteLines.size(); k++) {
            Line l = noteLines.get(k);
            int off = 0;
            String s = l.text();
            if (k == 0) {
                Matcher m = ATTACHMENT_NOTE.matcher(s);
                m.find();
                off = m.end();
                s = s.substring(off);
            }
            Matcher n = LISTED.matcher(s);
            int number = out.size() + 1;
            int nameOff = 0;
            if (n.find()) {
                number = ChineseNumbers.parseInteger(n.group(1)).map(Long::intValue).orElse(number);
                nameOff = n.end();
            }
            int st = l.start() + off + nameOff;
            out.add(new Attachment(number, s.substring(nameOff).strip(), TextSpan.of(text, st, l.end())));
        }
        return out;
    }

    private void body(String text, List<Line> bodyLines, OfficialDocument.Builder b) {
        if (bodyLines.isEmpty()) {
            return;
        }
        b.body(TextSpan.of(text, bodyLines.get(0).start(), bodyLines.get(bodyLines.size() - 1).end()));
        List<String> path = new ArrayList<>(List.of("", "", "", ""));
        int clauseStart = -1;
        String clausePath = "";
        String clauseHeading = "";
        int paragraphNo = 0;
        for (Line l : bodyLines) {
            b.paragraph(l.span());
            paragraphNo++;
            Optional<HeadingMarkers.Marker> m = HeadingMarkers.at(l.text());
            Matcher art = ARTICLE.matcher(l.text());
            String newPath = null;
            String headingText = "";
            if (m.isPresent()) {
                HeadingMarkers.Marker mk = m.get();
                String rest = l.text().substring(mk.length());
                int stop = firstStop(rest);
                headingText = rest.substring(0, stop).strip();
                int spanEnd = l.start() + mk.length() + stop;
                b.heading(new Heading(mk.level(), mk.number(), l.text().substring(0, mk.length()), mk.standard(),
                        headingText, TextSpan.of(text, l.start(), spanEnd)));
                path.set(mk.level() - 1, l.text().substring(0, mk.length()));
                for (int lv = mk.level(); lv < 4; lv++) {
                    path.set(lv, "");
                }
                newPath = String.join("", path);
            } else if (art.find()) {
                newPath = art.group();
                String rest = l.text().substring(art.end()).strip();
                headingText = rest.substring(0, firstStop(rest)).strip();
            } else if (clauseStart < 0 || noHeadingsYet(path)) {
                newPath = "¶" + paragraphNo;
            }
            if (newPath != null) {
                if (clauseStart >= 0) {
                    b.clause(new Clause(clausePath, clauseHeading, TextSpan.of(text, clauseStart, previousEnd(text, l.start()))));
                }
                clauseStart = l.start();
                clausePath = newPath;
                clauseHeading = headingText;
            }
        }
        Line last = bodyLines.get(bodyLines.size() - 1);
        if (clauseStart >= 0) {
            b.clause(new Clause(clausePath, clauseHeading, TextSpan.of(text, clauseStart, last.end())));
        }
    }

    private static boolean noHeadingsYet(List<String> path) {
        return path.stream().allMatch(String::isEmpty);
    }

    private static int previousEnd(String text, int start) {
        int e = start;
        while (e > 0 && (Line.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '\n')) {
            e--;
        }
        return e;
    }

    private static int firstStop(String s) {
        for (int p = 0; p < s.length(); p++) {
            if ("。；;！？".indexOf(s.charAt(p)) >= 0) {
                return p;
            }
        }
        return s.length();
    }

    private void tail(String text, List<Line> lines, int from, OfficialDocument.Builder b) {
        int k = from;
        int number = 0;
        String prefix = null;
        int paragraph = 0;
        while (k < lines.size()) {
            Line l = lines.get(k);
            String s = l.text();
            Matcher lab = ATTACHMENT_LABEL.matcher(s);
            if (COPY_TO.matcher(s).find()) {
                b.copyTo(l.span());
                prefix = null;
            } else if (PRINTING.matcher(s).find() && Patterns.DATE_LINE.matcher(s).find()) {
                b.printing(l.span());
                prefix = null;
            } else if (lab.matches()) {
                number = lab.group(1).isEmpty() ? number + 1
                        : ChineseNumbers.parseInteger(lab.group(1)).map(Long::intValue).orElse(number + 1);
                String name = "";
                if (k + 1 < lines.size() && !ATTACHMENT_LABEL.matcher(lines.get(k + 1).text()).matches()) {
                    name = lines.get(k + 1).text();
                    k++;
                }
                b.attachment(new Attachment(number, name, l.span()));
                prefix = "附件" + number + " ";
                paragraph = 0;
            } else if (prefix != null) {
                paragraph++;
                Matcher art = ARTICLE.matcher(s);
                Optional<HeadingMarkers.Marker> m = HeadingMarkers.at(s);
                String path = art.find() ? art.group() : m.isPresent() ? s.substring(0, m.get().length()) : "¶" + paragraph;
                b.clause(new Clause(prefix + path, "", l.span()));
            }
            k++;
        }
    }

    private static List<Line> nonEmpty(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }
}
