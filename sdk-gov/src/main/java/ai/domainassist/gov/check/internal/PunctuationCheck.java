package ai.domainassist.gov.check.internal;

import ai.domainassist.core.text.Width;
import ai.domainassist.gov.model.Heading;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import java.util.List;

/**
 * {@code punctuation.width}: half-width punctuation next to Chinese text (GB/T 15834-2011). Numbers
 * (3.5, 10:30, 1,000), Latin text, URLs and the spans other rules own (heading markers, the
 * 发文字号, dates, the 附件说明 numbering) are left alone.
 */
public final class PunctuationCheck implements Check {
    static final String ID = "punctuation.width";
    private static final String HALF = ",.;:?!()\"";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        OfficialDocument d = ctx.doc();
        String t = d.text();
        boolean[] skip = new boolean[t.length() + 1];
        for (Heading h : d.headings()) {
            mark(skip, h.span().start(), h.span().start() + h.marker().length());
        }
        d.documentNumber().ifPresent(s -> mark(skip, s));
        d.date().ifPresent(s -> mark(skip, s));
        d.printing().ifPresent(s -> mark(skip, s));
        d.attachmentNote().ifPresent(s -> mark(skip, s));
        markUrls(t, skip);
        int quotes = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (HALF.indexOf(c) < 0 || skip[i]) {
                continue;
            }
            char prev = neighbour(t, i, -1);
            char next = neighbour(t, i, +1);
            boolean chinese = isChinese(prev) || isChinese(next);
            if (!chinese) {
                continue;
            }
            if ((c == '.' || c == ',' || c == ':') && isDigit(prev) && isDigit(next)) {
                continue;
            }
            String fix;
            if (c == '"') {
                fix = quotes++ % 2 == 0 ? "“" : "”";
            } else {
                fix = String.valueOf(switch (c) {
                    case ',' -> '，';
                    case '.' -> '。';
                    case ';' -> '；';
                    case ':' -> '：';
                    case '?' -> '？';
                    case '!' -> '！';
                    case '(' -> '（';
                    default -> '）';
                });
            }
            out.add(ctx.finding(ID, i, i + 1, "中文文本中使用了半角标点“" + c + "”", fix));
        }
    }

    private static void mark(boolean[] skip, TextSpan s) {
        mark(skip, s.start(), s.end());
    }

    private static void mark(boolean[] skip, int a, int b) {
        for (int i = a; i < b && i < skip.length; i++) {
            skip[i] = true;
        }
    }

    private static void markUrls(String t, boolean[] skip) {
        int at = t.indexOf("://");
        while (at >= 0) {
            int s = at;
            while (s > 0 && Character.isLetter(t.charAt(s - 1)) && t.charAt(s - 1) < 128) {
                s--;
            }
            int e = at + 3;
            while (e < t.length() && t.charAt(e) < 128 && !Character.isWhitespace(t.charAt(e))) {
                e++;
            }
            mark(skip, s, e);
            at = t.indexOf("://", e);
        }
    }

    private static char neighbour(String t, int i, int dir) {
        int k = i + dir;
        while (k >= 0 && k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\u3000')) {
            k += dir;
        }
        return k >= 0 && k < t.length() ? t.charAt(k) : '\n';
    }

    private static boolean isChinese(char c) {
        return Width.isHan(c) || Width.isFullWidthPunctuation(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
