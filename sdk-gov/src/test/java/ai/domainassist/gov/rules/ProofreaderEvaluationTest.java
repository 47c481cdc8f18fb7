package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.EvalData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the proofreader on the held-back part of csc-odw-train.tsv: line n (from 1) with
 * {@code n % 5 == 0}, 344 sentences that contributed nothing to the shipped data (see
 * sdk-gov/tools/build_proofreading_lexicon.py and {@link ProofreadingDataTest}). Sentence level (see
 * {@link ProofreadingScore}); the proofreader tells the domain itself, as an application calling
 * {@link Proofreader#check(String)} gets it.
 */
class ProofreaderEvaluationTest {

    @Test
    void heldOutSentenceLevelQuality() throws Exception {
        List<String[]> rows = ProofreadingScore.heldBackRows(EvalData.gov("csc-odw-train.tsv"));
        Proofreader p = Proofreader.standard();
        ProofreadingScore s = new ProofreadingScore();
        long t0 = System.nanoTime();
        for (String[] r : rows) {
            s.add(r[0], r[1], p.check(r[0]));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("proofreading, held-out csc-odw-train (n %% 5 == 0): %d sentences (%d with errors, %d clean), %.0f ms%n%s%n",
                s.sentences, s.withErrors, s.clean, ms, s.report());
        System.out.printf("  first misses of %d:%n", s.misses.size());
        s.misses.stream().limit(12).forEach(m -> System.out.println("    " + m));
        s.falseAlarms.forEach(m -> System.out.println("  false alarm: " + m));
        assertThat(s.sentences).isGreaterThan(300);
        assertThat(s.detectionPrecision()).as("detection precision").isGreaterThanOrEqualTo(0.70);
        assertThat(s.detectionRecall()).as("detection recall").isGreaterThanOrEqualTo(0.50);
        assertThat(s.correctionPrecision()).as("correction precision").isGreaterThanOrEqualTo(0.65);
        assertThat(s.correctionRecall()).as("correction recall").isGreaterThanOrEqualTo(0.46);
        assertThat(s.falsePositiveRate()).as("false-positive rate").isLessThanOrEqualTo(0.02);
    }
}
