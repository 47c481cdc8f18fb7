package ai.domainassist.gov.rules.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text is medical, legal or official prose.
 *
 * <p>Medical: a naive Bayes comparison of the text's character bigrams (characters normalised as
 * {@link CharNgramModel#normalize}) under the medical sentences of {@code proofreading/domain-medical.txt}
 * and under the official-document corpus of the language model, add-0.5 smoothing; the text is
 * medical when the mean log-likelihood ratio per bigram exceeds {@value #MEDICAL_THRESHOLD}, a
 * threshold chosen by 5-fold cross-validation on the two training corpora
 * ({@code sdk-gov/tools/build_domain_terms.py --calibrate}). Legal: at least two legal signs, terms
 * of {@code terms-legal.txt} or patterns of {@code legal-markers.txt}. Official otherwise.
 * Immutable; thread-safe.
 */
public final class DomainDetector {
    /** The domain names {@link #detect} returns. */
    public static final String OFFICIAL = "OFFICIAL";
    /** Legal text. */
    public static final String LEGAL = "LEGAL";
    /** Medical text. */
    public static final String MEDICAL = "MEDICAL";

    static final double MEDICAL_THRESHOLD = 1.25;
    private static final double ALPHA = 0.5;

    /** The bigrams seen in either corpus (normalised characters, first in the high half), sorted. */
    private final int[] bigrams;
    /** The log-likelihood ratio, medical against official, of each bigram of {@link #bigrams}. */
    private final float[] ratios;
    /** The ratio of a bigram seen in neither corpus. */
    private final double unseen;
    private final TermList legal;
    private final Pattern markers;

    /**
     * @param medicalSentences the medical sentences
     * @param officialSentences the official-document corpus
     * @param legal the legal terms
     * @param markers data lines of {@code legal-markers.txt}, one pattern a line
     */
    public DomainDetector(List<String> medicalSentences, List<String> officialSentences, TermList legal,
            List<String> markers) {
        Map<Integer, Integer> medical = count(medicalSentences);
        Map<Integer, Integer> official = count(officialSentences);
        double medicalTotal = total(medical);
        double officialTotal = total(official);
        Map<Integer, Integer> union = new HashMap<>(medical);
        union.putAll(official);
        double vocabulary = union.size() + 1;
        this.bigrams = union.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.ratios = new float[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            ratios[i] = (float) (Math.log((medical.getOrDefault(bigrams[i], 0) + ALPHA) / (medicalTotal + ALPHA * vocabulary))
                    - Math.log((official.getOrDefault(bigrams[i], 0) + ALPHA) / (officialTotal + ALPHA * vocabulary)));
        }
        this.unseen = Math.log(ALPHA / (medicalTotal + ALPHA * vocabulary))
                - Math.log(ALPHA / (officialTotal + ALPHA * vocabulary));
        this.legal = legal;
        this.markers = Pattern.compile(String.join("|", markers));
    }

    private static Map<Integer, Integer> count(List<String> lines) {
        Map<Integer, Integer> m = new HashMap<>();
        for (String s : lines) {
            for (int i = 0; i + 1 < s.length(); i++) {
                m.merge(key(s.charAt(i), s.charAt(i + 1)), 1, Integer::sum);
            }
        }
        return m;
    }

    private static double total(Map<Integer, Integer> m) {
        long t = 0;
        for (int v : m.values()) {
            t += v;
        }
        return t;
    }

    private static int key(char a, char b) {
        return (CharNgramModel.normalize(a) << 16) | CharNgramModel.normalize(b);
    }

    /**
     * @param text any text
     * @return {@link #MEDICAL}, {@link #LEGAL} or {@link #OFFICIAL}
     */
    public String detect(String text) {
        if (medicalScore(text) > MEDICAL_THRESHOLD) {
            return MEDICAL;
        }
        int legalSigns = legal.count(text)[0];
        Matcher m = markers.matcher(text);
        while (m.find() && legalSigns < 2) {
            legalSigns++;
        }
        return legalSigns >= 2 ? LEGAL : OFFICIAL;
    }

    /**
     * @param text a text
     * @return the mean log-likelihood ratio per character bigram, medical against official (0 for
     *     fewer than two characters)
     */
    double medicalScore(String text) {
        int n = text.length() - 1;
        if (n < 1) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(bigrams, key(text.charAt(i), text.charAt(i + 1)));
            sum += at >= 0 ? ratios[at] : unseen;
        }
        return sum / n;
    }
}
