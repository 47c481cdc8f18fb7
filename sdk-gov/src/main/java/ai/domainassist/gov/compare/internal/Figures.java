package ai.domainassist.gov.compare.internal;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.gov.model.FigureChange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures of a clause: amounts, percentages, dates and time limits. Stateless. */
public final class Figures {
    private static final String NUM = "[0-9０-９]+(?:[.,．][0-9０-９]+)*|[一二三四五六七八九十百千万两〇零]+";
    private static final Pattern AMOUNT = Pattern.compile("(" + NUM + ")\\s*(万亿|亿|万|千)?\\s*(元|美元|人民币)");
    private static final Pattern PERCENT = Pattern.compile("(?:[0-9０-９]+(?:\\.[0-9]+)?\\s*[%％])|百分之[一二三四五六七八九十百零点]+"
            + "|[0-9０-９]+(?:\\.[0-9]+)?个百分点");
    private static final Pattern DEADLINE = Pattern.compile("(" + NUM + ")\\s*(个)?(工作日|自然日|日|天|周|个月|月|年)(内|以内|之内|前|后)"
            + "|每(小时|日|天|月|年)");
    private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{1,2}月[0-9]{1,2}日(前|以前|之前|起)?");

    private Figures() {
    }

    /**
     * A figure in a text.
     *
     * @param kind its kind
     * @param text the figure as written
     * @param start its position
     */
    public record Figure(FigureChange.Kind kind, String text, int start) {
    }

    /**
     * @param text a clause
     * @return its figures by position
     */
    public static List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (ChineseDates.Found d : ChineseDates.findAll(text)) {
            add(out, taken, FigureChange.Kind.DATE, text, d.start(), d.end());
        }
        collect(out, taken, FigureChange.Kind.AMOUNT, AMOUNT.matcher(text), text);
        collect(out, taken, FigureChange.Kind.PERCENT, PERCENT.matcher(text), text);
        collect(out, taken, FigureChange.Kind.DATE, MONTH_DAY.matcher(text), text);
        collect(out, taken, FigureChange.Kind.DEADLINE, DEADLINE.matcher(text), text);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void collect(List<Figure> out, boolean[] taken, FigureChange.Kind kind, Matcher m, String text) {
        while (m.find()) {
            add(out, taken, kind, text, m.start(), m.end());
        }
    }

    private static void add(List<Figure> out, boolean[] taken, FigureChange.Kind kind, String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = s; i < e; i++) {
            taken[i] = true;
        }
        out.add(new Figure(kind, text.substring(s, e), s));
    }
}
