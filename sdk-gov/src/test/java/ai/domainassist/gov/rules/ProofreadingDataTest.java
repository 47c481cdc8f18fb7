package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.EvalData;
import ai.domainassist.gov.rules.internal.DataFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped confusion set and language-model sentences are exactly what the training part of
 * csc-odw-train.tsv gives: no line of the held-back part (n % 5 == 0) leaked into them, and no other
 * line that repeats a held-back line's correct sentence. The same holds for the medical sentences
 * and terms built from csc-med-train.tsv.
 */
class ProofreadingDataTest {

    @Test
    void confusionsComeFromTheTrainingPartOnly() throws Exception {
        List<String> rows = Files.readAllLines(EvalData.gov("csc-odw-train.tsv"), StandardCharsets.UTF_8);
        Set<String> held = heldBackSentences(rows);
        Map<String, Integer> expected = new TreeMap<>();
        for (int n = 1; n <= rows.size(); n++) {
            String[] c = rows.get(n - 1).split("\t");
            if (n % 5 == 0 || c.length < 3 || c[1].length() != c[2].length() || held.contains(c[2].strip())) {
                continue;
            }
            for (int i = 0; i < c[1].length(); i++) {
                char a = c[1].charAt(i);
                char b = c[2].charAt(i);
                if (a != b && basicHan(a) && basicHan(b)) {
                    expected.merge(a + "\t" + b, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> shipped = new TreeMap<>();
        for (String line : DataFiles.lines("proofreading/confusions.tsv")) {
            String[] c = line.split("\t");
            shipped.put(c[0] + "\t" + c[1], Integer.parseInt(c[2]));
        }
        assertThat(shipped).isEqualTo(expected);
    }

    @Test
    void languageModelSentencesIncludeNoHeldBackSentence() throws Exception {
        Set<String> held = heldBackSentences(Files.readAllLines(EvalData.gov("csc-odw-train.tsv"), StandardCharsets.UTF_8));
        List<String> corpus = DataFiles.lines("proofreading/lm-sentences.txt");
        assertThat(corpus).hasSizeGreaterThan(900);
        assertThat(corpus).filteredOn(held::contains).isEmpty();
    }

    @Test
    void medicalSentencesAndTermsComeFromTheTrainingPartOnly() throws Exception {
        List<String> rows = Files.readAllLines(EvalData.medical("csc-med-train.tsv"), StandardCharsets.UTF_8);
        Set<String> held = heldBackSentences(rows);
        Set<String> expected = new java.util.TreeSet<>();
        for (int n = 1; n <= rows.size(); n++) {
            String[] c = rows.get(n - 1).split("\t");
            if (n % 5 != 0 && c.length >= 3 && !held.contains(c[2].strip())) {
                expected.add(c[2].strip());
            }
        }
        List<String> shipped = DataFiles.lines("proofreading/domain-medical.txt");
        assertThat(new java.util.TreeSet<>(shipped)).isEqualTo(expected);
        String corpus = String.join("\n", shipped);
        List<String> terms = DataFiles.lines("proofreading/terms-medical.txt");
        assertThat(terms).hasSizeGreaterThan(500);
        for (String line : terms) {
            assertThat(corpus).as("a medical term stands in the training sentences").contains(line.split("\t")[0]);
        }
    }

    /** The correct sentences of the held-back lines (n % 5 == 0): the file repeats them with other errors. */
    private static Set<String> heldBackSentences(List<String> rows) {
        Set<String> held = new HashSet<>();
        for (int n = 5; n <= rows.size(); n += 5) {
            String[] c = rows.get(n - 1).split("\t");
            if (c.length >= 3) {
                held.add(c[2].strip());
            }
        }
        return held;
    }

    /** The range the build script keeps (CJK Unified Ideographs, U+4E00 to U+9FFF). */
    private static boolean basicHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
