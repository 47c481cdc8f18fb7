package ai.domainassist.gov.rules;

import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.text.Width;
import ai.domainassist.gov.model.ProofreadSuggestion;
import ai.domainassist.gov.rules.internal.CompletionIndex;
import ai.domainassist.gov.rules.internal.DataFiles;
import ai.domainassist.gov.rules.internal.WordFrequencies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds wrong characters and words (错别字) in Chinese text and proposes corrections with positions.
 *
 * <p>Two sources of suggestions:
 * <ol>
 *   <li>a word-pair lexicon of wrong forms matched exactly (异形词, from {@code proofreading/word-pairs.tsv}
 *       plus the caller's pairs);</li>
 *   <li>a confusion-set corrector: for each character, the candidates are its homophones (from
 *       {@code proofreading/pinyin.tsv}) and the confusions seen in official documents
 *       ({@code proofreading/confusions.tsv}); a candidate is proposed when it forms a known word
 *       with its neighbours and the best segmentation of the surrounding window under a word
 *       unigram model ({@code proofreading/words.tsv}) gains at least {@link #MARGIN} in log
 *       probability. The margin and bonus were tuned on the training part of csc-odw-train only.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the data once (about 100,000 words).
 */
public final class Proofreader {
    /** Log-probability gain a replacement must bring (tuned on the training split). */
    public static final double MARGIN = 8.0;
    /** Bonus for a confusion seen in official documents. */
    public static final double LEARNED_BONUS = 4.0;
    private static final int WINDOW = 4;
    private static final int COMMON_CHAR_FREQ = 50;

    private static volatile Proofreader standard;

    private final WordFrequencies words;
    private final CompletionIndex completions;
    private final double logTotal;
    private final double unknown;
    private final Map<Character, int[]> syllables;
    private final boolean[] common;
    private final Map<Character, char[]> candidates;
    private final Map<Character, Map<Character, Integer>> learned;
    private final Map<String, String> wordPairs;

    private Proofreader(WordFrequencies words, CompletionIndex completions, Map<Character, int[]> syllables,
            boolean[] common, Map<Character, char[]> candidates, Map<Character, Map<Character, Integer>> learned,
            Map<String, String> wordPairs) {
        this.words = words;
        this.completions = completions;
        this.logTotal = Math.log(words.total());
        this.unknown = Math.log(0.5) - logTotal - 5;
        this.syllables = syllables;
        this.common = common;
        this.candidates = candidates;
        this.learned = learned;
        this.wordPairs = wordPairs;
    }

    /**
     * The proofreader built from the shipped data files.
     *
     * @return the shared instance
     * @throws IllegalStateException if a data file is missing or malformed (a packaging error)
     */
    public static Proofreader standard() {
        Proofreader p = standard;
        if (p == null) {
            synchronized (Proofreader.class) {
                p = standard;
                if (p == null) {
                    p = load(Map.of());
                    standard = p;
                }
            }
        }
        return p;
    }

    /**
     * A proofreader with the shipped data plus the caller's own wrong-to-right word pairs (an
     * office's list of frequent mistakes), which take precedence.
     *
     * @param extraPairs wrong form to right form
     * @return a new proofreader
     * @throws NullPointerException if the map is {@code null}
     */
    public Proofreader withWordPairs(Map<String, String> extraPairs) {
        Objects.requireNonNull(extraPairs, "extraPairs");
        Map<String, String> m = new LinkedHashMap<>(wordPairs);
        m.putAll(extraPairs);
        return new Proofreader(words, completions, syllables, common, candidates, learned, Map.copyOf(m));
    }

    private static Proofreader load(Map<String, String> extra) {
        List<String> wl = new ArrayList<>();
        List<String> lines = DataFiles.lines("proofreading/words.tsv");
        int[] f = new int[lines.size()];
        Map<Character, Integer> single = new HashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("words.tsv: bad line " + line);
            }
            String w = line.substring(0, tab);
            int v = Integer.parseInt(line.substring(tab + 1).strip());
            f[wl.size()] = v;
            wl.add(w);
            if (w.length() == 1) {
                single.put(w.charAt(0), v);
            }
        }
        WordFrequencies wf = new WordFrequencies(wl, f);
        CompletionIndex ci = new CompletionIndex(wl);
        Map<String, Integer> syllableIds = new HashMap<>();
        Map<Character, int[]> syl = new HashMap<>();
        for (String line : DataFiles.lines("proofreading/pinyin.tsv")) {
            String[] c = line.split("\t");
            String[] names = c[1].split(",");
            int[] ids = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                ids[k] = syllableIds.computeIfAbsent(names[k], x -> syllableIds.size());
            }
            syl.put(c[0].charAt(0), ids);
        }
        boolean[] common = new boolean[65536];
        single.forEach((ch, v) -> common[ch] = v >= COMMON_CHAR_FREQ);
        Map<Character, Map<Character, Integer>> conf = new HashMap<>();
        for (String line : DataFiles.lines("proofreading/confusions.tsv")) {
            String[] c = line.split("\t");
            conf.computeIfAbsent(c[0].charAt(0), k -> new HashMap<>()).put(c[1].charAt(0), Integer.parseInt(c[2]));
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : DataFiles.lines("proofreading/word-pairs.tsv")) {
            String[] c = line.split("\t");
            pairs.put(c[0], c[1]);
        }
        pairs.putAll(extra);
        // candidates of a character: the common characters sharing a syllable, and its learned confusions; sorted
        Map<Integer, StringBuilder> bySyllable = new HashMap<>();
        syl.forEach((ch, ids) -> {
            if (common[ch]) {
                for (int id : ids) {
                    bySyllable.computeIfAbsent(id, k -> new StringBuilder()).append(ch.charValue());
                }
            }
        });
        Map<Character, char[]> cand = new HashMap<>();
        java.util.Set<Character> keys = new java.util.HashSet<>(syl.keySet());
        keys.addAll(conf.keySet());
        for (Character ch : keys) {
            java.util.TreeSet<Character> set = new java.util.TreeSet<>();
            for (int id : syl.getOrDefault(ch, new int[0])) {
                CharSequence group = bySyllable.getOrDefault(id, new StringBuilder());
                for (int k = 0; k < group.length(); k++) {
                    set.add(group.charAt(k));
                }
            }
            set.addAll(conf.getOrDefault(ch, Map.of()).keySet());
            set.remove(ch);
            if (!set.isEmpty()) {
                char[] a = new char[set.size()];
                int k = 0;
                for (Character x : set) {
                    a[k++] = x;
                }
                cand.put(ch, a);
            }
        }
        return new Proofreader(wf, ci, Map.copyOf(syl), common, Map.copyOf(cand), conf, Map.copyOf(pairs));
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return the suggestions in text order; each replaces exactly {@code [start, end)} of the text
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public List<ProofreadSuggestion> check(String text) {
        Objects.requireNonNull(text, "text");
        List<ProofreadSuggestion> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Map.Entry<String, String> e : wordPairs.entrySet()) {
            int at = text.indexOf(e.getKey());
            while (at >= 0) {
                int end = at + e.getKey().length();
                out.add(new ProofreadSuggestion(at, end, e.getKey(), e.getValue(), "异形词或易错词，规范写法为“"
                        + e.getValue() + "”", 0.95, Origin.RULES));
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                at = text.indexOf(e.getKey(), end);
            }
        }
        char[] cur = text.toCharArray();
        char[] cands = new char[64];
        for (int i = 0; i < cur.length; i++) {
            char c = cur[i];
            if (!Width.isHan(c) || taken[i]) {
                continue;
            }
            Map<Character, Integer> seen = learned.getOrDefault(c, Map.of());
            char[] mine = candidates.get(c);
            if (mine == null) {
                continue;
            }
            int nc = 0;
            for (int len = 2; len <= 4; len++) {
                for (int st = Math.max(0, i - len + 1); st <= i && st + len <= cur.length; st++) {
                    int pat = completions.find(cur, st, st + len, i);
                    if (pat < 0) {
                        continue;
                    }
                    int size = completions.end(pat) - completions.start(pat);
                    if (size <= mine.length) {
                        for (int q = completions.start(pat); q < completions.end(pat); q++) {
                            char c2 = completions.at(q);
                            if (c2 != c && Arrays.binarySearch(mine, c2) >= 0 && !contains(cands, nc, c2) && nc < cands.length) {
                                cands[nc++] = c2;
                            }
                        }
                    } else {
                        for (char c2 : mine) {
                            if (completions.completes(pat, c2) && !contains(cands, nc, c2) && nc < cands.length) {
                                cands[nc++] = c2;
                            }
                        }
                    }
                }
            }
            if (nc == 0) {
                continue;
            }
            int lo = Math.max(0, i - WINDOW);
            int hi = Math.min(cur.length, i + WINDOW + 1);
            double base = segment(cur, lo, hi);
            char best = 0;
            double bestGain = MARGIN;
            for (int k = 0; k < nc; k++) {
                char c2 = cands[k];
                cur[i] = c2;
                double gain = segment(cur, lo, hi) - base + (seen.containsKey(c2) ? LEARNED_BONUS : 0);
                cur[i] = c;
                if (gain > bestGain) {
                    bestGain = gain;
                    best = c2;
                }
            }
            if (best != 0) {
                cur[i] = best;
                double conf = Math.min(0.99, 0.5 + (bestGain - MARGIN) / 20);
                out.add(new ProofreadSuggestion(i, i + 1, String.valueOf(c), String.valueOf(best),
                        (seen.containsKey(best) ? "公文常见错字" : "同音字") + "，疑为“" + best + "”", conf, Origin.RULES));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean contains(char[] a, int n, char c) {
        for (int k = 0; k < n; k++) {
            if (a[k] == c) {
                return true;
            }
        }
        return false;
    }

    private double segment(char[] s, int lo, int hi) {
        int n = hi - lo;
        double[] best = new double[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= Math.min(4, j); len++) {
                float lp = words.logProbability(WordFrequencies.key(s, lo + j - len, lo + j));
                double p;
                if (!Float.isNaN(lp)) {
                    p = lp;
                } else if (len == 1) {
                    p = unknown;
                } else {
                    continue;
                }
                double v = best[j - len] + p;
                if (v > best[j]) {
                    best[j] = v;
                }
            }
        }
        return best[n];
    }
}
