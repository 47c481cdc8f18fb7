package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.EvalData;
import ai.domainassist.gov.model.ProofreadSuggestion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proofreader outside and inside official prose: the false-positive rate on error-free sentences
 * of every domain it can be measured on (each domain told by the proofreader itself), the domain it
 * tells, and the context rules on real-word confusions. Prints and asserts the measured floors.
 *
 * <ul>
 *   <li>official: the distinct correct sentences of the held-back lines of csc-odw-train.tsv
 *       (n % 5 == 0; nothing was built from them);</li>
 *   <li>medical: the same split of csc-med-train.tsv (ECSpell med.train, MIT): the terms and the
 *       detector's sentences come from the other lines only;</li>
 *   <li>legal: every paragraph of 《行政处罚法》 (test resource {@code proofreading/legal-clean.txt}),
 *       a statute no legal term was taken from.</li>
 * </ul>
 */
class ProofreaderDomainEvaluationTest {
    private final Proofreader p = Proofreader.standard();

    @Test
    void officialSentences() throws Exception {
        List<String> clean = ProofreadingScore.heldBackSentences(EvalData.gov("csc-odw-train.tsv"));
        Map<TextDomain, Integer> told = told(clean);
        ProofreadingScore s = ProofreadingScore.clean(clean, p::check);
        print("official, held-back correct sentences of csc-odw-train", s, told);
        assertThat(clean).hasSizeGreaterThan(250);
        assertThat(s.falsePositiveRate()).as("official false-positive rate").isLessThanOrEqualTo(0.03);
        assertThat(told.getOrDefault(TextDomain.MEDICAL, 0)).as("official sentences told medical").isLessThanOrEqualTo(3);
    }

    @Test
    void medicalSentences() throws Exception {
        java.nio.file.Path tsv = EvalData.medical("csc-med-train.tsv");
        List<String> clean = ProofreadingScore.heldBackSentences(tsv);
        Map<TextDomain, Integer> told = told(clean);
        ProofreadingScore s = ProofreadingScore.clean(clean, p::check);
        print("medical, held-back correct sentences of csc-med-train", s, told);
        ProofreadingScore official = ProofreadingScore.clean(clean, x -> p.check(x, TextDomain.OFFICIAL));
        System.out.printf("  the same sentences proofread as official prose: false-positive rate %.3f (%d/%d)%n",
                official.falsePositiveRate(), official.flaggedClean, official.clean);
        ProofreadingScore errors = new ProofreadingScore();
        for (String[] r : ProofreadingScore.heldBackRows(tsv)) {
            errors.add(r[0], r[1], p.check(r[0]));
        }
        System.out.printf("  held-back lines with and without errors (%d, %d with errors):%n%s%n", errors.sentences,
                errors.withErrors, errors.report());
        assertThat(clean).hasSizeGreaterThan(400);
        assertThat(s.falsePositiveRate()).as("medical false-positive rate").isLessThanOrEqualTo(0.01);
        assertThat(told.getOrDefault(TextDomain.MEDICAL, 0)).as("medical sentences told medical")
                .isGreaterThanOrEqualTo(clean.size() * 9 / 10);
    }

    @Test
    void legalSentences() throws Exception {
        List<String> clean = resourceLines("/proofreading/legal-clean.txt");
        Map<TextDomain, Integer> told = told(clean);
        ProofreadingScore s = ProofreadingScore.clean(clean, p::check);
        print("legal, the paragraphs of 《行政处罚法》", s, told);
        ProofreadingScore official = ProofreadingScore.clean(clean, x -> p.check(x, TextDomain.OFFICIAL));
        System.out.printf("  the same paragraphs proofread as official prose: false-positive rate %.3f (%d/%d)%n",
                official.falsePositiveRate(), official.flaggedClean, official.clean);
        assertThat(clean).hasSizeGreaterThan(150);
        assertThat(s.falsePositiveRate()).as("legal false-positive rate").isLessThanOrEqualTo(0.02);
        assertThat(told.getOrDefault(TextDomain.MEDICAL, 0)).as("legal paragraphs told medical").isZero();
    }

    @Test
    void contextRulesOnRealWordConfusions() throws Exception {
        List<String> lines = resourceLines("/proofreading/real-word-cases.tsv");
        ProofreadingScore s = new ProofreadingScore();
        for (String line : lines) {
            String[] c = line.split("\t");
            List<ProofreadSuggestion> found = p.check(c[0], TextDomain.OFFICIAL);
            s.add(c[0], c[1], found);
        }
        System.out.printf("real-word confusions (%d sentences written for the rules, %d wrong, %d right; a development set):%n%s%n",
                s.sentences, s.withErrors, s.clean, s.report());
        s.misses.forEach(m -> System.out.println("  miss: " + m));
        s.falseAlarms.forEach(m -> System.out.println("  false alarm: " + m));
        assertThat(s.withErrors).isGreaterThan(45);
        assertThat(s.detectionRecall()).as("real-word detection recall").isGreaterThanOrEqualTo(0.95);
        assertThat(s.detectionPrecision()).as("real-word detection precision").isGreaterThanOrEqualTo(0.95);
    }

    private Map<TextDomain, Integer> told(List<String> sentences) {
        Map<TextDomain, Integer> m = new EnumMap<>(TextDomain.class);
        for (String x : sentences) {
            m.merge(p.detect(x), 1, Integer::sum);
        }
        return m;
    }

    private static void print(String what, ProofreadingScore s, Map<TextDomain, Integer> told) {
        System.out.printf("proofreading, %s: %d error-free sentences, domain told %s%n"
                + "  false-positive rate: %.3f (%d/%d)%n", what, s.clean, told, s.falsePositiveRate(), s.flaggedClean, s.clean);
        s.falseAlarms.forEach(m -> System.out.println("  false alarm: " + m));
    }

    private static List<String> resourceLines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ProofreaderDomainEvaluationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
