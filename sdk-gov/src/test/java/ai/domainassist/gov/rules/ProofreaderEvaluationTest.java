package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.EvalData;
import ai.domainassist.gov.model.ProofreadSuggestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the proofreader on the held-back part of csc-odw-train.tsv: line n (from 1) with
 * {@code n % 5 == 0}, 344 sentences that contributed nothing to the shipped confusion set (see
 * sdk-gov/tools/build_proofreading_lexicon.py). Sentence level, as in the SIGHAN/ECSpell
 * evaluations: a sentence is correctly detected when the set of positions flagged equals the set
 * of wrong positions, and correctly corrected when in addition every replacement is right.
 */
class ProofreaderEvaluationTest {

    @Test
    void heldOutSentenceLevelQuality() throws Exception {
        List<String> rows = Files.readAllLines(EvalData.gov("csc-odw-train.tsv"), StandardCharsets.UTF_8);
        Proofreader p = Proofreader.standard();
        int sentences = 0;
        int withErrors = 0;
        int clean = 0;
        int flaggedClean = 0;
        int flagged = 0;
        int detectOk = 0;
        int correctOk = 0;
        long t0 = System.nanoTime();
        for (int n = 1; n <= rows.size(); n++) {
            if (n % 5 != 0) {
                continue;
            }
            String[] c = rows.get(n - 1).split("\t");
            if (c.length < 3 || c[1].length() != c[2].length()) {
                continue;
            }
            String src = c[1];
            String tgt = c[2];
            sentences++;
            Set<Integer> gold = new HashSet<>();
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) != tgt.charAt(i)) {
                    gold.add(i);
                }
            }
            List<ProofreadSuggestion> s = p.check(src);
            Set<Integer> pred = new HashSet<>();
            StringBuilder fixed = new StringBuilder(src);
            for (ProofreadSuggestion x : s) {
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
                }
            } else {
                withErrors++;
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
        double ms = (System.nanoTime() - t0) / 1e6;
        double dp = ratio(detectOk, flagged);
        double dr = ratio(detectOk, withErrors);
        double cp = ratio(correctOk, flagged);
        double cr = ratio(correctOk, withErrors);
        double fpr = ratio(flaggedClean, clean);
        System.out.printf("proofreading, held-out csc-odw-train (n %% 5 == 0): %d sentences (%d with errors, %d clean), %.0f ms%n",
                sentences, withErrors, clean, ms);
        System.out.printf("  detection  P=%.3f R=%.3f F1=%.3f%n", dp, dr, f1(dp, dr));
        System.out.printf("  correction P=%.3f R=%.3f F1=%.3f%n", cp, cr, f1(cp, cr));
        System.out.printf("  false-positive rate on error-free sentences: %.3f (%d/%d)%n", fpr, flaggedClean, clean);
        assertThat(sentences).isGreaterThan(300);
        assertThat(dp).as("detection precision").isGreaterThanOrEqualTo(0.70);
        assertThat(dr).as("detection recall").isGreaterThanOrEqualTo(0.50);
        assertThat(cp).as("correction precision").isGreaterThanOrEqualTo(0.65);
        assertThat(cr).as("correction recall").isGreaterThanOrEqualTo(0.46);
        assertThat(fpr).as("false-positive rate").isLessThanOrEqualTo(0.02);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
