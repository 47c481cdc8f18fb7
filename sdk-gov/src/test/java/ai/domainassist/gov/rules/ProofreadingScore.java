package ai.domainassist.gov.rules;

import ai.domainassist.gov.model.ProofreadSuggestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Sentence-level proofreading scores, as in the SIGHAN/ECSpell evaluations: a sentence is correctly
 * detected when the set of positions flagged equals the set of wrong positions, and correctly
 * corrected when in addition every replacement is right; the false-positive rate is the share of
 * error-free sentences with any flag. Also the held-back split of the ECSpell files (line n, from 1,
 * with {@code n % 5 == 0}) that every proofreading evaluation uses.
 */
final class ProofreadingScore {
    int sentences;
    int withErrors;
    int clean;
    int flaggedClean;
    int flagged;
    int detectOk;
    int correctOk;
    final List<String> misses = new ArrayList<>();
    final List<String> falseAlarms = new ArrayList<>();

    /**
     * Scores one sentence.
     *
     * @param src the sentence as written
     * @param tgt as it should be (same length)
     * @param suggestions what the proofreader proposed for {@code src}
     */
    void add(String src, String tgt, List<ProofreadSuggestion> suggestions) {
        sentences++;
        Set<Integer> gold = new HashSet<>();
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) != tgt.charAt(i)) {
                gold.add(i);
            }
        }
        Set<Integer> pred = new HashSet<>();
        StringBuilder fixed = new StringBuilder(src);
        for (ProofreadSuggestion x : suggestions) {
            for (int i = x.start(); i < x.end(); i++) {
                pred.add(i);
            }
            if (x.suggestion().length() == x.end() - x.start()) {
                fixed.replace(x.start(), x.end(), x.suggestion());
            }
        }
        if (gold.isEmpty()) {
            clean++;
            if (!pred.isEmpty()) {
                flaggedClean++;
                falseAlarms.add(src + "  ->  " + fixed);
            }
        } else {
            withErrors++;
            if (!pred.equals(gold)) {
                misses.add(src + "  ->  " + fixed + "  (right: " + tgt + ")");
            }
        }
        if (!pred.isEmpty()) {
            flagged++;
            if (!gold.isEmpty() && pred.equals(gold)) {
                detectOk++;
                if (fixed.toString().equals(tgt)) {
                    correctOk++;
                }
            }
        }
    }

    double detectionPrecision() {
        return ratio(detectOk, flagged);
    }

    double detectionRecall() {
        return ratio(detectOk, withErrors);
    }

    double detectionF1() {
        return f1(detectionPrecision(), detectionRecall());
    }

    double correctionPrecision() {
        return ratio(correctOk, flagged);
    }

    double correctionRecall() {
        return ratio(correctOk, withErrors);
    }

    double correctionF1() {
        return f1(correctionPrecision(), correctionRecall());
    }

    double falsePositiveRate() {
        return ratio(flaggedClean, clean);
    }

    /** @return detection and correction P/R/F1, false-positive rate, as printed lines */
    String report() {
        return String.format("  detection  P=%.3f R=%.3f F1=%.3f%n  correction P=%.3f R=%.3f F1=%.3f%n"
                + "  false-positive rate on error-free sentences: %.3f (%d/%d)", detectionPrecision(), detectionRecall(),
                detectionF1(), correctionPrecision(), correctionRecall(), correctionF1(), falsePositiveRate(),
                flaggedClean, clean);
    }

    /** Scores every sentence of the list: each is error-free. */
    static ProofreadingScore clean(List<String> sentences, Function<String, List<ProofreadSuggestion>> proofread) {
        ProofreadingScore s = new ProofreadingScore();
        for (String x : sentences) {
            s.add(x, x, proofread.apply(x));
        }
        return s;
    }

    /**
     * The held-back lines of an ECSpell file ({@code errors<TAB>source<TAB>target}): line n (from 1)
     * with {@code n % 5 == 0} and source and target of the same length.
     *
     * @return {@code [source, target]} pairs
     */
    static List<String[]> heldBackRows(Path tsv) throws IOException {
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (int n = 5; n <= rows.size(); n += 5) {
            String[] c = rows.get(n - 1).split("\t");
            if (c.length >= 3 && c[1].length() == c[2].length()) {
                out.add(new String[] {c[1], c[2]});
            }
        }
        return out;
    }

    /** The distinct correct sentences of the held-back lines, in file order. */
    static List<String> heldBackSentences(Path tsv) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String[] r : heldBackRows(tsv)) {
            out.add(r[1].strip());
        }
        return new ArrayList<>(out);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
