package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the labelled values of an OCR text: every known label (and every stop label, such as a
 * document title) is located in the text folded for width and whitespace, and a value runs from
 * the end of its label to the start of the next label. Broken lines and stray spaces inside a value
 * therefore do not matter; the value's span maps back to the original text. Stateless.
 */
public final class LabeledText {
    static final Set<NormalizedText.Fold> FOLDS = EnumSet.of(NormalizedText.Fold.WIDTH, NormalizedText.Fold.WHITESPACE);
    private static final String STOP = "";

    private LabeledText() {
    }

    private record Hit(String field, int start, int end) {
    }

    /** Labels folded once: folded label -> field ({@code ""} for stop labels). Immutable. */
    public record LabelSet(List<String[]> labels) {
        /**
         * Folds the labels.
         *
         * @param labels field -> label variants; the field {@code other} marks stop labels
         * @param stopLabels further labels that only end the value before them (titles)
         * @return the label set
         */
        public static LabelSet of(Map<String, List<String>> labels, List<String> stopLabels) {
            List<String[]> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : labels.entrySet()) {
                String field = "other".equals(e.getKey()) ? STOP : e.getKey();
                for (String label : e.getValue()) {
                    out.add(new String[] {NormalizedText.of(label, FOLDS).folded(), field});
                }
            }
            for (String st : stopLabels) {
                out.add(new String[] {NormalizedText.of(st, FOLDS).folded(), STOP});
            }
            return new LabelSet(List.copyOf(out));
        }
    }

    /**
     * Reads the labelled values.
     *
     * @param text the original text
     * @param labels field -> label variants; the field {@code other} marks stop labels
     * @param stopLabels further labels that only end the value before them (titles)
     * @return the values, in text order; a field may occur more than once
     */
    public static List<RawField> read(String text, Map<String, List<String>> labels, List<String> stopLabels) {
        return read(text, LabelSet.of(labels, stopLabels));
    }

    /**
     * Reads the labelled values with labels folded beforehand.
     *
     * @param text the original text
     * @param labels the label set
     * @return the values, in text order
     */
    public static List<RawField> read(String text, LabelSet labels) {
        NormalizedText nt = NormalizedText.of(text, FOLDS);
        String f = nt.folded();
        List<Hit> hits = new ArrayList<>();
        for (String[] l : labels.labels()) {
            addAll(f, l[0], l[1], hits);
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed())
                .thenComparing(h -> h.field().isEmpty() ? 1 : 0));
        List<Hit> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Hit h : hits) {
            if (h.start() >= lastEnd) {
                kept.add(h);
                lastEnd = h.end();
            }
        }
        List<RawField> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Hit h = kept.get(i);
            if (h.field().isEmpty()) {
                continue;
            }
            int vs = h.end();
            int ve = i + 1 < kept.size() ? kept.get(i + 1).start() : f.length();
            while (vs < ve && isSeparator(f.charAt(vs))) {
                vs++;
            }
            while (ve > vs && isSeparator(f.charAt(ve - 1))) {
                ve--;
            }
            if (ve <= vs) {
                continue;
            }
            int[] span = nt.toOriginalSpan(vs, ve);
            out.add(new RawField(h.field(), text.substring(span[0], span[1]), span[0], span[1], true));
        }
        return out;
    }

    private static void addAll(String f, String label, String field, List<Hit> hits) {
        if (label.isEmpty()) {
            return;
        }
        int at = f.indexOf(label);
        while (at >= 0) {
            hits.add(new Hit(field, at, at + label.length()));
            at = f.indexOf(label, at + 1);
        }
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '：' || c == '|' || c == '，' || c == ',' || c == '；' || c == ';' || c == '。'
                || c == '、' || c == '_';
    }
}
