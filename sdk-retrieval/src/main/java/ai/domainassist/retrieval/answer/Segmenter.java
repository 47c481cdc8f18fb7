package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.Width;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts text into words with a word-frequency list ({@code words.tsv}: jieba's dictionary, the words of 2 to 4
 * characters with frequency 30 or more, and every single character), the way jieba does without its hidden
 * Markov model: of all the ways to cut a run of Chinese characters into listed words (or single characters), the
 * one whose words' frequencies give the greatest product; a word of four characters made of two listed words of
 * two is given as those two (财政补贴 as 财政/补贴, 不能变更 as 不能/变更: the parts a question and a clause share,
 * and the markers of obligation and negation apart). A run of digits (with a decimal point) or of Latin
 * letters is one word; punctuation and spaces are no word. No dependency beyond the JDK: the answer checks work
 * whatever analyser a library indexes with. Immutable and thread-safe.
 */
final class Segmenter {
    private static final String WORDS = "words.tsv";
    private static final int LONGEST = 4;
    private final Map<String, Double> logProbability;
    private final double unknown;

    private Segmenter(Map<String, Double> logProbability, double unknown) {
        this.logProbability = logProbability;
        this.unknown = unknown;
    }

    /** Loaded on first use. */
    private static final class Holder {
        static final Segmenter STANDARD = load();
    }

    /**
     * @return the segmenter over the shipped word list
     * @throws AnswerLexicon.LexiconFormatException if the shipped list is missing or malformed (a packaging error)
     */
    static Segmenter standard() {
        return Holder.STANDARD;
    }

    private static Segmenter load() {
        Map<String, Long> freq = new HashMap<>();
        long total = 0;
        try (InputStream in = Segmenter.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new AnswerLexicon.LexiconFormatException("missing resource " + WORDS + " (a packaging error)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                long f;
                try {
                    f = tab > 0 ? Long.parseLong(line.substring(tab + 1).strip()) : -1;
                } catch (NumberFormatException e) {
                    f = -1;
                }
                if (f <= 0) {
                    throw new AnswerLexicon.LexiconFormatException(WORDS + ", line " + n + ": expected word<TAB>frequency");
                }
                freq.merge(line.substring(0, tab), f, Long::sum);
                total += f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WORDS, e);
        }
        double log = Math.log(total);
        Map<String, Double> lp = new HashMap<>(freq.size() * 2);
        freq.forEach((w, f) -> lp.put(w, Math.log(f) - log));
        return new Segmenter(lp, -log);
    }

    /**
     * @param text a text
     * @return its words with their offsets, in text order, punctuation and spaces left out
     */
    List<KeyTerms.Token> tokens(String text) {
        List<KeyTerms.Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Width.isHan(c)) {
                while (j < n && Width.isHan(text.charAt(j))) {
                    j++;
                }
                han(text, i, j, out);
            } else if (Character.isDigit(c)) {
                while (j < n && (Character.isDigit(text.charAt(j))
                        || text.charAt(j) == '.' && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
                    j++;
                }
                out.add(new KeyTerms.Token(text.substring(i, j), i, j));
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j)) && !Width.isHan(text.charAt(j))) {
                    j++;
                }
                out.add(new KeyTerms.Token(text.substring(i, j), i, j));
            }
            i = j;
        }
        return out;
    }

    /** The most probable cut of the Chinese characters from start to end. */
    private void han(String text, int start, int end, List<KeyTerms.Token> out) {
        int len = end - start;
        double[] best = new double[len + 1];
        int[] next = new int[len + 1];
        for (int k = len - 1; k >= 0; k--) {
            best[k] = Double.NEGATIVE_INFINITY;
            for (int l = 1; l <= LONGEST && k + l <= len; l++) {
                Double p = logProbability.get(text.substring(start + k, start + k + l));
                if (p == null && l > 1) {
                    continue;
                }
                double score = (p == null ? unknown : p) + best[k + l];
                if (score > best[k]) {
                    best[k] = score;
                    next[k] = k + l;
                }
            }
        }
        for (int k = 0; k < len; k = next[k]) {
            int a = start + k;
            int b = start + next[k];
            if (b - a == LONGEST && logProbability.containsKey(text.substring(a, a + 2))
                    && logProbability.containsKey(text.substring(a + 2, b))) {
                out.add(new KeyTerms.Token(text.substring(a, a + 2), a, a + 2)); // 财政补贴 as 财政/补贴, 不能变更 as 不能/变更
                out.add(new KeyTerms.Token(text.substring(a + 2, b), a + 2, b));
            } else {
                out.add(new KeyTerms.Token(text.substring(a, b), a, b));
            }
        }
    }
}
