package ai.domainassist.gov.compare;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.gov.compare.internal.Figures;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.ClauseChange;
import ai.domainassist.gov.model.FigureChange;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyComparison;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two policies or two versions of a draft. Clauses are aligned first by heading (the same
 * heading text, or the same article number), then by similarity (Dice coefficient of character
 * bigrams, at least {@value #MIN_SIMILARITY}, best pairs first); the rest are added or removed.
 * Figures (amounts, percentages, dates, time limits) of aligned clauses are compared in order and
 * every difference is listed.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyComparator {
    /** The least similarity for two clauses without a common heading to be aligned. */
    public static final double MIN_SIMILARITY = 0.45;

    /**
     * Compares two texts.
     *
     * @param leftId the old text's id
     * @param left the old text
     * @param rightId the new text's id
     * @param right the new text
     * @return the comparison
     * @throws NullPointerException if an argument is {@code null}
     */
    public PolicyComparison compare(String leftId, String left, String rightId, String right) {
        OfficialDocumentParser p = OfficialDocumentParser.standard();
        return compare(p.parse(leftId, left), p.parse(rightId, right));
    }

    /**
     * Compares two parsed documents.
     *
     * @param left the old document
     * @param right the new document
     * @return the comparison
     * @throws NullPointerException if an argument is {@code null}
     */
    public PolicyComparison compare(OfficialDocument left, OfficialDocument right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        List<Clause> a = clauses(left);
        List<Clause> b = clauses(right);
        int[] pairOfRight = new int[b.size()];
        java.util.Arrays.fill(pairOfRight, -1);
        boolean[] usedLeft = new boolean[a.size()];
        // 1. by heading
        Map<String, Integer> leftByHeading = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String k = headingKey(a.get(i));
            if (!k.isEmpty()) {
                leftByHeading.putIfAbsent(k, i);
            }
        }
        for (int j = 0; j < b.size(); j++) {
            Integer i = leftByHeading.get(headingKey(b.get(j)));
            if (i != null && !usedLeft[i]) {
                usedLeft[i] = true;
                pairOfRight[j] = i;
            }
        }
        // 2. by similarity, best pairs first
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (pairOfRight[j] >= 0) {
                continue;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!usedLeft[i]) {
                    double s = similarity(a.get(i).text(), b.get(j).text());
                    if (s >= MIN_SIMILARITY) {
                        candidates.add(new double[] {s, i, j});
                    }
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!usedLeft[i] && pairOfRight[j] < 0) {
                usedLeft[i] = true;
                pairOfRight[j] = i;
            }
        }
        // 3. rows in the new text's order, removed clauses placed after their left predecessor's pair
        List<ClauseChange> rows = new ArrayList<>();
        List<FigureChange> figures = new ArrayList<>();
        TextSpan none = new TextSpan("", 0, 0);
        int nextLeft = 0;
        for (int j = 0; j < b.size(); j++) {
            int i = pairOfRight[j];
            if (i >= 0) {
                for (; nextLeft < i; nextLeft++) {
                    if (!usedLeft[nextLeft]) {
                        removed(a.get(nextLeft), rows, figures, none);
                        usedLeft[nextLeft] = true;
                    }
                }
                Clause l = a.get(i);
                Clause r = b.get(j);
                boolean same = fold(l.text()).equals(fold(r.text()));
                rows.add(new ClauseChange(same ? ClauseChange.Kind.UNCHANGED : ClauseChange.Kind.CHANGED, l.path(),
                        l.span(), r.path(), r.span(), same ? 1.0 : similarity(l.text(), r.text())));
                if (!same) {
                    figures.addAll(figureChanges(l, r));
                }
            } else {
                Clause r = b.get(j);
                rows.add(new ClauseChange(ClauseChange.Kind.ADDED, "", none, r.path(), r.span(), 0));
                for (Figures.Figure f : Figures.find(r.text())) {
                    figures.add(new FigureChange(f.kind(), "", f.text(), "", r.path()));
                }
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!usedLeft[i]) {
                removed(a.get(i), rows, figures, none);
            }
        }
        return new PolicyComparison(left.sourceId(), right.sourceId(), rows, figures);
    }

    private static void removed(Clause l, List<ClauseChange> rows, List<FigureChange> figures, TextSpan none) {
        rows.add(new ClauseChange(ClauseChange.Kind.REMOVED, l.path(), l.span(), "", none, 0));
        for (Figures.Figure f : Figures.find(l.text())) {
            figures.add(new FigureChange(f.kind(), f.text(), "", l.path(), ""));
        }
    }

    private static List<FigureChange> figureChanges(Clause l, Clause r) {
        List<FigureChange> out = new ArrayList<>();
        for (FigureChange.Kind k : FigureChange.Kind.values()) {
            List<String> before = Figures.find(l.text()).stream().filter(f -> f.kind() == k).map(Figures.Figure::text).toList();
            List<String> after = Figures.find(r.text()).stream().filter(f -> f.kind() == k).map(Figures.Figure::text).toList();
            int n = Math.max(before.size(), after.size());
            for (int x = 0; x < n; x++) {
                String bf = x < before.size() ? before.get(x) : "";
                String af = x < after.size() ? after.get(x) : "";
                if (!fold(bf).equals(fold(af))) {
                    out.add(new FigureChange(k, bf, af, l.path(), r.path()));
                }
            }
        }
        return out;
    }

    private static List<Clause> clauses(OfficialDocument d) {
        if (!d.clauses().isEmpty()) {
            return d.clauses();
        }
        return d.body().map(b -> List.of(new Clause("¶1", "", b))).orElse(List.of());
    }

    private static String headingKey(Clause c) {
        if (c.path().startsWith("¶")) {
            return "";
        }
        if (c.path().matches(".*第[一二三四五六七八九十百零〇]+条$")) {
            return c.path();
        }
        return c.heading().isEmpty() ? "" : fold(c.heading());
    }

    /**
     * The Dice coefficient of two texts' character bigrams (width, spaces, punctuation folded).
     *
     * @param x a text
     * @param y another text
     * @return 0 to 1
     */
    public static double similarity(String x, String y) {
        Set<String> a = bigrams(fold(x));
        Set<String> b = bigrams(fold(y));
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }
}
