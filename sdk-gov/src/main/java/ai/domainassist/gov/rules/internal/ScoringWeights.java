package ai.domainassist.gov.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the proofreader's score for a candidate edit, read from
 * {@code proofreading/scoring.tsv} (tuned by cross-validation on the training part of
 * csc-odw-train; the file's header says how). Immutable; thread-safe.
 *
 * @param segWeight weight of the word-segmentation gain
 * @param threshold the score an edit must exceed
 * @param kinds bonus by {@link ConfusionSets.Kind}, in ordinal order ({@code COMPLETION} excepted)
 * @param learned weight of {@code ln(1 + count)} of a confusion seen in official documents
 * @param noWord added when a one-character candidate completes no known word
 * @param words bonus of a homophone word changing 2, 3 and 4 characters (indices 0 to 2)
 * @param replacesWord added when the span a word replaces is itself a known word
 * @param completes bonus of a character outside the confusion sets completing a common word of 2, 3
 *     and 4 characters (indices 0 to 2)
 * @param minLmGain the language-model gain a candidate must exceed before it is scored at all
 */
public record ScoringWeights(double segWeight, double threshold, double[] kinds, double learned, double noWord,
        double[] words, double replacesWord, double[] completes, double minLmGain) {

    /**
     * Reads the weights from data lines.
     *
     * @param lines lines of {@code scoring.tsv} without comments: name, value
     * @return the weights
     * @throws IllegalStateException if a weight is missing or not a number
     */
    public static ScoringWeights parse(List<String> lines) {
        Map<String, Double> m = new HashMap<>();
        for (String line : lines) {
            String[] c = line.split("\t");
            try {
                m.put(c[0], Double.parseDouble(c[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("scoring.tsv: bad line " + line, e);
            }
        }
        return new ScoringWeights(need(m, "seg_weight"), need(m, "threshold"),
                new double[] {need(m, "homophone"), need(m, "fuzzy"), need(m, "visual1"), need(m, "visual2"),
                    need(m, "confusion")},
                need(m, "learned"), need(m, "no_word"),
                new double[] {need(m, "word2"), need(m, "word3"), need(m, "word4")}, need(m, "replaces_word"),
                new double[] {need(m, "complete2"), need(m, "complete3"), need(m, "complete4")},
                need(m, "min_lm_gain"));
    }

    private static double need(Map<String, Double> m, String name) {
        Double v = m.get(name);
        if (v == null) {
            throw new IllegalStateException("scoring.tsv: missing " + name);
        }
        return v;
    }

    /**
     * @param kind why a one-character candidate is one
     * @return its bonus
     */
    public double kind(ConfusionSets.Kind kind) {
        return kinds[kind.ordinal()];
    }

    /**
     * @param length the length of the longest common word a character outside the sets completes, 2 to 4
     * @return its bonus
     */
    public double completes(int length) {
        return completes[length - 2];
    }

    /**
     * @param changed characters a homophone word changes, 2 to 4
     * @return its bonus
     */
    public double word(int changed) {
        return words[changed - 2];
    }
}
